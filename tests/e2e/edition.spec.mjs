// The edition as data and as a citation: the schema.org JSON-LD a search engine reads
// (this edition's dates, what it is based on, every correction the page shows), the
// "Last updated" date beside the corrections, and "Cite this page", with the day the
// reader accessed it and a copy button when JavaScript runs, and plain text without.
import { test, expect, deviceOf, open, expectAccessible, facts, word } from './fixtures.mjs';

// The running test's edition's settings (read when asked: fixtures.mjs).
const siteNow = () => facts.content.site;
const cite = (page) => page.getByRole('region', { name: word('cite.title') });
const copyButtons = [['cite.copy_page', 'citation-page'], ['cite.copy_original', 'citation-original']];

test('the schema.org data: a NewsArticle of this edition, based on the reprint, with every correction on the page', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'desktop', 'data in the head, the same at every width');
  await page.goto('./');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]);
  expect(data['@context']).toBe('https://schema.org');
  expect(data['@type']).toBe('NewsArticle');
  expect(data).toMatchObject({
    headline: siteNow().title, url: siteNow().canonical_url, datePublished: siteNow().published, dateModified: siteNow().last_modified,
    publisher: { '@type': 'Organization', name: siteNow().site_name },
    isBasedOn: { headline: siteNow().original_title ?? facts.content.article.title, url: siteNow().reprint_url, datePublished: siteNow().article_date, publisher: { name: siteNow().reprint_publisher } },
  });
  expect(JSON.stringify(data), 'no author: none was confirmed').not.toContain('"author"');
  const principles = new URL(data.publishingPrinciples);
  await expect(page.locator(principles.hash), 'publishingPrinciples names a section of the page').toHaveCount(1);
  // Every entry under Corrections and clarifications, and nothing else, in its order.
  const entries = await page.locator('#corrections li').evaluateAll((items) => items.map((li) => ({ id: li.id, text: li.textContent })));
  expect(entries.length).toBeGreaterThan(0);
  expect(data.correction.map((c) => new URL(c.url).hash)).toEqual(entries.map((e) => `#${e.id}`));
  data.correction.forEach((comment, i) => {
    expect(comment['@type']).toBe('CorrectionComment');
    expect(comment.datePublished).toBe(siteNow().published);
    expect(entries[i].text, entries[i].id).toContain(comment.text);
  });
});

test('“Last updated” beside the corrections, from siteNow().toml', async ({ page }) => {
  await open(page);
  const corrections = page.getByRole('region', { name: word('corrections.title') });
  const updated = corrections.getByText(word('corrections.last_updated', { date: facts.edition.lastUpdated }));
  await expect(updated).toBeVisible();
  await expect(updated.locator('time')).toHaveAttribute('datetime', siteNow().last_modified);
});

test('cite this page: the day it was accessed, and each copy button copies its citation', async ({ page, context }) => {
  // The reader's today, fixed: the page writes it as the edition writes its own dates.
  await page.clock.setFixedTime(new Date(`${siteNow().last_modified}T12:00:00`));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  const expected = {
    'citation-page': facts.edition.citationAccessed.replace('{date}', facts.edition.lastUpdated),
    'citation-original': facts.edition.original,
  };
  for (const [name, id] of copyButtons) {
    await expect(cite(page).locator(`#${id}`)).toHaveText(expected[id], { useInnerText: true });
    await cite(page).getByRole('button', { name: word(name) }).click();
    // The browser's Intl writes the accessed day with plain spaces where the edition
    // keeps no-break ones («4 декабря 2026 г.»): spaces are compared as spaces.
    const spaced = (text) => text.replace(/\s/g, ' ');
    await expect.poll(async () => spaced(await page.evaluate(() => navigator.clipboard.readText())), name).toBe(spaced(expected[id]));
    await expect(page.getByRole('status')).toHaveText(word('cite.copied'));
  }
  await expectAccessible(page, 'cite this page', { within: '#cite' });
});

test('without JavaScript: the citation is text to select, with its last-updated date, and no copy button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  const citation = cite(page).locator('#citation-page');
  await expect(citation).toHaveText(facts.edition.citation, { useInnerText: true });
  await expect(citation).toContainText(facts.edition.lastUpdated);
  await expect(cite(page).locator('#citation-original')).toHaveText(facts.edition.original);
  expect(await citation.evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
  for (const [name] of copyButtons) await expect(cite(page).getByRole('button', { name: word(name) })).toHaveCount(0);
  await context.close();
});
