// The reader's core walk in one engine: node tests/engines/run.mjs firefox|webkit [--dist DIR]
// Serves DIR (default dist/) with scripts/serve.py on a free port, runs walk.mjs in the
// engine, prints each step with its duration, and exits 1 naming the step that failed.
// WebKit needs a display: xvfb-run -a node tests/engines/run.mjs webkit
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort, killAll, start, stop } from './processes.mjs';
import { walk } from './walk.mjs';
import { readFacts, writeFacts } from '../facts.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WATCHDOG_MS = 5 * 60_000; // every wait has its own deadline; this catches a hung driver

const [engine, flag, dir] = process.argv.slice(2);
if (!['firefox', 'webkit'].includes(engine) || (flag && (flag !== '--dist' || !dir))) {
  console.error('usage: node tests/engines/run.mjs firefox|webkit [--dist DIR]');
  process.exit(2);
}
const dist = path.resolve(flag ? dir : path.join(ROOT, 'dist'));
const say = (line) => console.log(`[${engine}] ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const progress = { step: 'start-up' };
let server;
let driver;

/** Closes the browser (briefly: it may be what hangs), ends our children, exits 1. */
async function abort(message) {
  console.error(`[${engine}] FAILED ${message}`);
  if (driver) await Promise.race([driver.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  killAll();
  process.exit(1);
}
setTimeout(() => abort(`at ${progress.step}: the walk did not finish within ${WATCHDOG_MS / 60_000} minutes`), WATCHDOG_MS).unref();
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => abort(`at ${progress.step}: interrupted (${signal})`));

if (!fs.existsSync(path.join(dist, 'index.html'))) await abort(`at start-up: no ${path.join(dist, 'index.html')}; run ./x build first`);

let failure = null;
const started = performance.now();
try {
  progress.step = `serving ${dist}`;
  const port = await freePort();
  server = await start('python3', [path.join(ROOT, 'scripts/serve.py'), '--port', String(port), dist], { readyURL: `http://127.0.0.1:${port}/` });
  progress.step = `starting ${engine}`;
  const { launch } = await import(`./${engine}.mjs`);
  driver = await launch(`http://127.0.0.1:${port}/`);
  say(`server and browser started (${seconds(performance.now() - started)})`);
  const walked = performance.now();
  progress.step = 'the facts the walk expects';
  writeFacts();
  await walk(driver, say, progress, {
    singleFile: pathToFileURL(path.join(dist, 'refuseniks.html')).href,
    hostedFile: pathToFileURL(path.join(dist, 'index.html')).href,
    facts: readFacts(),
  });
  say(`walk passed in ${seconds(performance.now() - walked)} (${seconds(performance.now() - started)} with start-up)`);
} catch (error) {
  failure = error;
}
const closing = performance.now();
if (driver) {
  await driver.close().catch((error) => say(`closing the browser: ${error.message}`));
  driver = null;
  say(`browser closed (${seconds(performance.now() - closing)})`);
}
await stop(server);
if (failure) await abort(`at ${progress.step}:\n  ${failure.step ? failure.message : failure.stack}`);
process.exit(0);
