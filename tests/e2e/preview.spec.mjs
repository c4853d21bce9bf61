// The editors' preview (./x serve): a save rebuilds and reloads the open tab where the
// reader was; a content mistake shows over the last good page until it is fixed. It runs
// on a copy of content/ in a temporary folder and builds into another, so neither
// content/ nor dist/ is touched. Its project runs after the others (playwright.config.mjs);
// alone: `npx playwright test --project=preview --no-deps`.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.mjs';
import { PREVIEW_PORT } from '../../playwright.config.mjs';

const PREVIEW = `http://127.0.0.1:${PREVIEW_PORT}/`;
// A rebuild after a save takes about 6 s on an idle 2-core machine (README); a third
// of this leaves room for a busy one.
const REBUILD = 60_000;

test.describe.configure({ mode: 'serial' });

let server;
let content;
let out;
let terminal = '';

const edit = (file, change) => writeFileSync(join(content, file), change(readFileSync(join(content, file), 'utf8')));
const state = async () => (await fetch(`${PREVIEW}__preview/state`)).json();

test.beforeAll(async () => {
  // The first build compiles the development build of the page (cached after once:
  // seconds; from nothing on 2 cores, about 2 minutes).
  test.setTimeout(360_000);
  content = mkdtempSync(join(tmpdir(), 'refuseniks-content-'));
  out = join(mkdtempSync(join(tmpdir(), 'refuseniks-preview-')), 'site');
  cpSync('content', content, { recursive: true });
  server = spawn('python3', ['scripts/preview.py', '--port', String(PREVIEW_PORT), '--out', out],
    { env: { ...process.env, REFUSENIKS_CONTENT: content }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk) => { terminal += chunk; });
  await expect.poll(async () => (await state().catch(() => ({ version: 0 }))).version, { timeout: 330_000, intervals: [1000] }).toBe(1);
});

test.afterAll(() => {
  if (server) process.kill(-server.pid, 'SIGTERM');  // the server and any build it runs
  for (const dir of [content, join(out, '..')]) if (dir) rmSync(dir, { recursive: true, force: true });
});

test('saving a note reloads the page with the new text, the note still open, at the same place', async ({ page }) => {
  test.setTimeout(REBUILD);
  await page.goto(`${PREVIEW}#note-borova`);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const note = page.locator('#note-borova');
  await expect(note).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => { window.scrollBy(0, 120); resolve(); })));
  const place = await page.evaluate(() => window.scrollY);
  expect(place).toBeGreaterThan(500);

  const edited = `Edited in the preview at ${Date.now()}.`;
  const saved = Date.now();
  edit('notes.toml', (text) => text.replace(/(id = "borova"[\s\S]*?text = """\n)/, `$1${edited} `));
  await expect(note).toContainText(edited, { timeout: REBUILD - 10_000 });
  test.info().annotations.push({ type: 'save → reloaded page', description: `${((Date.now() - saved) / 1000).toFixed(1)} s` });
  await expect(page).toHaveURL(/#note-borova$/);
  await expect(note).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeCloseTo(place, -1);
  // The reload script is the preview server's alone: the build it serves has none.
  expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toContain('__preview');
});

test('a broken content file shows its file and line over the last good page until it is fixed', async ({ page }) => {
  test.setTimeout(REBUILD);
  await page.goto(PREVIEW);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const { version } = await state();
  const good = readFileSync(join(content, 'article.md'), 'utf8');
  const line = good.split('\n').findIndex((l) => l.includes('[^borova]')) + 1;
  edit('article.md', (text) => text.replace('[^borova]', '[^borova-typo]'));

  const problems = page.getByRole('alert', { name: 'Preview: the build stopped' });
  const problem = `article.md:${line}: note marker [^borova-typo] points at no note`;
  await expect(problems).toContainText(problem, { timeout: REBUILD / 3 });
  expect(terminal, 'the terminal says the same').toContain(problem);
  await page.screenshot({ path: 'tests/screenshots/preview-problems.png' });
  await expect(page.locator('#ref-borova'), 'the last good page stays under it').toBeAttached();
  expect((await state()).version, 'nothing new is served').toBe(version);

  writeFileSync(join(content, 'article.md'), good);
  await expect(problems).toHaveCount(0, { timeout: REBUILD / 3 });
});
