// What a screen reader hears: the accessibility tree (roles, names, states) of the
// parts a reader works with, compared exactly with a reviewed snapshot in tests/e2e/aria/.
// After a deliberate change, UPDATE_ARIA=1 rewrites the snapshots; review the diff.
// (Playwright's toMatchAriaSnapshot would pass on a subset, so the text is compared whole.)
import fs from 'node:fs';
import { test, expect, open } from './fixtures.mjs';

async function expectHeard(locator, name) {
  const file = new URL(`./aria/${name}.yml`, import.meta.url);
  const heard = `${await locator.ariaSnapshot()}\n`;
  if (process.env.UPDATE_ARIA) fs.writeFileSync(file, heard);
  expect(heard, `the accessibility tree of ${name} (UPDATE_ARIA=1 rewrites tests/e2e/aria/${name}.yml)`).toBe(fs.readFileSync(file, 'utf8'));
}

// The tree is the same at every width, CSS only lays it out: one width is enough,
// except where the layout changes the most (the table, stacked as records on phones).
const desktopOnly = (testInfo) => test.skip(testInfo.project.name !== 'desktop', 'the tree is the same at every width');

test('the casualty panel: marks with source, date and figure; the card; the sorted table', async ({ page }, testInfo) => {
  desktopOnly(testInfo);
  await open(page);
  const panel = page.locator('#casualties');
  await panel.locator('.chart-view .mark').nth(2).click();
  await panel.locator('.panel-controls').getByRole('button', { name: 'Figure', exact: true }).click();
  await expectHeard(panel, 'casualty-panel');
  // What the snapshot does not print: the table's sort state, and how the card speaks.
  await expect(panel.locator('thead th[aria-sort="descending"]')).toHaveText(/^Figure/);
  await expect(panel.locator('#estimate-card')).toHaveAttribute('aria-live', 'polite');
});

test('a note opened from the article: its marker, the note and the announcement', async ({ page }, testInfo) => {
  desktopOnly(testInfo);
  await open(page);
  const marker = page.locator('article.story .marker').nth(3);
  await marker.click();
  const note = page.locator(`#${await marker.getAttribute('aria-controls')}`);
  await expectHeard(marker, 'note-marker-open');
  await expectHeard(note, 'note-open');
  await expectHeard(page.getByRole('status'), 'note-announcement');
});

test('the comparison table, with a cell note open', async ({ page }, testInfo) => {
  desktopOnly(testInfo);
  await open(page);
  const panel = page.locator('#comparison');
  await panel.locator('.marker').first().click();
  await expectHeard(panel, 'comparison');
});

test('the corrections list: each editor’s note, with its way to the text', async ({ page }, testInfo) => {
  desktopOnly(testInfo);
  await open(page);
  await expectHeard(page.locator('#corrections'), 'corrections');
});

test('the estimates table is heard as the same table on a phone, where it is stacked, as on a desktop', async ({ page }) => {
  await open(page);
  const panel = page.locator('#casualties');
  await panel.getByRole('group', { name: 'View', exact: true }).getByRole('button', { name: 'Table', exact: true }).click();
  await panel.getByRole('columnheader', { name: 'Figure' }).getByRole('button').click();
  await expectHeard(panel.locator('table'), 'estimates-table');
});
