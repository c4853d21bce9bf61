// Static HTML first: the prerendered page without JavaScript or without its wasm,
// under a sub-path with a strict CSP, its requests, its metadata and its layout shift.
import { test, expect, deviceOf, open, facts, word, choice, blocks } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DIST, SITE, SUBPATH } from '../../playwright.config.mjs';

async function expectStaticEdition(page) {
  await expect(page.locator('article h2')).toHaveCount(blocks('Heading').length);
  await expect(page.locator('.sources li')).toHaveCount(facts.notes.length);
  await expect(page.locator('.sources li .note-text').first()).toBeVisible();
  const table = page.locator('#casualties table');
  await expect(table).toBeVisible();
  await expect(table.locator('.table-rows tr')).toHaveCount(facts.estimates.length);
  // After the estimates, the later counts of named dead, under their heading.
  if (facts.later.length) await expect(table.locator('tbody tr')).toHaveCount(facts.estimates.length + 1 + facts.later.length);
  // Its sort buttons cannot sort: they show as plain column names, and take no clicks.
  const sort = table.locator('thead .sort').first();
  expect(await sort.evaluate((el) => [getComputedStyle(el).borderTopColor, getComputedStyle(el).pointerEvents])).toEqual(['rgba(0, 0, 0, 0)', 'none']);
  await expect(page.locator('#comparison table')).toBeVisible();
  await expect(page.locator('.panel-controls').first()).toBeHidden();
  await expect(page.getByRole('button', { name: word('notes.show_all') })).toHaveCount(0);
}

/** Without the wasm a marker is a plain footnote: it takes the reader to its endnote,
 * whose back-link returns them to the marker. */
async function expectMarkersAreFootnoteLinks(page) {
  const marker = page.locator('article.story .marker').nth(2);
  await expect(marker).not.toHaveAttribute('role', 'button');
  await expect(marker).not.toHaveAttribute('aria-expanded');
  await marker.click();
  await expect(page).toHaveURL(/#source-[a-z0-9-]+$/);
  const endnote = page.locator('.sources li:target');
  await expect(endnote).toBeInViewport();
  await endnote.locator('a.backlink').click();
  await expect(marker).toBeInViewport();
}

test('JavaScript off: article, every note, the estimates table and the comparison', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expectStaticEdition(page);
  await expectMarkersAreFootnoteLinks(page);
  await context.close();
});

test('the .wasm blocked: the same static edition, with a discreet notice', async ({ browser }) => {
  const page = await browser.newPage();
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto('./');
  await expect(page.locator('html[data-static]')).toHaveCount(1);
  await expectStaticEdition(page);
  await expect(page.locator('.notice:visible')).toHaveText([word('page.notice_static')]);
  expect(uncaught).toEqual([]);
  await page.close();
});

test('opened from a file: the static edition from the first paint, naming the single file', async ({ browser }) => {
  const page = await browser.newPage();
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  // Before any of its scripts run, the page must already be static: no control shows
  // that would then do nothing.
  await page.addInitScript(() => {
    window.firstPaintState = null;
    requestAnimationFrame(() => { window.firstPaintState = document.documentElement.hasAttribute('data-static'); });
  });
  await page.goto(pathToFileURL(`${DIST}/index.html`).href);
  await expect(page.locator('html[data-from-file][data-static]')).toHaveCount(1);
  await expectStaticEdition(page);
  expect(await page.evaluate(() => window.firstPaintState)).toBe(true);
  await expect(page.locator('.notice:visible')).toHaveText([word('page.notice_from_file', { file: 'refuseniks.html' })]);
  await expect(page.locator('html[data-interactive]')).toHaveCount(0);
  await expectMarkersAreFootnoteLinks(page);
  expect(uncaught).toEqual([]);
  await page.close();
});

test('under a sub-path with the strict CSP: no violation, fully interactive', async ({ page }) => {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const failed = [];
  page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
  for (const path of ['', 'embed.html?panel=casualties']) {
    await page.goto(SUBPATH + path);
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => window.violations)).toEqual([]);
  }
  await page.goto(SUBPATH);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await page.locator('.marker').first().click();
  await expect(page.locator('.note:not([hidden])')).toHaveCount(1);
  const log = page.locator('#casualties .panel-controls').getByRole('button', { name: choice('scale:log'), exact: true });
  await log.click();
  await expect(log).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(failed).toEqual([]);
});

test('every request stays on the site’s origin and succeeds', async ({ page }) => {
  const requests = [];
  page.on('response', (response) => requests.push({ url: response.url(), status: response.status() }));
  for (const path of ['./', './embed.html?panel=article', './embed.html?panel=comparison']) {
    await open(page, path);
  }
  expect(requests.length).toBeGreaterThan(5);
  for (const { url, status } of requests) {
    expect(url.startsWith(SITE), url).toBe(true);
    expect(status, url).toBeLessThan(400);
  }
});

test('metadata: title, description, canonical, social cards, language, favicon', async ({ page }) => {
  for (const path of ['./', './embed.html']) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', facts.content.site.locale);
    await expect(page).toHaveTitle(facts.content.site.title);
    for (const selector of ['meta[name="description"]', 'link[rel="canonical"]', 'meta[property="og:title"]', 'meta[property="og:description"]',
      'meta[property="og:url"]', 'meta[property="og:type"]', 'meta[name="twitter:card"]', 'link[rel="icon"]']) {
      await expect(page.locator(selector), selector).toHaveCount(1);
    }
    // Data blocks (JSON-LD) are never run, so the CSP allows them; anything else inline is code.
    await expect(page.locator('script:not([src]):not([type="application/ld+json"])'), 'no inline script').toHaveCount(0);
    await expect(page.locator('style'), 'no inline style element').toHaveCount(0);
    await expect(page.locator('[style]'), 'no style attribute').toHaveCount(0);
  }
});

test('social card: og:image and twitter:image name the chart, a 1200×630 PNG in dist/, with its size and alt text', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'desktop', 'files and tags, the same at every width');
  await page.goto('./');
  const content = (selector) => page.locator(selector).getAttribute('content');
  const image = await content('meta[property="og:image"]');
  // Absolute, in the canonical address's folder, where dist/ is published.
  const folder = new URL('.', await page.locator('link[rel="canonical"]').getAttribute('href')).href;
  expect(image.startsWith(folder), image).toBe(true);
  const file = image.slice(folder.length);
  expect(file).toMatch(/^[\w.-]+\.png$/);
  const png = readFileSync(`${DIST}/${file}`);
  expect(png.subarray(0, 8).toString('hex'), 'a PNG signature').toBe('89504e470d0a1a0a');
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)], 'width and height from the PNG header').toEqual([1200, 630]);
  expect(await content('meta[property="og:image:width"]')).toBe('1200');
  expect(await content('meta[property="og:image:height"]')).toBe('630');
  expect(await content('meta[name="twitter:card"]')).toBe('summary_large_image');
  expect(await content('meta[name="twitter:image"]')).toBe(image);
  // The alt text says what the chart says: the panel's computed title comes first.
  expect(await content('meta[property="og:image:alt"]')).toBe(word('page.image_alt', { title: facts.panel.title, summary: facts.panel.summary }));
  for (const [name, type] of [[file, 'image/png'], [file.replace(/png$/, 'svg'), 'image/svg+xml']]) {
    const response = await page.request.get(name);
    expect(response.status(), name).toBe(200);
    expect(response.headers()['content-type'], name).toBe(type);
  }
  expect(readFileSync(`${DIST}/index.html`, 'utf8'), 'the preview\'s reload script is never built in').not.toContain('__preview');
});

test('relative asset URLs only', async ({ page }) => {
  await page.goto('./');
  const urls = await page.locator('script[src], link[href]').evaluateAll((els) => els.map((el) => el.getAttribute('src') || el.getAttribute('href')));
  for (const url of urls.filter((u) => !u.startsWith('https://example.org'))) expect(url, url).toMatch(/^\.\/[\w.-]+$/);
});

test('the wasm taking over causes no layout shift (CLS below 0.01)', async ({ page }) => {
  await page.addInitScript(() => {
    window.shift = 0;
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shift += entry.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await open(page);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.shift)).toBeLessThan(0.01);
});
