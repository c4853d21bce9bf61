// Child processes the walk needs (the static server, WebKitWebDriver): started on a free
// port, ready when their HTTP answers, stopped by their own process id only.
import { spawn } from 'node:child_process';
import net from 'node:net';

/** A port nobody listens on right now (the OS picks it, so parallel runs do not clash). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Every child started here, so an interrupted or stuck run can still end them.
const running = new Set();

/** Ends every child started here that is still running, at once (for exits). */
export function killAll() {
  for (const child of running) child.kill('SIGKILL');
}

/** Starts `command`, then polls `readyURL` until it answers or `timeoutMs` passes. Its
 * output is kept, to be shown if it fails to start. */
export async function start(command, args, { readyURL, timeoutMs = 15_000, env } = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: env ?? process.env });
  running.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  let exited = null;
  child.on('exit', (code, signal) => { exited = signal ?? code; running.delete(child); });
  child.on('error', (error) => { exited = error.message; });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited !== null) throw new Error(`${command} exited (${exited}) before it was ready:\n${output}`);
    try {
      await fetch(readyURL, { signal: AbortSignal.timeout(2_000) });
      return child;
    } catch {
      if (Date.now() > deadline) {
        await stop(child);
        throw new Error(`${command} did not answer at ${readyURL} within ${timeoutMs / 1000} s:\n${output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Ends a child we started, by its id, and waits for it to go. */
export async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await gone;
  clearTimeout(timer);
}
