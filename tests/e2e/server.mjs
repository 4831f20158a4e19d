// A tiny static server for the end-to-end tests: serves dist/ on 127.0.0.1 with an
// ephemeral port, and lets a test replace the answer for one path (a broken data file, a
// 500) through `override`, or hold it back until the test releases it (to see a loading
// state) through `hold`; both are cleared between tests by `clearOverrides`.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Starts the server. Resolves to { origin, url(p), override(p, answer), hold(p),
 * clearOverrides(), requests, close() }.
 *
 * An override answer is either { status?, headers?, body? } (body a string or Buffer;
 * the content type defaults to the one of the path) or a function (req, res) that answers
 * itself. `hold(p)` makes requests for p wait (then answered as usual) until the function
 * it returns is called. `requests` lists every path asked for since the last
 * `clearOverrides`.
 */
export async function startServer(root) {
  const rootDir = path.resolve(root);
  const overrides = new Map();
  const holds = new Map();
  const requests = [];

  const server = createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad request\n');
    }
    requests.push(pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
    }
    const held = holds.get(pathname);
    if (held) await held.promise;
    const answer = overrides.get(pathname);
    if (typeof answer === 'function') {
      return answer(req, res);
    }
    if (answer) {
      const headers = { 'Content-Type': contentType(pathname), ...(answer.headers ?? {}) };
      res.writeHead(answer.status ?? 200, { 'Cache-Control': 'no-store', ...headers });
      return res.end(req.method === 'HEAD' ? undefined : (answer.body ?? ''));
    }
    const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const file = path.join(rootDir, relative);
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
    }
    let body;
    try {
      body = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found\n');
    }
    res.writeHead(200, {
      'Content-Type': contentType(file),
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    url: (p = '/') => new URL(p, origin).href,
    override(p, answer) {
      overrides.set(p, answer);
    },
    hold(p) {
      const held = {};
      held.promise = new Promise((resolve) => { held.resolve = resolve; });
      holds.set(p, held);
      return () => {
        if (holds.get(p) === held) holds.delete(p);
        held.resolve();
      };
    },
    clearOverrides() {
      for (const held of holds.values()) held.resolve();
      holds.clear();
      overrides.clear();
      requests.length = 0;
    },
    requests,
    close() {
      server.closeAllConnections?.();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}
