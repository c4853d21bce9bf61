#!/usr/bin/env python3
"""./x serve: the editors' preview. Serves the last good build, rebuilds on every save
(./x build --dev OUT), and tells each open tab to reload, or to show the build's
problems over the page until they are fixed.

Only this server serves the reload script (/__preview/reload.js, from
scripts/preview-client.js) and puts a <script src> for it into the HTML it sends;
dist/ never holds it. The pages keep the strict Content-Security-Policy: the script is
same-origin and it listens with an EventSource (connect-src 'self').

Files are watched by polling their modification times, 10 times a second: the standard
library only, nothing to install, and the same on every system and editor.

Each build reads a snapshot of the content folder taken when it starts (a copy in
target/preview-content/), and the snapshot is what is digested: what was built is
exactly what was digested, whatever an editor saves while it runs. A code file changed
during a build (code is built in place) means the build is not trusted, and it runs
again."""

import argparse
import hashlib
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse

from serve import MIME_TYPES  # the same types as the static server (scripts/ is on the path)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONTENT = os.path.join(ROOT, os.environ.get("REFUSENIKS_CONTENT", "content"))
# What the page is built from, beside the content: the code, the styles and Trunk's input.
CODE = ["src", "style", "index.html", "assets", "crates/content/src", "scripts/page.js"]
# The content as the running build reads it (see the module's doc).
SNAPSHOT = os.path.join(ROOT, "target", "preview-content")
CSP = ("default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'")
CLIENT = os.path.join(ROOT, "scripts", "preview-client.js")
PROBLEM = re.compile(r"^\S+:\d+: ")  # check-content's `file:line: message`
ANSI = re.compile(r"\x1b\[[0-9;]*m")


class State:
    """What the open tabs are told: the good build's number, and the problems, if any."""

    def __init__(self):
        self.changed = threading.Condition()
        self.version = 0
        self.problems = []

    def set(self, version=None, problems=()):
        with self.changed:
            self.version = self.version if version is None else version
            self.problems = list(problems)
            self.changed.notify_all()

    def snapshot(self):
        return {"version": self.version, "problems": self.problems}


def is_temporary(name):
    """An editor's swap, backup or lock file: never content."""
    return name.startswith((".", "#")) or name.endswith(("~", ".swp", ".tmp"))


def files_under(top):
    """Every file under `top` (a folder or one file) as its path relative to `top` ("" for
    the file itself) with its path (editors' temporary files left out)."""
    if os.path.isfile(top):
        return {"": top}
    found = {}
    for folder, _, names in os.walk(top):
        for name in names:
            if not is_temporary(name):
                path = os.path.join(folder, name)
                found[os.path.relpath(path, top)] = path
    return found


def sources(content=CONTENT):
    """Every file the page is built from, by a stable name ("content/notes.toml",
    "src/lib.rs"), with its path; `content` is the content folder to read."""
    found = {os.path.join("content", name): path for name, path in files_under(content).items()}
    for top in CODE:
        found.update({os.path.join(top, name) if name else top: path for name, path in files_under(os.path.join(ROOT, top)).items()})
    return found


def stats(found):
    """Each file's modification time and size: what the watcher polls."""
    seen = {}
    for name, path in found.items():
        try:
            stat = os.stat(path)
            seen[name] = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            pass  # deleted while we looked
    return seen


def digest(found):
    """The files' names and contents: saving a file back as it was needs no rebuild."""
    hash = hashlib.sha256()
    for name in sorted(found):
        hash.update(name.encode())
        try:
            with open(found[name], "rb") as f:
                hash.update(f.read())
        except OSError:
            pass
    return hash.hexdigest()


def code_of(found):
    """The code files among `found` (everything but the content), which builds read in place."""
    return {name: path for name, path in found.items() if not name.startswith("content" + os.sep)}


def snapshot_content():
    """Copies the content folder to SNAPSHOT, with fresh modification times (so cargo
    sees it changed), and returns what the build will read: the snapshot and the code."""
    shutil.rmtree(SNAPSHOT, ignore_errors=True)
    for name, path in files_under(CONTENT).items():
        target = os.path.join(SNAPSHOT, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        try:
            shutil.copyfile(path, target)
        except OSError:
            pass  # deleted while we copied: the build says what is missing
    return sources(SNAPSHOT)


def build(out):
    """Runs ./x build --dev, echoing it to the terminal; returns the problems, [] on success."""
    process = subprocess.Popen([os.path.join(ROOT, "x"), "build", "--dev", out], cwd=ROOT,
                               env={**os.environ, "REFUSENIKS_CONTENT": SNAPSHOT},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    for line in process.stdout:
        sys.stdout.write(line)
        lines.append(ANSI.sub("", line.rstrip("\n")))
    if process.wait() == 0:
        return []
    problems = [line for line in lines if PROBLEM.match(line)]
    # A compile error rather than a content mistake: the build's last words.
    return problems or [line for line in lines if line.strip()][-30:] or ["the build failed"]


def watch(state, out):
    good = None  # the digest of what the last good build read
    seen = None
    while True:
        found = stats(sources())
        if found == seen:
            time.sleep(0.1)
            continue
        time.sleep(0.1)  # let an editor finish writing (several files, or in steps)
        seen = stats(sources())
        if digest(sources()) == good:
            if state.problems:
                print("preview: back as it was at the last good build", flush=True)
            state.set(problems=[])
            continue
        print(f"preview: {'building' if good is None else 'rebuilding'}…", flush=True)
        started = time.monotonic()
        read = snapshot_content()
        built, code = digest(read), stats(code_of(read))
        problems = build(out)
        took = time.monotonic() - started
        if stats(code_of(sources())) != code:
            # What it served may mix the old and the new code: build again, whatever the digest.
            print("preview: a code file changed during the build; building again", flush=True)
            good, seen = None, None
        elif problems:
            print(f"preview: the build stopped ({took:.1f} s); still serving the last good page", flush=True)
            state.set(problems=problems)
        else:
            good = built
            print(f"preview: rebuilt in {took:.1f} s; open tabs reload", flush=True)
            state.set(version=state.version + 1)


def handler_for(state, out):
    class Handler(http.server.SimpleHTTPRequestHandler):
        extensions_map = MIME_TYPES

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=out, **kwargs)

        def do_GET(self):
            path = urllib.parse.unquote(urllib.parse.urlsplit(self.path).path)
            if path == "/__preview/reload.js":
                with open(CLIENT, "rb") as f:
                    return self.reply(f.read(), "text/javascript")
            if path == "/__preview/state":
                return self.reply(json.dumps(state.snapshot()).encode(), "application/json")
            if path == "/__preview/events":
                return self.events()
            if path.endswith("/") or path.endswith(".html"):
                return self.page(path)
            return super().do_GET()

        def page(self, path):
            file = os.path.normpath(os.path.join(out, "." + path + ("index.html" if path.endswith("/") else "")))
            if not file.startswith(out + os.sep):
                return self.send_error(404)
            script = f'<script src="/__preview/reload.js?v={state.version}" defer></script>'
            try:
                with open(file, encoding="utf-8") as f:
                    html = f.read()
            except OSError:
                if os.path.isdir(out):
                    return self.send_error(404)
                # No good build yet: a blank page that shows the problems, then reloads.
                html = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Preview</title></head><body></body></html>'
            self.reply(html.replace("</head>", f"  {script}\n</head>", 1).encode(), "text/html; charset=utf-8")

        def reply(self, body, kind):
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def events(self):
            """Server-sent events: the state now, then each change (a comment every 15 s)."""
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            sent = None
            try:
                while True:
                    with state.changed:
                        state.changed.wait_for(lambda: state.snapshot() != sent, timeout=15)
                        now = state.snapshot()
                    self.wfile.write(b": still here\n\n" if now == sent else f"data: {json.dumps(now)}\n\n".encode())
                    self.wfile.flush()
                    sent = now
            except (BrokenPipeError, ConnectionResetError):
                pass

        def end_headers(self):
            self.send_header("Content-Security-Policy", CSP)
            self.send_header("Cache-Control", "no-cache")
            super().end_headers()

        def log_message(self, *_):
            pass

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--out", default="target/preview", help="where the preview builds (never dist/)")
    args = parser.parse_args()
    out = os.path.abspath(os.path.join(ROOT, args.out))
    state = State()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler_for(state, out))
    server.daemon_threads = True
    watched = ", ".join([os.path.relpath(CONTENT, ROOT)] + CODE)
    print(f"preview: http://127.0.0.1:{args.port}/ rebuilds on every save in {watched} (Ctrl-C stops)", flush=True)
    threading.Thread(target=watch, args=(state, out), daemon=True).start()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
