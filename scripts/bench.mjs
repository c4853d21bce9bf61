// ./x bench: the built site against a plain-HTML baseline of the same article, in one
// run, in headless Chromium on a throttled phone (4x CPU, 1.6 Mbit/s down, 150 ms round
// trip). Writes bench/results.json and bench/results.md and prints the table; exits 1
// when a budget in budgets.json is missed.
//
// The baseline is dist/index.html with every script and preload removed: the same
// text, notes (as endnotes) and CSS, the static edition a reader without JavaScript
// gets. Both are served compressed (brotli, as a production host would), never cached.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../playwright.config.mjs';
import { compressedSizes, firstViewBytes } from './bytes.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 7);
const LIGHTHOUSE_RUNS = 3;
const PORTS = { baseline: 8095, app: 8096 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const budgets = JSON.parse(fs.readFileSync('budgets.json', 'utf8'));

function writeBaseline(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const html = fs.readFileSync('dist/index.html', 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '');
  if (/<script|\.wasm/.test(html)) throw new Error('the baseline still loads a script');
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  for (const file of fs.readdirSync('dist')) {
    if (/\.(css|svg)$/.test(file)) fs.copyFileSync(path.join('dist', file), path.join(dir, file));
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };
const ENCODERS = { br: (data) => zlib.brotliCompressSync(data), gzip: (data) => zlib.gzipSync(data, { level: 9 }), identity: (data) => data };

/** A static server that compresses like a production host: brotli, else gzip. */
function serve(dir, port) {
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
    const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/$/, '/index.html');
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

/** Collects paint, LCP and layout-shift entries from the very start of the page. */
function observeVitals() {
  window.__vitals = { lcp: 0, cls: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__vitals.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__vitals.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Input to next paint: from the click's timestamp to the frame after its handlers. */
async function interaction(page, control) {
  await control.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    window.__latency = new Promise((resolve) => {
      addEventListener('click', (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(null);
        });
      }, { once: true, capture: true });
    });
  });
  await control.click();
  return page.evaluate(() => window.__latency);
}

async function measure(browser, which) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(observeVitals);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let transferred = 0;
  cdp.on('Network.loadingFinished', (event) => { transferred += event.encodedDataLength; });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });

  await page.goto(`http://127.0.0.1:${PORTS[which]}/`, { waitUntil: 'load', timeout: 120_000 });
  const run = {};
  if (which === 'app') {
    // main.rs sets this mark when hydration is done.
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length > 0, null, { timeout: 120_000 });
    run.interactive = await page.evaluate(() => performance.getEntriesByName('interactive')[0].startTime);
  }
  await page.waitForTimeout(300); // lets the last layout shifts and LCP candidates arrive
  Object.assign(run, await page.evaluate(() => ({
    first_contentful_paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    largest_contentful_paint: window.__vitals.lcp,
    cumulative_layout_shift: window.__vitals.cls,
  })));
  await cdp.send('HeapProfiler.collectGarbage');
  run.js_heap_bytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  run.transferred_bytes = transferred;
  if (which === 'app') {
    run.open_footnote = await interaction(page, page.locator('.marker').first());
    if (await page.locator('.note:not([hidden]) .note-close').count() !== 1) throw new Error('the footnote did not open');
    const controls = page.locator('#casualties .panel-controls');
    run.switch_chart_scale = await interaction(page, controls.getByRole('button', { name: 'Log', exact: true }));
    await controls.getByRole('button', { name: 'Table', exact: true }).click();
    // Sorts by a column the table is not sorted by yet, and checks that it now is.
    const headers = page.locator('#casualties .estimates-table thead th');
    const column = headers.nth(await headers.evaluateAll((all) => all.findIndex((th) => th.getAttribute('aria-sort') === 'none')));
    run.sort_table = await interaction(page, column.locator('button.sort'));
    if (await column.getAttribute('aria-sort') === 'none') throw new Error('the table did not sort');
  }
  await context.close();
  if (errors.length) throw new Error(`${which}: errors in the page: ${errors.join('; ')}`);
  return run;
}

/** Lighthouse in its own Chromium. Asynchronous: our servers run in this process.
 *  The full report is kept in bench/lighthouse/ (not committed) to see what cost a point. */
async function lighthouseOnce(which) {
  const url = `http://127.0.0.1:${PORTS[which]}/`;
  const child = spawn('node_modules/.bin/lighthouse', [url, '--output=json', '--output-path=stdout', '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new ${CHROMIUM.args.join(' ')}`], { env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const status = await new Promise((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`lighthouse failed on ${url}: ${stderr.slice(-2000)}`);
  const report = JSON.parse(stdout);
  fs.mkdirSync('bench/lighthouse', { recursive: true });
  fs.writeFileSync(`bench/lighthouse/${which}.json`, stdout);
  return Object.fromEntries(Object.entries(report.categories).map(([id, category]) => [id, Math.round(category.score * 100)]));
}

/** Each category's median score over LIGHTHOUSE_RUNS runs: one run can drop a point by chance. */
async function lighthouse(which) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseOnce(which));
  return Object.fromEntries(Object.keys(runs[0]).map((id) => [id, stats(runs.map((run) => run[id])).median]));
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
};

function summarise(runs) {
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, stats(runs.map((run) => run[key]))]));
}

const ms = (value) => `${Math.round(value)} ms`;
const kb = (value) => `${(value / 1000).toFixed(1)} KB`;
const cls = (value) => value.toFixed(4);
const spread = (s, format) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;

function report(results) {
  const { baseline, app, lighthouse: lh, bytes } = results;
  const checks = [];
  const check = (name, value, limit, pass) => { checks.push({ name, value, limit, pass }); return pass ? 'pass' : '**fail**'; };
  const ratio = (a, b) => (a / b).toFixed(2);
  const fcpRatio = app.first_contentful_paint.median / baseline.first_contentful_paint.median;
  const interactiveRatio = app.interactive.median / baseline.first_contentful_paint.median;
  const rows = [
    ['Bytes transferred', spread(baseline.transferred_bytes, kb), spread(app.transferred_bytes, kb), ratio(app.transferred_bytes.median, baseline.transferred_bytes.median), '', ''],
    ['First contentful paint', spread(baseline.first_contentful_paint, ms), spread(app.first_contentful_paint, ms),
      fcpRatio.toFixed(2), `≤ ${budgets.fcp_to_baseline_fcp}×`,
      check('first contentful paint / baseline', fcpRatio, budgets.fcp_to_baseline_fcp, fcpRatio <= budgets.fcp_to_baseline_fcp)],
    ['Largest contentful paint', spread(baseline.largest_contentful_paint, ms), spread(app.largest_contentful_paint, ms), ratio(app.largest_contentful_paint.median, baseline.largest_contentful_paint.median), '', ''],
    ['Cumulative layout shift', spread(baseline.cumulative_layout_shift, cls), spread(app.cumulative_layout_shift, cls), '', `< ${budgets.cls}`,
      check('cumulative layout shift', app.cumulative_layout_shift.max, budgets.cls, app.cumulative_layout_shift.max < budgets.cls)],
    ['Interactive (hydrated)', '—', spread(app.interactive, ms), `${interactiveRatio.toFixed(2)} × baseline FCP`, `≤ ${budgets.interactive_to_baseline_fcp}× baseline FCP`,
      check('interactive / baseline first contentful paint', interactiveRatio, budgets.interactive_to_baseline_fcp, interactiveRatio <= budgets.interactive_to_baseline_fcp)],
    ['JS heap after load', spread(baseline.js_heap_bytes, kb), spread(app.js_heap_bytes, kb), ratio(app.js_heap_bytes.median, baseline.js_heap_bytes.median), '', ''],
  ];
  for (const [key, label] of [['open_footnote', 'Open a footnote'], ['switch_chart_scale', 'Switch the chart’s scale'], ['sort_table', 'Sort the table']]) {
    rows.push([`${label} (input to next paint)`, '—', spread(app[key], ms), '', `< ${budgets.interaction_ms} ms`,
      check(label, app[key].median, budgets.interaction_ms, app[key].median < budgets.interaction_ms)]);
  }
  for (const [id, score] of Object.entries(lh.app)) {
    rows.push([`Lighthouse ${id}`, String(lh.baseline[id]), String(score), '', `${budgets.lighthouse}`,
      check(`Lighthouse ${id}`, score, budgets.lighthouse, score >= budgets.lighthouse)]);
  }
  rows.push(['First view, gzip (HTML, CSS, JS, wasm)', kb(bytes.baseline.total.gzip), kb(bytes.app.total.gzip), ratio(bytes.app.total.gzip, bytes.baseline.total.gzip),
    `≤ ${kb(budgets.first_view_gzip_bytes)}`, check('first view gzip bytes', bytes.app.total.gzip, budgets.first_view_gzip_bytes, bytes.app.total.gzip <= budgets.first_view_gzip_bytes)]);

  const lines = [
    `# ./x bench, ${results.date}`,
    '',
    `${RUNS} runs of each page, alternating, median (min–max); phone 390 px, 4× CPU slowdown, 1.6 Mbit/s down, 150 ms round trip, cache off, brotli.`,
    `Build: ${Number.isFinite(results.build.seconds) ? `${results.build.kind}, ${results.build.seconds} s` : 'not timed (run through ./x bench)'}. Lighthouse: median of ${LIGHTHOUSE_RUNS} runs each, mobile, simulated throttling. Budgets are checked on medians; CLS on the worst run.`,
    '',
    '| Measure | Plain-HTML baseline | Refuseniks | Ratio | Budget | |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    '| File (first view) | Raw | Gzip | Brotli |',
    '|---|---:|---:|---:|',
    ...Object.entries(bytes.app.files).map(([file, s]) => `| ${file} | ${s.raw} | ${s.gzip} | ${s.brotli} |`),
    `| **total** | ${bytes.app.total.raw} | ${bytes.app.total.gzip} | ${bytes.app.total.brotli} |`,
    `| baseline total | ${bytes.baseline.total.raw} | ${bytes.baseline.total.gzip} | ${bytes.baseline.total.brotli} |`,
    '',
    '| Every file in dist/ | Raw | Gzip | Brotli |',
    '|---|---:|---:|---:|',
    ...Object.entries(bytes.every_file).map(([file, s]) => `| ${file} | ${s.raw} | ${s.gzip} | ${s.brotli} |`),
  ];
  return { markdown: `${lines.join('\n')}\n`, checks };
}

const baselineDir = 'bench/baseline';
writeBaseline(baselineDir);
const servers = [serve(baselineDir, PORTS.baseline), serve('dist', PORTS.app)];
try {
  const browser = await chromium.launch(CHROMIUM);
  const runs = { baseline: [], app: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const which of ['baseline', 'app']) runs[which].push(await measure(browser, which));
    process.stderr.write(`run ${i + 1}/${RUNS} done\n`);
  }
  await browser.close();
  process.stderr.write('Lighthouse…\n');
  const results = {
    date: new Date().toISOString(),
    runs: RUNS,
    conditions: { cpu_slowdown: 4, network: NETWORK, viewport: PHONE.viewport },
    build: { kind: process.env.BENCH_BUILD_KIND || 'unknown', seconds: Number(process.env.BENCH_BUILD_SECONDS || NaN) },
    bytes: {
      app: firstViewBytes('dist'),
      baseline: firstViewBytes(baselineDir),
      every_file: Object.fromEntries(fs.readdirSync('dist').sort().filter((file) => fs.statSync(path.join('dist', file)).isFile()).map((file) => [file, compressedSizes(fs.readFileSync(path.join('dist', file)))])),
    },
    baseline: summarise(runs.baseline),
    app: summarise(runs.app),
    lighthouse: { baseline: await lighthouse('baseline'), app: await lighthouse('app') },
  };
  const { markdown, checks } = report(results);
  results.checks = checks;
  fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync('bench/results.md', markdown);
  console.log(markdown);
  const failed = checks.filter((c) => !c.pass);
  if (failed.length) {
    console.error(`missed budgets: ${failed.map((c) => c.name).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  for (const server of servers) { server.closeAllConnections(); server.close(); }
}
