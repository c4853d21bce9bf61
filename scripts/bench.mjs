// ./x bench: bundle bytes (raw, gzip, brotli) of dist/ and load/interaction timings
// in headless Chromium, checked against budgets.json. Writes bench-results.json.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../playwright.config.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 5);
const PORT = 8093;
const budgets = JSON.parse(fs.readFileSync('budgets.json', 'utf8'));
const failures = [];

function bundleBytes() {
  const totals = {};
  for (const file of fs.readdirSync('dist')) {
    const type = path.extname(file).slice(1);
    if (!['wasm', 'js', 'css', 'html'].includes(type)) continue;
    const data = fs.readFileSync(path.join('dist', file));
    const t = (totals[type] ||= { raw: 0, gzip: 0, brotli: 0 });
    t.raw += data.length;
    t.gzip += zlib.gzipSync(data, { level: 9 }).length;
    t.brotli += zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return totals;
}

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** dist/ with the prerendered body removed: the same wasm then renders from scratch. */
function unprerenderedCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'refuseniks-csr-'));
  for (const file of fs.readdirSync('dist')) fs.copyFileSync(path.join('dist', file), path.join(dir, file));
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  fs.writeFileSync(path.join(dir, 'index.html'), html.replace(/<body>[\s\S]*<\/body>/, '<body></body>'));
  return dir;
}

/** Median first contentful paint of a page, on the throttled phone. */
async function firstPaint(browser, url) {
  const paints = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length > 0);
    paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime));
    await context.close();
  }
  return Math.round(median(paints));
}

async function timings(browser) {
  const runs = { first_contentful_paint: [], interactive: [], open_note: [] };
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    // main.rs marks `interactive` once hydration is done.
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length > 0);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
    runs.first_contentful_paint.push(fcp);
    runs.interactive.push(await page.evaluate(() => performance.getEntriesByName('interactive')[0].startTime));
    // Click to the next frame with the note on screen.
    runs.open_note.push(await page.evaluate(() => new Promise((resolve) => {
      const marker = document.querySelector('button.marker');
      const start = performance.now();
      marker.click();
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const note = document.getElementById(marker.getAttribute('aria-controls'));
        resolve(note.hidden ? Infinity : performance.now() - start);
      }));
    })));
    await context.close();
  }
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, Math.round(median(v))]));
}

function check(label, value, budget) {
  const ok = budget === undefined || value <= budget;
  if (!ok) failures.push(`${label}: ${value} > budget ${budget}`);
  return `${ok ? ' ' : '✗'} ${label.padEnd(34)} ${String(value).padStart(8)}   budget ${budget ?? '-'}`;
}

const server = spawn('python3', ['scripts/serve.py', '--port', String(PORT), 'dist'], { stdio: 'ignore' });
const csrDir = unprerenderedCopy();
const csrServer = spawn('python3', ['scripts/serve.py', '--port', String(PORT + 1), csrDir], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 500));
try {
  const bytes = bundleBytes();
  const browser = await chromium.launch(CHROMIUM);
  const ms = await timings(browser);
  // Side by side, in one run: the same page and wasm, with and without prerendered HTML.
  const fcp = { prerendered: await firstPaint(browser, `http://127.0.0.1:${PORT}/`), not_prerendered: await firstPaint(browser, `http://127.0.0.1:${PORT + 1}/`) };
  await browser.close();
  const lines = ['bundle bytes (raw / gzip / brotli):'];
  for (const [type, t] of Object.entries(bytes)) {
    lines.push(`  ${type.padEnd(5)} ${String(t.raw).padStart(8)} ${String(t.gzip).padStart(8)} ${String(t.brotli).padStart(8)}`);
    for (const kind of ['gzip', 'brotli']) lines.push(check(`${type} ${kind}`, t[kind], budgets.bytes[type]?.[kind]));
  }
  lines.push(`timings (median of ${RUNS}, ms, 4x CPU throttle, 390 px):`);
  for (const [name, value] of Object.entries(ms)) lines.push(check(name, value, budgets.ms[name]));
  lines.push(`first contentful paint, same run (ms): prerendered ${fcp.prerendered}, without prerendering ${fcp.not_prerendered}`);
  console.log(lines.join('\n'));
  fs.writeFileSync('bench-results.json', JSON.stringify({ date: new Date().toISOString(), runs: RUNS, bytes, ms, fcp }, null, 2));
} finally {
  server.kill();
  csrServer.kill();
  fs.rmSync(csrDir, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`over budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
