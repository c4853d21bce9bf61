// The editors' preview (./x serve): a save rebuilds and reloads the open tab where the
// reader was; a content mistake shows over the last good page until it is fixed; and
// what an editor saves while a build runs never leaves a stale or mixed page. It runs on
// a copy of content/ in a temporary folder and builds into another, so neither content/
// nor dist/ is touched. Its project runs after the others (playwright.config.mjs);
// alone: `npx playwright test --project=preview --no-deps`.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, facts } from './fixtures.mjs';
import { PREVIEW_PORT } from '../../playwright.config.mjs';

const PREVIEW = `http://127.0.0.1:${PREVIEW_PORT}/`;
// A rebuild after a save takes about 6 s on an idle 2-core machine (README); a third
// of this leaves room for a busy one.
const REBUILD = 60_000;
// The note the tests edit: the first with a marker in the article's text.
const NOTE = facts.notes.find((note) => note.inArticle).id;

test.describe.configure({ mode: 'serial' });

let server;
let content;
let out;
let terminal = '';

const read = (file) => readFileSync(join(content, file), 'utf8');
const edit = (file, change) => writeFileSync(join(content, file), change(read(file)));
const state = async () => (await fetch(`${PREVIEW}__preview/state`)).json();
/** The note's text with `words` in front of it. */
const withWords = (text, words) => text.replace(new RegExp(`(id = "${NOTE}"[\\s\\S]*?text = """\\n)`), `$1${words} `);
const builds = () => terminal.split('preview: rebuilding').length - 1;
/** Waits until the preview starts its next build (its terminal says so). */
const buildStarts = (before) => expect.poll(builds, { timeout: REBUILD / 3, intervals: [20] }).toBeGreaterThan(before);
const served = async () => (await fetch(PREVIEW)).text();

test.beforeAll(async () => {
  // The first build compiles the development build of the page (cached after once:
  // seconds; from nothing on 2 cores, about 2 minutes).
  test.setTimeout(360_000);
  content = mkdtempSync(join(tmpdir(), 'refuseniks-content-'));
  out = join(mkdtempSync(join(tmpdir(), 'refuseniks-preview-')), 'site');
  cpSync(process.env.REFUSENIKS_CONTENT || 'content', content, { recursive: true });
  server = spawn('python3', ['scripts/preview.py', '--port', String(PREVIEW_PORT), '--out', out],
    { env: { ...process.env, REFUSENIKS_CONTENT: content }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [server.stdout, server.stderr]) stream.on('data', (chunk) => { terminal += chunk; });
  await expect.poll(async () => (await state().catch(() => ({ version: 0 }))).version, { timeout: 330_000, intervals: [1000] }).toBe(1);
});

test.afterAll(() => {
  if (server) process.kill(-server.pid, 'SIGTERM');  // the server and any build it runs
  for (const dir of [content, join(out, '..')]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A word no text holds, in letters: a figure added to an English note and not to its
 * translation would stop the build (content/ru must give the same figures). */
const stamp = () => String(Date.now()).replace(/\d/g, (d) => 'abcdefghij'[d]);

test('saving a note reloads the page with the new text, the note still open, at the same place', async ({ page }) => {
  test.setTimeout(REBUILD);
  await page.goto(`${PREVIEW}#note-${NOTE}`);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const note = page.locator(`#note-${NOTE}`);
  await expect(note).toBeVisible();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => { window.scrollBy(0, 120); resolve(); })));
  const place = await page.evaluate(() => window.scrollY);
  expect(place).toBeGreaterThan(100);

  const edited = `Edited in the preview at ${stamp()}.`;
  const saved = Date.now();
  edit('notes.toml', (text) => withWords(text, edited));
  await expect(note).toContainText(edited, { timeout: REBUILD - 10_000 });
  test.info().annotations.push({ type: 'save → reloaded page', description: `${((Date.now() - saved) / 1000).toFixed(1)} s` });
  await expect(page).toHaveURL(new RegExp(`#note-${NOTE}$`));
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
  const good = read('article.md');
  const line = good.split('\n').findIndex((l) => l.includes(`[^${NOTE}]`)) + 1;
  edit('article.md', (text) => text.replace(`[^${NOTE}]`, `[^${NOTE}-typo]`));

  const problems = page.getByRole('alert', { name: 'Preview: the build stopped' });
  const problem = `article.md:${line}: note marker [^${NOTE}-typo] points at no note`;
  await expect(problems).toContainText(problem, { timeout: REBUILD / 3 });
  expect(terminal, 'the terminal says the same').toContain(problem);
  await page.screenshot({ path: 'tests/screenshots/preview-problems.png' });
  await expect(page.locator(`#ref-${NOTE}`), 'the last good page stays under it').toBeAttached();
  expect((await state()).version, 'nothing new is served').toBe(version);

  writeFileSync(join(content, 'article.md'), good);
  await expect(problems).toHaveCount(0, { timeout: REBUILD / 3 });
});

// A build reads the content more than once (the checker, then the prerender): a change
// saved while one runs, then undone, must not leave the page built from the change.
test('a change saved during a build and undone leaves the page as the files are', async () => {
  test.setTimeout(REBUILD);
  const { version } = await state();
  const before = builds();
  const kept = `Kept at ${stamp()}.`;
  const passing = `Saved and undone at ${stamp()}.`;
  const original = read('notes.toml');
  writeFileSync(join(content, 'notes.toml'), withWords(original, kept));
  await buildStarts(before);
  writeFileSync(join(content, 'notes.toml'), withWords(original, passing));
  await new Promise((resolve) => setTimeout(resolve, 1500));  // read by any step that reads the files as they are
  writeFileSync(join(content, 'notes.toml'), withWords(original, kept));
  await expect.poll(async () => (await state()).version, { timeout: REBUILD / 2 }).toBeGreaterThan(version);
  await expect.poll(async () => (await state()).problems).toEqual([]);
  await expect.poll(served, { timeout: REBUILD / 3 }).toContain(kept);
  expect(await served()).not.toContain(passing);
});

test('a file broken and fixed during a build leaves the page as the fixed file says', async () => {
  test.setTimeout(REBUILD);
  const before = builds();
  const good = read('article.md');
  const fixed = `Fixed at ${stamp()}.`;
  writeFileSync(join(content, 'article.md'), good.replace(`[^${NOTE}]`, `[^${NOTE}-typo]`));
  await buildStarts(before);
  edit('notes.toml', (text) => withWords(text, fixed));
  writeFileSync(join(content, 'article.md'), good);
  await expect.poll(served, { timeout: REBUILD / 2 }).toContain(fixed);
  await expect.poll(async () => (await state()).problems).toEqual([]);
});
