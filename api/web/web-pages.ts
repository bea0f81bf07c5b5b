import { readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseRequestTarget } from '../http/request-target';

/**
 * Serves the built web pages (studio/dist, from `npm run build:web`) next to GraphQL:
 * `/` the inbox, `/dashboard`, `/studio`, `/knowledge`, `/agents`, `/demo`, `/chat`, `/widget.js` and their assets. Everything
 * else (GraphQL included) is left to Yoga.
 */

export const WEB_DIST_DIR = fileURLToPath(new URL('../../studio/dist', import.meta.url));

// Maps, since the keys looked up are whatever path a client sends.
const PAGES = new Map([
  ['/', 'index.html'],
  ['/inbox', 'index.html'],
  ['/dashboard', 'dashboard.html'],
  ['/studio', 'studio.html'],
  ['/knowledge', 'knowledge.html'],
  ['/agents', 'agents.html'],
  ['/demo', 'demo.html'],
  // The page an emailed reply links to: the widget, open on the conversation the link names.
  ['/chat', 'chat.html'],
]);
const FILES = new Map([
  ['/widget.js', 'widget.js'],
  ['/favicon.svg', 'favicon.svg'],
]);
const ASSET = /^\/assets\/([A-Za-z0-9_.-]+)$/;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.map']);

/**
 * The pages load scripts and styles only from here and talk only to this API. React Flow sets
 * inline style attributes, hence 'unsafe-inline' for styles (never for scripts).
 */
const PAGE_SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

type CachedFile = { mtimeMs: number; body: Buffer; gzipped: Buffer | null };

export type WebPages = {
  /** Serves the request and returns true when it is for a web page or asset; false leaves it to GraphQL. */
  handle(request: IncomingMessage, response: ServerResponse): boolean;
};

/** `demoPage: false` (production) leaves out /demo: it embeds the widget of the demo workspace, which production never has. */
export function createWebPages(options: { distDir?: string; demoPage?: boolean } = {}): WebPages {
  const distDir = options.distDir ?? WEB_DIST_DIR;
  const demoPage = options.demoPage ?? true;
  const cache = new Map<string, CachedFile>();

  /** Reads a built file, re-reading it when a rebuild changed it; null when it is not there. */
  function read(file: string): CachedFile | null {
    const path = join(distDir, file);
    let mtimeMs: number;
    try {
      const stat = statSync(path);
      // Only regular files are pages: an asset name such as `..` must not reach a folder.
      if (!stat.isFile()) return null;
      mtimeMs = stat.mtimeMs;
    } catch {
      return null;
    }
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === mtimeMs) return cached;
    const body = readFileSync(path);
    const fresh = { mtimeMs, body, gzipped: COMPRESSIBLE.has(extname(file)) && body.length > 512 ? gzipSync(body) : null };
    cache.set(file, fresh);
    return fresh;
  }

  function send(request: IncomingMessage, response: ServerResponse, file: CachedFile, headers: Record<string, string>) {
    const gzip = file.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gzipped! : file.body;
    response.writeHead(200, { ...headers, 'content-length': String(body.length), vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  function notBuilt(response: ServerResponse) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end('The web pages are not built yet. Run `npm run build:web` (`npm start` builds them too), then reload.\n');
  }

  return {
    handle(request, response) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return false;
      // Raw request lines come from anyone: a target that is not a path (`http://[`) is not a page.
      const target = parseRequestTarget(request.url);
      if (!target) return false;
      const path = withoutTrailingSlashes(target.path);
      const page = path === '/demo' && !demoPage ? undefined : PAGES.get(path);
      const asset = ASSET.exec(path)?.[1];
      const file = page ?? FILES.get(path) ?? (asset ? `assets/${asset}` : undefined);
      if (!file) return false;

      const found = read(file);
      if (!found) {
        if (page || path === '/widget.js') notBuilt(response);
        else {
          response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
          response.end('Not found\n');
        }
        return true;
      }
      const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
      if (page) {
        send(request, response, found, { 'content-type': type, 'cache-control': 'no-cache', ...PAGE_SECURITY_HEADERS });
      } else if (path === '/widget.js') {
        // Embedded on customers' sites: any origin may load it, and a new version reaches them within minutes.
        send(request, response, found, {
          'content-type': type,
          'cache-control': 'public, max-age=300',
          'access-control-allow-origin': '*',
          'x-content-type-options': 'nosniff',
          'cross-origin-resource-policy': 'cross-origin',
        });
      } else {
        // Asset names carry a content hash, so they never change.
        send(request, response, found, {
          'content-type': type,
          'cache-control': asset ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
          'x-content-type-options': 'nosniff',
        });
      }
      return true;
    },
  };
}

/** `/studio/` and `/studio//` are `/studio`; a loop, since a regex here backtracks quadratically on a path of many slashes. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end -= 1;
  return path.slice(0, end);
}
