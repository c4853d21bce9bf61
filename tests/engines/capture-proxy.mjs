// A pass-through HTTP proxy for the WebKit walk that adds capture.js to the top of every
// HTML page. Why: WebKitWebDriver 2.50 as Debian builds it has no WebDriver BiDi (a
// session asking for webSocketUrl is refused), classic WebDriver has neither console logs
// nor a way to run a script before the page's own, and MiniBrowser's
// --enable-write-console-messages-to-stdout prints nothing in automation mode (its
// session is ephemeral, and WebKit does not print an ephemeral page's console).
import fs from 'node:fs';
import http from 'node:http';

const CAPTURE_PATH = '/__walk/capture.js';
const capture = fs.readFileSync(new URL('./capture.js', import.meta.url));

/** Listens on a free port in front of `target` (an origin); resolves to the proxy's origin. */
export function startCaptureProxy(target) {
  const server = http.createServer((request, response) => {
    if (request.url === CAPTURE_PATH) {
      response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-cache' });
      response.end(capture);
      return;
    }
    const upstream = http.request(new URL(request.url, target), { method: request.method, headers: request.headers }, (answer) => {
      const headers = { ...answer.headers };
      if (!String(headers['content-type']).startsWith('text/html')) {
        response.writeHead(answer.statusCode, headers);
        answer.pipe(response);
        return;
      }
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8');
        // A page without <head> goes through unchanged; errors() then finds no capture.
        const injected = html.replace(/<head[^>]*>/i, (head) => `${head}<script src="${CAPTURE_PATH}"></script>`);
        delete headers['content-length'];
        response.writeHead(answer.statusCode, headers);
        response.end(injected);
      });
    });
    upstream.on('error', (error) => { response.writeHead(502); response.end(String(error)); });
    request.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => { server.closeAllConnections(); server.close(); } }));
  });
}
