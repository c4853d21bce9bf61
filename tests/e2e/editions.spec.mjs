// Between the editions, on each of them (playwright.config.mjs runs this spec on the
// English and on the Russian): the page's language, its hreflang alternates, the
// language switch (a plain link without JavaScript; with it, the reader's place kept),
// a translation's notice, its marks on the quotations that are our translation, and the
// sources' titles marked in their own language.
import { test, expect, deviceOf, open, facts, word, editionOf } from './fixtures.mjs';
import { SITE } from '../../playwright.config.mjs';
import { readFacts } from '../facts.mjs';

const here = () => facts.editions.find((e) => e.lang === editionOf());
const others = () => facts.editions.filter((e) => e.lang !== editionOf());
const lang = () => facts.content.site.locale;
/** A paragraph's text as the content has it: no marker, no mark, spaces as spaces. */
const textWithout = (paragraph) => paragraph.evaluate((p) => {
  const copy = p.cloneNode(true);
  copy.querySelectorAll('.marker, .note, .our-translation, .original-seen').forEach((el) => el.remove());
  return copy.textContent.replace(/\s+/g, ' ');
});
const switchTo = (page, other) => page.getByRole('navigation').getByRole('link', { name: other.readIn, exact: true });

test('each page and embed names its language and every edition of itself, the English as x-default', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'desktop', 'the head, the same at every width');
  test.skip(facts.editions.length < 2, 'one edition: nothing to link');
  for (const file of ['', 'embed.html', 'embed-article.html', 'embed-casualties.html', 'embed-comparison.html']) {
    await page.goto(`./${file}`);
    await expect(page.locator('html'), file || 'index.html').toHaveAttribute('lang', lang());
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.hreflang, l.href]));
    const expected = facts.editions.map((e) => [e.lang, new URL(file, e.canonical).href]);
    expected.push(['x-default', new URL(file, facts.editions[0].canonical).href]);
    expect(alternates, file || 'index.html').toEqual(expected);
  }
});

test('the language switch is a plain link to the other edition, in its language, that works without JavaScript', async ({ browser }) => {
  test.skip(facts.editions.length < 2, 'one edition: no switch');
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: `${SITE}${here().folder}` });
  const page = await context.newPage();
  await page.goto('./');
  for (const other of others()) {
    const link = switchTo(page, other);
    await expect(link).toHaveAttribute('lang', other.lang);
    await expect(link).toHaveAttribute('hreflang', other.lang);
  }
  const other = others()[0];
  await switchTo(page, other).click();
  await expect(page).toHaveURL(`${SITE}${other.folder}`);
  await expect(page.locator('html')).toHaveAttribute('lang', other.lang);
  await expect(page.locator('h1')).toHaveText(readFacts(other.lang).content.article.title);
  await context.close();
});

test('the language switch keeps the open note, and else the section being read', async ({ page }, testInfo) => {
  test.skip(facts.editions.length < 2, 'one edition: no switch');
  const other = others()[0];
  const theirs = readFacts(other.lang);
  await open(page);
  // The open note: the address bar names it, and the other edition opens the same one.
  const note = facts.notes.find((n) => n.inArticle);
  const marker = page.locator(`#ref-${note.slots[0]}`);
  await (deviceOf(testInfo) === 'phone' ? marker.tap() : marker.click());
  await expect(page).toHaveURL(new RegExp(`#note-${note.slots[0]}$`));
  await switchTo(page, other).click();
  await expect(page).toHaveURL(`${SITE}${other.folder}#note-${note.slots[0]}`);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const opened = theirs.notes.find((n) => n.id === note.id);
  const theirMarker = page.locator(`#ref-${note.slots[0]}`);
  await expect(theirMarker).toHaveAccessibleName(opened.name);
  await expect(theirMarker).toHaveAttribute('aria-expanded', 'true');
  // No note open: the section the reader has scrolled to.
  await page.goto(`${SITE}${here().folder}`);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const section = facts.content.article.sections.at(-1);
  await page.locator(`#${section}`).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await switchTo(page, other).click();
  await expect(page).toHaveURL(`${SITE}${other.folder}#${section}`);
  await expect(page.locator(`#${section}`)).toBeInViewport();
});

test('a translation says what it is at the top, with links to the original and to the English edition', async ({ page }) => {
  const { notice, original_title: originalTitle, reprint_url: reprint } = facts.content.site;
  test.skip(!notice, 'the English edition is the original’s');
  await open(page);
  const main = page.getByRole('main');
  const top = main.locator('p').first();
  const english = facts.editions[0];
  await expect(top).toContainText(notice.split('{original}')[0].trim());
  const original = top.getByRole('link', { name: originalTitle });
  await expect(original).toHaveAttribute('href', reprint);
  await expect(original.locator('[lang="en"]')).toHaveText(originalTitle);
  const toEnglish = top.getByRole('link', { name: english.title });
  await expect(toEnglish.locator('[lang="en"]')).toHaveText(english.title);
  await toEnglish.click();
  await expect(page).toHaveURL(`${SITE}${english.folder}`);
  await expect(page.locator('html')).toHaveAttribute('lang', english.lang);
});

test('every quotation that is our translation says so, to the eye and to a screen reader', async ({ page }) => {
  const ours = facts.content.ours.filter((q) => q.place.Paragraph);
  test.skip(ours.length === 0, 'no quotation in our words here');
  await open(page);
  // Paragraphs and block quotations, in order, as quotations.toml counts them (¶N).
  const paragraphs = page.locator('article.story > p:not(.credit), article.story > blockquote > p');
  const mark = word('page.our_translation_mark');
  const said = word('page.our_translation');
  const marked = new Set(ours.map((q) => q.place.Paragraph));
  const count = await paragraphs.count();
  for (let n = 1; n <= count; n++) {
    const paragraph = paragraphs.nth(n - 1);
    const marks = paragraph.locator('.our-translation');
    if (!marked.has(n)) {
      await expect(marks, `¶${n}`).toHaveCount(0);
      continue;
    }
    for (const q of ours.filter((o) => o.place.Paragraph === n)) {
      const text = await textWithout(paragraph);
      expect(text, `¶${n}`).toContain(q.words.replace(/\s+/g, ' '));
    }
    await expect(marks.first().locator('[aria-hidden="true"]'), `¶${n}`).toHaveText(mark);
    await expect(marks.first().locator('.visually-hidden'), `¶${n}`).toHaveText(said);
    await expect(marks.first()).toBeVisible();
  }
});

test('a source’s title is marked with its own language where it is not the page’s', async ({ page }) => {
  await open(page);
  const titled = facts.notes.flatMap((n) => n.links.filter((l) => l.title).map((l) => ({ ...l, note: n.id })));
  expect(titled.length).toBeGreaterThan(0);
  for (const link of titled) {
    const title = page.locator(`#source-${link.note} a[href="${link.url}"] span`, { hasText: link.title }).first();
    if (link.titleLang === lang()) await expect(title, link.title).not.toHaveAttribute('lang', /./);
    else await expect(title, link.title).toHaveAttribute('lang', link.titleLang);
  }
});

test('every edition loads the same assets and the one wasm, from the top of the site, and its own social card', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'desktop', 'files, the same at every width');
  const requests = [];
  page.on('response', (response) => requests.push({ url: response.url(), status: response.status() }));
  await open(page);
  const wasm = requests.filter((r) => r.url.endsWith('.wasm'));
  expect(wasm, 'one wasm').toHaveLength(1);
  expect(new URL(wasm[0].url).pathname.split('/').length, 'at the top of the site').toBe(2);
  for (const { url, status } of requests) {
    expect(url.startsWith(SITE), url).toBe(true);
    expect(status, url).toBeLessThan(400);
  }
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const folder = new URL('.', await page.locator('link[rel="canonical"]').getAttribute('href')).href;
  expect(image).toBe(`${folder}casualties-chart.png`);
  expect(folder).toBe(here().canonical);
  const png = await page.request.get('./casualties-chart.png');
  expect(png.status()).toBe(200);
  expect((await page.request.get('./russian-military-deaths-2022.csv')).status()).toBe(200);
  expect((await page.request.get('./refuseniks.html')).status()).toBe(200);
});

test('every quotation in the Russian words found cites where they were seen', async ({ page }) => {
  const originals = facts.content.originals.filter((q) => q.place.Paragraph);
  test.skip(originals.length === 0, 'no original words here');
  await open(page);
  const paragraphs = page.locator('article.story > p:not(.credit), article.story > blockquote > p');
  for (const q of originals) {
    const paragraph = paragraphs.nth(q.place.Paragraph - 1);
    expect(await textWithout(paragraph), `¶${q.place.Paragraph}`).toContain(q.words.replace(/\s+/g, ' '));
    const name = word(q.report ? 'page.report_seen' : 'page.original_seen');
    await expect(paragraph.getByRole('link', { name, exact: true }).first(), q.words).toHaveAttribute('href', q.seen);
  }
});
