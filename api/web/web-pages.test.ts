import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sendRaw } from '../../test/support/raw-http';
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
    // No error boundary here: a path that made `handle` throw would take this test process down.
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

  test('malformed, absolute-form and climbing paths never throw: they are a page, or left to GraphQL', async () => {
    const port = Number(new URL(base).port);
    const statusOf = async (target: string) => {
      const outcome = await sendRaw(port, [`GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`]);
      assert.equal(outcome.kind, 'response', `GET ${target.slice(0, 60)} got no answer`);
      return outcome.kind === 'response' ? outcome.status : 0;
    };
    for (const target of [
      '/%',
      '/%ff',
      '/%c3%28',
      '/%e2%82',
      'http://[',
      '*',
      '/assets/%2e%2e/index.html',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/constructor',
      '/__proto__',
    ]) {
      assert.equal(await statusOf(target), 418, target);
    }
    assert.equal(await statusOf('http://localhost/studio'), 200, 'absolute-form names the same page');
    assert.equal(await statusOf('/assets/../studio'), 200, 'dot segments resolve as in a browser');
    assert.equal(await statusOf('/assets/..'), 200, 'and never climb above /');
    assert.equal(await statusOf('/studio//'), 200);
    assert.equal(await statusOf('//'), 200, 'trailing slashes are dropped, so // is the inbox');
    assert.equal(await statusOf('%'), 400, "Node's own parser refuses a target that is not a path");
  });

  test('a path of thousands of slashes is answered at once (no backtracking regex)', async () => {
    const started = Date.now();
    const outcome = await sendRaw(Number(new URL(base).port), [`GET /${'/'.repeat(12_000)}x HTTP/1.1\r\nHost: x\r\n\r\n`]);
    assert.equal(outcome.kind, 'response');
    assert.ok(Date.now() - started < 300, `took ${Date.now() - started} ms`);
  });
});

describe('the web pages in production', () => {
  test('leave out /demo, whose widget belongs to the demo workspace production never has', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'baton-web-'));
    writeFileSync(join(dist, 'demo.html'), '<!doctype html><title>Demo</title>');
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Inbox</title>');
    const serve = (demoPage: boolean) => {
      const pages = createWebPages({ distDir: dist, demoPage });
      return createServer((request, response) => {
        if (pages.handle(request, response)) return;
        response.writeHead(404).end();
      });
    };
    const statusOf = async (server: Server, path: string) => {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        return (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`)).status;
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    };
    try {
      assert.equal(await statusOf(serve(true), '/demo'), 200);
      assert.equal(await statusOf(serve(false), '/demo'), 404);
      assert.equal(await statusOf(serve(false), '/'), 200);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
