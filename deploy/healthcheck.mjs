// The image's HEALTHCHECK: GET /healthz on this container's own server, exit 0 when it answers 2xx.
// `baton worker` serves it on BATON_WORKER_HTTP_PORT, `baton api` on PORT; the slim image has no curl.
import { get } from 'node:http';
import process from 'node:process';

const port = process.env.BATON_WORKER_HTTP_PORT || process.env.PORT || '4000';
const path = process.argv[2] || '/healthz';
const request = get({ host: '127.0.0.1', port, path, timeout: 4000 }, (response) => {
  response.resume();
  process.exit(response.statusCode >= 200 && response.statusCode < 300 ? 0 : 1);
});
request.on('timeout', () => request.destroy(new Error('timed out')));
request.on('error', () => process.exit(1));
