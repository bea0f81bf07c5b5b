import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createWebPages } from './web-pages';

describe('the web pages next to GraphQL', () => {
  let dist: string;
  let server: Server;
  let base: string;
  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'baton-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Inbox</title>');
    writeFileSync(join(dist, 'studio.html'), '<!doctype html><title>Studio</title>');
    writeFileSync(join(dist, 'widget.js'), `(function(){${'/* widget */'.repeat(100)}})();`);
    writeFileSync(join(dist, 'assets', 'inbox-abc123.js'), 'console.log(1)');
    const pages = createWebPages({ distDir: dist });
    server = createServer((request, response) => {
      if (pages.handle(request, response)) return;
      response.writeHead(418).end('graphql');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  test('pages are served with a content security policy that allows no inline or foreign script', async () => {
    const inbox = await fetch(`${base}/`);
    assert.equal(inbox.status, 200);
    assert.match(await inbox.text(), /Inbox/);
    assert.match(inbox.headers.get('content-security-policy') ?? '', /script-src 'self';/);
    assert.equal(inbox.headers.get('x-frame-options'), 'DENY');
    assert.match(await (await fetch(`${base}/studio/`)).text(), /Studio/);
  });

  test('widget.js may be embedded by any site and is compressed', async () => {
    const widget = await fetch(`${base}/widget.js`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(widget.status, 200);
    assert.match(widget.headers.get('content-type') ?? '', /javascript/);
    assert.equal(widget.headers.get('access-control-allow-origin'), '*');
    assert.equal(widget.headers.get('content-encoding'), 'gzip');
    assert.match(await widget.text(), /widget/);
  });

  test('hashed assets are cached for good; unknown or sneaky asset paths are 404', async () => {
    const asset = await fetch(`${base}/assets/inbox-abc123.js`);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    assert.equal((await fetch(`${base}/assets/missing.js`)).status, 404);
    assert.equal((await fetch(`${base}/assets/..%2Findex.html`)).status, 418, 'not an asset name: left to GraphQL, which answers 404');
  });

  test('GraphQL and everything else is left alone, and so are POSTs', async () => {
    assert.equal((await fetch(`${base}/graphql`)).status, 418);
    assert.equal((await fetch(`${base}/nope`)).status, 418);
    assert.equal((await fetch(`${base}/`, { method: 'POST' })).status, 418);
  });

  test('a page that is not built yet says how to build it', async () => {
    const knowledge = await fetch(`${base}/knowledge`);
    assert.equal(knowledge.status, 503);
    assert.match(await knowledge.text(), /npm run build:web/);
  });
});
