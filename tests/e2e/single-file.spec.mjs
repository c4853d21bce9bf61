// The single-file edition (dist/refuseniks.html): opened from a file:// address with
// every request refused, it is the whole interactive explainer.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { test, expect, box, choice, word, estimates } from './fixtures.mjs';
import { DIST } from '../../playwright.config.mjs';

const SINGLE_FILE = pathToFileURL(`${DIST}/refuseniks.html`).href;
const smallest = estimates.filter((e) => e.measure === 'killed').sort((a, b) => a.high - b.high)[0];

test('opened from a file with no network, the single file is fully interactive', async ({ page }) => {
  const requests = [];
  // No network at all: anything but the file itself (and what it makes, blob: and data:) is refused.
  await page.route(/^(?!file:|blob:|data:)/, (route) => { requests.push(route.request().url()); return route.abort(); });
  await page.goto(SINGLE_FILE);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  // A note opens in place.
  const marker = page.locator('article.story .marker').first();
  await marker.click();
  await expect(page.locator(`#${await marker.getAttribute('aria-controls')}`)).toBeVisible();
  // The chart switches scale.
  // Both scales are drawn; the one shown is the visible symbol.
  const mark = page.locator(`#casualties .chart-view [data-estimate="${smallest.id}"] use:visible`);
  const linear = await box(mark);
  await page.locator('#casualties .panel-controls').getByRole('button', { name: choice('scale:log'), exact: true }).click();
  // Further right by a tenth of its track at least (the log axis spreads the small figures).
  const track = await box(page.locator(`#casualties .chart-view [data-estimate="${smallest.id}"]`).locator('xpath=ancestor::*[local-name()="svg"][1]'));
  expect((await box(mark)).left).toBeGreaterThan(linear.left + track.width / 10);
  // The data downloads as CSV, carried in the file.
  const downloading = page.waitForEvent('download');
  await page.locator('#casualties').getByRole('link', { name: word('casualties.download_csv') }).click();
  const csv = fs.readFileSync(await (await downloading).path(), 'utf8');
  expect(csv.split('\n')[0]).toMatch(/^id,source,/);
  // The comparison's controls work.
  const headlines = page.locator('#comparison').getByRole('button', { name: word('comparison.headlines_only') });
  await headlines.click();
  await expect(headlines).toHaveAttribute('aria-pressed', 'true');
  expect(requests).toEqual([]);
});

test('the single file holds everything it needs and says what it allows', async () => {
  const html = fs.readFileSync(`${DIST}/refuseniks.html`, 'utf8');
  // No reference to any other file: every src and href is inside it, a fragment, or a link out.
  const references = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  expect(references.filter((url) => !/^(#|https:\/\/|data:)/.test(url))).toEqual([]);
  expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
});
