import type { ServerResponse } from 'node:http';

/**
 * Writes a fetch `Response` (what Yoga returns) to Node's response, streaming the body chunk by
 * chunk so subscriptions (SSE) flow, honouring backpressure, and cancelling the body when the
 * client goes away. Resolves when the response is finished or abandoned.
 */
export async function sendFetchResponse(fetched: Response, response: ServerResponse): Promise<void> {
  if (response.writableEnded || response.destroyed) {
    await fetched.body?.cancel().catch(() => undefined);
    return;
  }
  const cookies = fetched.headers.getSetCookie?.() ?? [];
  fetched.headers.forEach((value, name) => {
    if (name !== 'set-cookie') response.setHeader(name, value);
  });
  if (cookies.length > 0) response.setHeader('set-cookie', cookies);
  response.writeHead(fetched.status, fetched.statusText || undefined);
  if (!fetched.body) {
    response.end();
    return;
  }
  const reader = fetched.body.getReader();
  const gone = () => void reader.cancel().catch(() => undefined);
  response.once('close', gone);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || response.destroyed) break;
      if (!response.write(value)) await drainedOrClosed(response);
    }
  } finally {
    response.off('close', gone);
    if (!response.writableEnded && !response.destroyed) response.end();
  }
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resume) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resume();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}
