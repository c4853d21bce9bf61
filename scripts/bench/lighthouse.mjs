// Lighthouse (the version package.json pins) in its own Chromium, mobile, simulated
// throttling, on every page budgets.json names (a name with `*` is a pattern of dist/
// files, so a new embed is audited without a change here). Asynchronous: the bench's servers run in this process. Each page's last
// full report is kept in bench/lighthouse/ (not committed) to see what cost a point.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { CHROMIUM } from '../../playwright.config.mjs';
import { stats } from './stats.mjs';

export const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);
export const LIGHTHOUSE_VERSION = JSON.parse(fs.readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

async function lighthouseOnce(url, name) {
  const child = spawn('node_modules/.bin/lighthouse', [url, '--output=json', '--output-path=stdout', '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=--headless=new ${CHROMIUM.args.join(' ')}`], { env: { ...process.env, CHROME_PATH: CHROMIUM.executablePath } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => { stdout += chunk; });
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const status = await new Promise((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`lighthouse failed on ${url}: ${stderr.slice(-2000)}`);
  const report = JSON.parse(stdout);
  fs.mkdirSync('bench/lighthouse', { recursive: true });
  fs.writeFileSync(`bench/lighthouse/${name}.json`, stdout);
  return Object.fromEntries(Object.entries(report.categories).map(([id, category]) => [id, Math.round(category.score * 100)]));
}

/** Each category's median score over LIGHTHOUSE_RUNS runs (one run can drop a point by
 *  chance), with the spread: { performance: { median, min, max }, … }. `name` names
 *  the saved report. */
export async function lighthouse(url, name) {
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouseOnce(url, name));
  return Object.fromEntries(CATEGORIES.map((id) => [id, stats(runs.map((run) => run[id]))]));
}

/** budgets.json's `lighthouse`, its patterns expanded over `dist`: { page: categories }.
 *  A pattern that matches nothing is an error, not a page quietly left unaudited. */
export function heldPages(budgets, dist) {
  const pages = {};
  for (const [name, categories] of Object.entries(budgets)) {
    if (!name.includes('*')) {
      pages[name] = categories;
      continue;
    }
    const pattern = new RegExp(`^${name.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`);
    const found = fs.readdirSync(dist).filter((file) => pattern.test(file) && fs.statSync(path.join(dist, file)).isFile()).sort();
    if (!found.length) throw new Error(`budgets.json: lighthouse ${name} matches no file in ${dist}/`);
    for (const page of found) pages[page] = categories;
  }
  return pages;
}
