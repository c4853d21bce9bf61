// The Vietnam / Russia comparison: a real table, pairs kept together at every width,
// one footnote system with the article, focus and headline controls. Its rows, sides
// and notes come from the facts (fixtures.mjs).
import { test, expect, deviceOf, open, expectAccessible, box, facts, word } from './fixtures.mjs';

const panel = (page) => page.locator('#comparison');
// The running test's edition's comparison (read when asked: fixtures.mjs).
const comparisonNow = () => facts.content.comparison;

test('sits where the article places it and pairs every dimension in one row', async ({ page }) => {
  await open(page);
  const { blocks } = facts.content.article;
  const heading = blocks.slice(0, blocks.findIndex((block) => block.Panel === 'comparison')).filter((block) => block.Heading).at(-1);
  if (heading) await expect(panel(page).locator('xpath=preceding-sibling::h2[1]')).toHaveText(heading.Heading);
  await expect(panel(page).locator('h3')).toHaveText(word('comparison.title'));
  const table = panel(page).getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([word('comparison.dimension'), comparisonNow().vietnam, comparisonNow().russia]);
  await expect(table.getByRole('rowheader')).toHaveText(comparisonNow().dimensions.map((d) => d.name));
  const cells = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => ({
    id: row.id,
    headlines: [...row.querySelectorAll('td .cell-headline')].map((p) => p.textContent),
    markers: row.querySelectorAll('.marker').length,
  })));
  expect(cells.map(({ id, headlines }) => ({ id, headlines }))).toEqual(comparisonNow().dimensions.map((d) => ({
    id: `dimension-${d.id}`, headlines: [d.vietnam.headline, d.russia.headline],
  })));
  // Every cell's markers are the content's: each row cites what its cells cite.
  const cited = (d) => [...d.vietnam.text, ...d.russia.text].filter((inline) => inline.Marker).length;
  expect(cells.map((c) => c.markers)).toEqual(comparisonNow().dimensions.map(cited));
});

test('each dimension’s two cells stay together: side by side when wide, stacked when narrow', async ({ page }, testInfo) => {
  await open(page);
  const rows = panel(page).locator('tbody tr');
  for (let i = 0; i < await rows.count(); i++) {
    const row = rows.nth(i);
    const [name, vietnam, russia] = [await box(row.locator('th')), await box(row.locator('td').first()), await box(row.locator('td').last())];
    if (deviceOf(testInfo) === 'desktop') {
      expect(Math.abs(vietnam.top - russia.top)).toBeLessThan(2);
      expect(vietnam.right).toBeLessThanOrEqual(russia.left + 1);
    } else {
      expect(vietnam.top).toBeGreaterThanOrEqual(name.bottom - 1);
      expect(russia.top).toBeGreaterThanOrEqual(vietnam.bottom - 1);
      const next = i + 1 < await rows.count() ? await box(rows.nth(i + 1).locator('th')) : null;
      if (next) expect(next.top).toBeGreaterThanOrEqual(russia.bottom - 1);
      await expect(row.locator('td').first()).toHaveAttribute('data-side', comparisonNow().vietnam);
      await expect(row.locator('td').last()).toHaveAttribute('data-side', comparisonNow().russia);
    }
  }
});

test('a footnote in a cell opens the same note as in the article', async ({ page }) => {
  const shared = facts.notes.find((n) => n.inArticle && n.inComparison);
  test.skip(!shared, 'no note is cited both in the article and in a cell');
  await open(page);
  const cellMarker = page.locator(`#ref-${shared.slots.find((slot) => slot.includes('--'))}`);
  const articleMarker = page.locator(`#ref-${shared.id}`);
  await expect(cellMarker).toHaveAccessibleName(shared.name);
  await expect(articleMarker).toHaveAccessibleName(shared.name);
  const controls = await cellMarker.getAttribute('aria-controls');
  await cellMarker.click();
  const cellNote = page.locator(`#${controls}`);
  await expect(cellNote).toBeVisible();
  const paragraphs = facts.content.article.notes.find((n) => n.id === shared.id).paragraphs;
  await expect(cellNote.locator('.note-text')).toHaveText(paragraphs);
  await expect(page.locator(`#note-${shared.id}`)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#${controls}$`));
  await page.keyboard.press('Escape');
  await expect(cellNote).toBeHidden();
  await expect(cellMarker).toBeFocused();
});

test('focus on one dimension, then show only the headline figures', async ({ page }) => {
  await open(page);
  const rows = panel(page).locator('tbody tr');
  const all = comparisonNow().dimensions.length;
  const chosen = comparisonNow().dimensions[Math.min(2, all - 1)];
  await panel(page).getByRole('combobox', { name: word('comparison.focus_on') }).selectOption({ label: chosen.name });
  await expect(rows.filter({ visible: true })).toHaveCount(1);
  await expect(rows.filter({ visible: true }).locator('th')).toHaveText(chosen.name);
  const toggle = panel(page).getByRole('button', { name: word('comparison.headlines_only') });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).locator('.cell-text:visible')).toHaveCount(0);
  await expect(panel(page).locator('.cell-headline:visible')).toHaveText([chosen.vietnam.headline, chosen.russia.headline]);
  await panel(page).getByRole('combobox', { name: word('comparison.focus_on') }).selectOption({ label: word('comparison.all_dimensions') });
  await expect(rows.filter({ visible: true })).toHaveCount(all);
  await toggle.click();
  await expect(panel(page).locator('.cell-text:visible')).toHaveCount(all * 2);
});

test('axe-core: the comparison is clean, with a cell note open', async ({ page }) => {
  await open(page);
  await panel(page).locator('.marker').first().click();
  await expectAccessible(page, 'comparison with a note open', { within: '#comparison' });
});
