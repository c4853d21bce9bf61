#!/usr/bin/env python3
"""A plain static server for dist/, as a newsroom's would be: correct MIME types
(application/wasm), optional sub-path (--base /news/2022/refuseniks/), optional
Content-Security-Policy header (--csp '...') and optional Access-Control-Allow-Origin
header (--allow-origin '*', what makes an embed interactive inside WordPress's sandbox).
Used by ./x serve and the tests."""

import argparse
import functools
import http.server
import os

# What a newsroom's server sends for our files (the standard library's table lacks wasm).
MIME_TYPES = {
    **http.server.SimpleHTTPRequestHandler.extensions_map,
    ".wasm": "application/wasm",
    ".js": "text/javascript",
    ".css": "text/css",
    ".html": "text/html; charset=utf-8",
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--base", default="/", help="sub-path the site lives under")
    parser.add_argument("--csp", default="", help="Content-Security-Policy header to send")
    parser.add_argument("--allow-origin", default="", help="Access-Control-Allow-Origin header to send")
    args = parser.parse_args()
    base = "/" + args.base.strip("/") + "/" if args.base.strip("/") else "/"

    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = MIME_TYPES

        def translate_path(self, path):
            if not path.startswith(base):
                return os.path.join(args.root, "__outside_base__")
            return super().translate_path("/" + path[len(base):])

        def end_headers(self):
            if args.csp:
                self.send_header("Content-Security-Policy", args.csp)
            if args.allow_origin:
                self.send_header("Access-Control-Allow-Origin", args.allow_origin)
            self.send_header("Cache-Control", "no-cache")
            super().end_headers()

        def log_message(self, *_):
            pass

    handler = functools.partial(Handler, directory=os.path.abspath(args.root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    print(f"serving {args.root} at http://127.0.0.1:{args.port}{base}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
