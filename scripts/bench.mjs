// ./x bench: the built site (dist/) on a throttled phone, its loads against a plain-HTML
// baseline of itself (bench/baseline.mjs) and its presses against a limit page that
// only makes the DOM changes the client makes (bench/limit.mjs), both measured in the
// same run, with Lighthouse and the first view's bytes. Writes bench/results.json and
// bench/results.md and prints the report; exits 1 when a budget in budgets.json is
// missed. The parts live in scripts/bench/.
//
// BENCH_RUNS loads of each page (7), BENCH_INTERACTION_RUNS rounds of interactions (5),
// LIGHTHOUSE_RUNS audits of each page (3),
// BENCH_PORT and the next two ports for the three servers (8095), so a second
// checkout can run its bench beside this one.
import fs from 'node:fs';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../playwright.config.mjs';
import { writeBaseline } from './bench/baseline.mjs';
import { INTERACTIONS, measureInteractions } from './bench/interactions.mjs';
import { LIGHTHOUSE_RUNS, LIGHTHOUSE_VERSION, heldPages, lighthouse } from './bench/lighthouse.mjs';
import { buildLimitPage } from './bench/limit.mjs';
import { measureLoads } from './bench/load.mjs';
import { CPU_SLOWDOWN, NETWORK, PHONE } from './bench/phone.mjs';
import { report } from './bench/report.mjs';
import { serve, stop } from './bench/server.mjs';
import { sizes } from './bench/sizes.mjs';
import { verdicts } from './bench/verdicts.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 7);
const INTERACTION_RUNS = Number(process.env.BENCH_INTERACTION_RUNS || 5);
const PORT = Number(process.env.BENCH_PORT || 8095);
const DIST = 'dist';
const BASELINE = 'bench/baseline';
const LIMIT = 'bench/limit';
const budgets = JSON.parse(fs.readFileSync('budgets.json', 'utf8'));
const progress = (message) => process.stderr.write(`${message}\n`);

// The machine's load, at the start and the end: the bench shares two cores with others.
const loadAverage = () => Number(os.loadavg()[0].toFixed(1));
const loadAtStart = loadAverage();
writeBaseline(DIST, BASELINE);
const servers = [serve(BASELINE, PORT), serve(DIST, PORT + 1)];
const site = `http://127.0.0.1:${PORT + 1}/`;
try {
  const browser = await chromium.launch(CHROMIUM);
  let loads, interactions, domChanges;
  const loadDuringInteractions = [];
  try {
    loads = await measureLoads(browser, {
      baseline: { url: `http://127.0.0.1:${PORT}/`, interactive: false },
      app: { url: site, interactive: true },
    }, RUNS, progress);
    const limit = await buildLimitPage(browser, { site, dist: DIST, dir: LIMIT, port: PORT + 2 }, INTERACTIONS, progress);
    servers.push(limit.server);
    domChanges = Object.fromEntries(Object.entries(limit.recordings).map(([id, { press }]) => [id, press.operations.length]));
    loadDuringInteractions.push(loadAverage());
    interactions = await measureInteractions(browser, { site, limit: limit.url }, INTERACTION_RUNS, progress);
    loadDuringInteractions.push(loadAverage());
  } finally {
    await browser.close();
  }
  // The baseline's scores for reference; the pages budgets.json holds to a score.
  const held = heldPages(budgets.lighthouse, DIST);
  const audits = { baseline: `http://127.0.0.1:${PORT}/` };
  for (const page of Object.keys(held)) audits[page] = site + page;
  const scores = {};
  for (const [page, url] of Object.entries(audits)) {
    progress(`Lighthouse, ${page}…`);
    scores[page] = await lighthouse(url, page.replace(/\W+/g, '-'));
  }
  const results = {
    date: new Date().toISOString(),
    runs: { load: RUNS, interactions: INTERACTION_RUNS, lighthouse: LIGHTHOUSE_RUNS },
    lighthouse_version: LIGHTHOUSE_VERSION,
    conditions: { cpu_slowdown: CPU_SLOWDOWN, network: NETWORK, viewport: PHONE.viewport, load_average: [loadAtStart, loadAverage()], load_average_interactions: loadDuringInteractions, cores: os.cpus().length },
    build: { kind: process.env.BENCH_BUILD_KIND || 'unknown', seconds: Number(process.env.BENCH_BUILD_SECONDS || NaN) },
    budgets,
    bytes: sizes(DIST, BASELINE),
    ...loads,
    interactions,
    dom_changes: domChanges,
    lighthouse: scores,
    lighthouse_budgets: held,
  };
  results.checks = verdicts(results, budgets);
  const markdown = report(results, results.checks);
  fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync('bench/results.md', markdown);
  console.log(markdown);
  const missed = results.checks.filter((check) => !check.pass);
  if (missed.length) {
    console.error(`missed budgets: ${missed.map((check) => check.label).join('; ')}`);
    process.exitCode = 1;
  }
} finally {
  servers.forEach(stop);
}
