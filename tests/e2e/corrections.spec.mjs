// The standards desk's parts of the page: the standfirst marked as ours, Corrections
// and clarifications (every editor's note once, linked both ways, with and without
// JavaScript and in print), how the edition was checked, and each figure's own word.
import fs from 'node:fs';
import { test, expect, open, expectAccessible } from './fixtures.mjs';

const corrections = (page) => page.getByRole('region', { name: 'Corrections and clarifications' });
const methodology = (page) => page.getByRole('region', { name: 'How this edition was checked' });

/** Every editor's note in the endnotes: its id, its number and its label. */
async function editorNotes(page) {
  return page.locator('#sources li').evaluateAll((items) => items
    .map((li, i) => ({ id: li.id.replace(/^source-/, ''), number: i + 1, kind: li.dataset.kind, label: li.querySelector('.source-label').textContent }))
    .filter((note) => note.kind === 'editor'));
}

test('the standfirst is labelled as the editors’ summary', async ({ page }) => {
  await open(page);
  const standfirst = page.locator('header .standfirst');
  await expect(standfirst).toHaveText(/^Editors’ summary: In 2022 Russian soldiers/);
  await expect(standfirst.getByText(/^Editors’ summary/)).toBeVisible();
  await expectAccessible(page, 'article header', { within: '.story-header' });
});

test('corrections list every editor’s note once, each linked to its place in the text and back', async ({ page }) => {
  await open(page);
  const notes = await editorNotes(page);
  expect(notes.length).toBeGreaterThanOrEqual(10);
  const entries = corrections(page).getByRole('listitem');
  await expect(entries).toHaveCount(notes.length);
  // Read in one pass: each entry's id, label, link there (to a marker showing its
  // number), and the link back from its endnote.
  const seen = await corrections(page).locator('li').evaluateAll((items) => items.map((li) => {
    const there = li.querySelector('a[href^="#"]');
    const id = li.id.replace(/^correction-/, '');
    const back = document.querySelector(`#source-${id}`)?.querySelector(`a[href="#${li.id}"]`);
    return { id, number: li.value, label: li.querySelector('.correction-label').textContent, there: there.textContent,
      marker: document.querySelector(there.getAttribute('href'))?.textContent, back: back?.textContent };
  }));
  expect(seen).toEqual(notes.map(({ id, number, label }) => ({ id, number, label, there: `See note ${number} in the text`,
    marker: String(number), back: 'Listed under Corrections and clarifications' })));
  // Follow one there and back, as a reader would: entry → marker → opened note → entry.
  const { id, number } = notes[0];
  await entries.first().getByRole('link', { name: `See note ${number} in the text` }).click();
  const marker = page.getByRole('button', { name: new RegExp(`^Note ${number}: `) }).first();
  await expect(marker).toBeInViewport();
  await marker.click();
  await page.locator('.note:not([hidden])').getByRole('link', { name: 'Listed under Corrections and clarifications' }).click();
  await expect(page.locator(`#correction-${id}:target`)).toBeInViewport();
  await expectAccessible(page, 'corrections', { within: '#corrections' });
});

test('how this edition was checked; no report-an-error line while no contact is set', async ({ page }) => {
  await open(page);
  await expect(methodology(page)).toContainText('This edition reproduces the article’s text unchanged');
  await expect(methodology(page)).toContainText('each figure shows its source’s own word for what it counted');
  await expect(page.getByText(/Found an error\?/)).toHaveCount(0);
  await expectAccessible(page, 'methodology', { within: '#methodology' });
});

test('JavaScript off, and in print: corrections and the methodology are there', async ({ browser, page }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await context.newPage();
  await staticPage.goto('./');
  const notes = await editorNotes(staticPage);
  await expect(corrections(staticPage)).toBeVisible();
  await expect(corrections(staticPage).getByRole('listitem')).toHaveCount(notes.length);
  await expect(methodology(staticPage)).toBeVisible();
  await context.close();

  await open(page);
  await page.emulateMedia({ media: 'print' });
  const entries = corrections(page).getByRole('listitem');
  await expect(entries).toHaveCount(notes.length);
  for (let i = 0; i < notes.length; i++) await expect(entries.nth(i)).toBeVisible();
  await expect(methodology(page)).toBeVisible();
});

test('the 55,110 General Staff figure shows its word, “casualties”, as our reading, in row, card, table and CSV', async ({ page }) => {
  await open(page);
  const panel = page.locator('#casualties');
  const row = panel.locator('#estimate-ua-general-staff-2022-09-21');
  await expect(row).toContainText('55,110 “casualties”; charted as killed, our reading');
  // A figure in its own measure's word says so, and claims no reading.
  await expect(panel.locator('#estimate-ru-shoigu-2022-09-21')).toContainText('5,937 “died”');
  await expect(panel.locator('#estimate-ru-shoigu-2022-09-21')).not.toContainText('our reading');
  await expect(panel.locator('#estimate-ru-komsomolskaya-pravda-2022-03-21')).toContainText('almost 10,000 “killed”');

  await row.getByRole('button', { name: /55,110 killed; the source said “casualties”, our reading/ }).click();
  const card = panel.getByRole('region', { name: 'Selected estimate' });
  await expect(card).toContainText('The source’s word: “casualties”.');
  await expect(card).toContainText('Charted as killed, our reading: Meduza calls the figure casualties');

  await panel.getByRole('button', { name: 'Table', exact: true }).click();
  const table = panel.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Source’s word' })).toBeVisible();
  const tableRow = table.getByRole('row').filter({ hasText: '55,110' });
  await expect(tableRow.getByRole('cell', { name: /^“casualties” \(our reading: Meduza calls/ })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await panel.getByRole('link', { name: 'Download data (CSV)' }).click();
  const text = fs.readFileSync(await (await downloading).path(), 'utf8');
  expect(text.split('\n')[0]).toMatch(/,counted,reading$/);
  const line = text.split('\n').find((l) => l.startsWith('ua-general-staff-2022-09-21,'));
  expect(line).toMatch(/,casualties,"Meduza calls the figure casualties; .*so we chart it as killed\."$/);
});
