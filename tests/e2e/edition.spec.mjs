// The edition as data: the schema.org JSON-LD a search engine reads (this edition's
// dates, what it is based on, every correction the page shows), and the "Last updated"
// date beside the corrections.
import { test, expect, open, facts, word } from './fixtures.mjs';

const site = facts.content.site;

test('the schema.org data: a NewsArticle of this edition, based on the reprint, with every correction on the page', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'data in the head, the same at every width');
  await page.goto('./');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]);
  expect(data['@context']).toBe('https://schema.org');
  expect(data['@type']).toBe('NewsArticle');
  expect(data).toMatchObject({
    headline: site.title, url: site.canonical_url, datePublished: site.published, dateModified: site.last_modified,
    publisher: { '@type': 'Organization', name: site.site_name },
    isBasedOn: { headline: facts.content.article.title, url: site.reprint_url, datePublished: site.article_date, publisher: { name: site.reprint_publisher } },
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
    expect(comment.datePublished).toBe(site.published);
    expect(entries[i].text, entries[i].id).toContain(comment.text);
  });
});

test('“Last updated” beside the corrections, from site.toml', async ({ page }) => {
  await open(page);
  const corrections = page.getByRole('region', { name: word('corrections.title') });
  const updated = corrections.getByText(word('corrections.last_updated', { date: facts.edition.lastUpdated }));
  await expect(updated).toBeVisible();
  await expect(updated.locator('time')).toHaveAttribute('datetime', site.last_modified);
});
