// The reader's core walk in one engine:
//   node tests/engines/run.mjs firefox|webkit [--dist DIR] [--edition ru]
// Serves DIR (default dist/) with scripts/serve.py on a free port, runs walk.mjs in the
// engine on the edition's pages (the English unless named: ru/ for the Russian), prints
// each step with its duration, and exits 1 naming the step that failed.
// WebKit needs a display: xvfb-run -a node tests/engines/run.mjs webkit
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort, killAll, start, stop } from './processes.mjs';
import { walk } from './walk.mjs';
import { readFacts, writeFacts } from '../facts.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WATCHDOG_MS = 5 * 60_000; // every wait has its own deadline; this catches a hung driver

const [engine, ...options] = process.argv.slice(2);
const option = (name) => {
  const at = options.indexOf(name);
  return at >= 0 ? options[at + 1] : undefined;
};
const known = options.every((word, i) => (i % 2 === 0 ? ['--dist', '--edition'].includes(word) : true)) && options.length % 2 === 0;
if (!['firefox', 'webkit'].includes(engine) || !known) {
  console.error('usage: node tests/engines/run.mjs firefox|webkit [--dist DIR] [--edition ru]');
  process.exit(2);
}
const dist = path.resolve(option('--dist') ?? path.join(ROOT, 'dist'));
const edition = option('--edition') ?? 'en';
const folder = edition === 'en' ? '' : `${edition}/`;
const say = (line) => console.log(`[${engine}${edition === 'en' ? '' : ` ${edition}`}] ${line}`);
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
  driver = await launch(`http://127.0.0.1:${port}/${folder}`);
  say(`server and browser started (${seconds(performance.now() - started)})`);
  const walked = performance.now();
  progress.step = 'the facts the walk expects';
  writeFacts();
  await walk(driver, say, progress, {
    singleFile: pathToFileURL(path.join(dist, folder, 'refuseniks.html')).href,
    hostedFile: pathToFileURL(path.join(dist, folder, 'index.html')).href,
    facts: readFacts(edition),
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
