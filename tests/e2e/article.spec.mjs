// The article itself: complete, faithful, semantic, readable at every width.
import fs from 'node:fs';
import { test, expect, deviceOf, open, facts, word, blocks, textOf } from './fixtures.mjs';
import { SITE } from '../../playwright.config.mjs';

// Pinned on purpose: the article's text is the seed's, word for word, whatever the
// editors do to the notes around it.
const original = fs.readFileSync(new URL('../fixtures/original-article.txt', import.meta.url), 'utf8')
  .split('\n').map((line) => line.trim()).filter(Boolean);
const normalise = (text) => text.replace(/\s+/g, ' ').trim();

/** The text of each block of the article, without markers or notes. */
async function blocksText(page) {
  return page.locator('article.story').evaluate((article) => {
    const copy = article.cloneNode(true);
    copy.querySelectorAll('.marker, .note, .toggle-all, .kicker, .standfirst, .origin, .panel').forEach((el) => el.remove());
    return [...copy.querySelectorAll('h1, h2, p')].map((el) => el.textContent);
  });
}

test('every paragraph, heading and the credit of the original appear word for word', async ({ page }) => {
  await open(page);
  const rendered = (await blocksText(page)).map(normalise);
  for (const line of original) {
    expect(rendered, `missing or altered: “${line.slice(0, 60)}…”`).toContain(normalise(line));
  }
  expect(rendered.length).toBe(original.length);
});

test('semantic structure: article, header, h1, an h2 per section, blockquote, credit', async ({ page }) => {
  await open(page);
  const { article } = facts.content;
  await expect(page.locator('main article header h1')).toHaveText(article.title);
  await expect(page.locator('article h2')).toHaveText(blocks('Heading'));
  const withoutNotes = (selector) => page.locator(selector).evaluateAll((elements) => elements.map((element) => {
    const copy = element.cloneNode(true);
    copy.querySelectorAll('.marker, .note, .standfirst-label').forEach((el) => el.remove());
    return copy.textContent;
  }));
  expect((await withoutNotes('article blockquote p')).map(normalise)).toEqual(blocks('Quote').map(textOf).map(normalise));
  expect((await withoutNotes('article .credit')).map(normalise)).toEqual(blocks('Credit').map(textOf).map(normalise));
  expect((await withoutNotes('header .standfirst')).map(normalise)).toEqual([normalise(textOf(article.standfirst))]);
  expect((await withoutNotes('header .origin')).map(normalise)).toEqual([normalise(textOf(article.origin))]);
});

test('a comfortable measure: 60–75 characters per line on wide screens', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'desktop', 'the measure is a desktop property; phones are narrower');
  await open(page);
  const perLine = await page.locator('article.story > p').nth(3).evaluate((p) => {
    const style = getComputedStyle(p);
    const context = document.createElement('canvas').getContext('2d');
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = p.textContent;
    return p.clientWidth / (context.measureText(text).width / text.length);
  });
  expect(perLine).toBeGreaterThanOrEqual(60);
  expect(perLine).toBeLessThanOrEqual(75);
  const lineHeight = await page.locator('article.story > p').first().evaluate((p) => parseFloat(getComputedStyle(p).lineHeight) / parseFloat(getComputedStyle(p).fontSize));
  expect(lineHeight).toBeGreaterThanOrEqual(1.5);
});

for (const width of [320, 390, 768, 1280, 2560]) {
  test(`no horizontal scrolling at ${width} px, notes closed and open`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: word('notes.show_all') }).click();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
}

// Whether dark mode stays accessible is a11y.spec.mjs's whole-page scan in each theme.
test('dark mode follows the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  expect(r + g + b).toBeLessThan(150);
});

test('no web fonts and no request to another origin', async ({ page }) => {
  const foreign = [];
  page.on('request', (request) => { if (!request.url().startsWith(SITE)) foreign.push(request.url()); });
  await open(page);
  await page.getByRole('button', { name: word('notes.show_all') }).click();
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => document.fonts.size)).toBe(0);
});

test('the prerendered page carries the whole article and every note without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('article h2')).toHaveCount(blocks('Heading').length);
  await expect(page.locator('.sources li')).toHaveCount(facts.notes.length);
  await expect(page.locator('.sources li').first().locator('.note-text').first()).toBeVisible();
  await context.close();
});
