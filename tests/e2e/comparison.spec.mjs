// The Vietnam / Russia comparison: a real table, pairs kept together at every width,
// one footnote system with the article, focus and headline controls.
import { test, expect, open, expectAccessible, box } from './fixtures.mjs';

const panel = (page) => page.locator('#comparison');

test('sits at “The Voices of Veterans” and pairs every dimension in one row', async ({ page }) => {
  await open(page);
  await expect(panel(page).locator('xpath=preceding-sibling::h2[1]')).toHaveText('The Voices of Veterans');
  const table = panel(page).getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Dimension', 'United States, Vietnam War, 1968–73', 'Russia, 2022']);
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(8);
  await expect(table.getByRole('rowheader')).toContainText(['Period', 'Who refused', 'Scale of refusal', 'Forms of refusal']);
  for (let i = 0; i < await rows.count(); i++) {
    const row = rows.nth(i);
    await expect(row.locator('th[scope="row"]')).toHaveCount(1);
    await expect(row.locator('td')).toHaveCount(2);
    await expect(row.locator('td.side-vietnam .cell-headline')).not.toBeEmpty();
    await expect(row.locator('td.side-russia .cell-headline')).not.toBeEmpty();
    expect(await row.locator('.marker').count(), `row ${i} cites its sources`).toBeGreaterThanOrEqual(2);
  }
  await expect(rows.filter({ hasText: 'Scale of refusal' }).locator('td.side-vietnam')).toContainText('50,000');
  await expect(rows.filter({ hasText: 'Scale of refusal' }).locator('td.side-russia')).toContainText('Brianka');
  await expect(table).toContainText('not documented in our sources');
});

test('each dimension’s two cells stay together: side by side when wide, stacked when narrow', async ({ page }, testInfo) => {
  await open(page);
  const rows = panel(page).locator('tbody tr');
  for (let i = 0; i < await rows.count(); i++) {
    const row = rows.nth(i);
    const [name, vietnam, russia] = [await box(row.locator('th')), await box(row.locator('td').first()), await box(row.locator('td').last())];
    if (testInfo.project.name === 'desktop') {
      expect(Math.abs(vietnam.top - russia.top)).toBeLessThan(2);
      expect(vietnam.right).toBeLessThanOrEqual(russia.left + 1);
    } else {
      expect(vietnam.top).toBeGreaterThanOrEqual(name.bottom - 1);
      expect(russia.top).toBeGreaterThanOrEqual(vietnam.bottom - 1);
      const next = i + 1 < await rows.count() ? await box(rows.nth(i + 1).locator('th')) : null;
      if (next) expect(next.top).toBeGreaterThanOrEqual(russia.bottom - 1);
      await expect(row.locator('td').first()).toHaveAttribute('data-side', 'United States, Vietnam War, 1968–73');
    }
  }
});

test('a footnote in a cell opens the same note as in the article', async ({ page }) => {
  await open(page);
  const cellMarker = panel(page).locator('tbody tr', { hasText: 'Scale of refusal' }).locator('td.side-vietnam .marker').first();
  const controls = await cellMarker.getAttribute('aria-controls');
  const articleMarker = page.locator('#ref-desertions-50000');
  await expect(cellMarker).toHaveAccessibleName(await articleMarker.getAttribute('aria-label'));
  await cellMarker.click();
  const cellNote = page.locator(`#${controls}`);
  await expect(cellNote).toBeVisible();
  await expect(cellNote.locator('.note-text').first()).toHaveText(await page.locator('#source-desertions-50000 .note-text').first().textContent());
  await expect(page.locator('#note-desertions-50000')).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#${controls}$`));
  await page.keyboard.press('Escape');
  await expect(cellNote).toBeHidden();
  await expect(cellMarker).toBeFocused();
});

test('focus on one dimension, then show only the headline figures', async ({ page }) => {
  await open(page);
  const rows = panel(page).locator('tbody tr');
  const all = await rows.count();
  await panel(page).getByRole('combobox', { name: 'Focus on' }).selectOption({ label: 'Scale of refusal' });
  await expect(rows.filter({ visible: true })).toHaveCount(1);
  await expect(rows.filter({ visible: true }).locator('th')).toHaveText('Scale of refusal');
  const toggle = panel(page).getByRole('button', { name: 'Headline figures only' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).locator('.cell-text:visible')).toHaveCount(0);
  await expect(panel(page).locator('.cell-headline:visible')).toHaveCount(2);
  await panel(page).getByRole('combobox', { name: 'Focus on' }).selectOption({ label: 'All dimensions' });
  await expect(rows.filter({ visible: true })).toHaveCount(all);
  await toggle.click();
  await expect(panel(page).locator('.cell-text:visible')).toHaveCount(all * 2);
});

test('axe-core: the comparison is clean, with a cell note open', async ({ page }) => {
  await open(page);
  await panel(page).locator('.marker').first().click();
  await expectAccessible(page, 'comparison with a note open', { within: '#comparison' });
});
