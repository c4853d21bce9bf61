// A static server that compresses like a production host (brotli, else gzip) and never
// lets the browser cache, so every load pays for every byte. The query string is
// ignored, so embed.html?panel=… is embed.html.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const ENCODERS = { br: (data) => zlib.brotliCompressSync(data), gzip: (data) => zlib.gzipSync(data, { level: 9 }), identity: (data) => data };

/** Serves `dir` on 127.0.0.1:`port`; returns the server, for `close`. */
export function serve(dir, port) {
  const root = path.resolve(dir);
  const cache = new Map();
  const body = (file, encoding) => {
    const key = `${file} ${encoding}`;
    if (!cache.has(key)) cache.set(key, ENCODERS[encoding](fs.readFileSync(file)));
    return cache.get(key);
  };
  // Compressed before the first request, so no run pays for brotli -11.
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) body(path.join(entry.parentPath ?? entry.path, entry.name), 'br');
  }
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html');
    const file = path.join(root, path.normalize(name));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    const accepts = String(req.headers['accept-encoding'] || '');
    const encoding = accepts.includes('br') ? 'br' : accepts.includes('gzip') ? 'gzip' : 'identity';
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Content-Encoding': encoding, 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' });
    res.end(body(file, encoding));
  });
  server.listen(port, '127.0.0.1');
  return server;
}

export function stop(server) {
  server.closeAllConnections();
  server.close();
}
