// The standards desk's parts of the page: the standfirst marked as ours, Corrections
// and clarifications (every editor's note once, linked both ways, with and without
// JavaScript and in print), how the edition was checked, and each figure's own word.
import fs from 'node:fs';
import { test, expect, open, expectAccessible, facts, word, textOf, estimates } from './fixtures.mjs';

const corrections = (page) => page.getByRole('region', { name: word('corrections.title') });
const methodology = (page) => page.getByRole('region', { name: word('methodology.title') });
const editorsNow = () => facts.notes.filter((n) => n.kind === 'editor');

/** Every editor's note in the endnotes: its id, its number and its label. */
async function editorNotes(page) {
  return page.locator('#sources li').evaluateAll((items) => items
    .map((li, i) => ({ id: li.id.replace(/^source-/, ''), number: i + 1, kind: li.dataset.kind, label: li.querySelector('.source-label').textContent }))
    .filter((note) => note.kind === 'editor'));
}

test('the standfirst is labelled as the editors’ summary', async ({ page }) => {
  await open(page);
  const standfirst = page.locator('header .standfirst');
  const label = word('page.standfirst_label');
  await expect(standfirst).toContainText(`${label}: ${textOf(facts.content.article.standfirst).slice(0, 40)}`);
  await expect(standfirst.locator('.standfirst-label')).toBeVisible();
  await expect(standfirst.locator('.standfirst-label')).toHaveText(`${label}: `);
  await expectAccessible(page, 'article header', { within: '.story-header' });
});

test('corrections list every editor’s note once, each linked to its place in the text and back', async ({ page }) => {
  await open(page);
  const notes = await editorNotes(page);
  expect(notes.map((n) => n.id)).toEqual(editorsNow().map((n) => n.id));
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
  expect(seen).toEqual(editorsNow().map(({ id, number, label, seeInText }) => ({ id, number, label, there: seeInText,
    marker: String(number), back: word('notes.to_correction') })));
  // Follow one there and back, as a reader would: entry → marker → opened note → entry.
  const { id, seeInText, name } = editorsNow()[0];
  await entries.first().getByRole('link', { name: seeInText }).click();
  const marker = page.getByRole('button', { name, exact: true }).first();
  await expect(marker).toBeInViewport();
  await marker.click();
  await page.locator('.note:not([hidden])').getByRole('link', { name: word('notes.to_correction') }).click();
  await expect(page.locator(`#correction-${id}:target`)).toBeInViewport();
  await expectAccessible(page, 'corrections', { within: '#corrections' });
});

test('how this edition was checked; a report-an-error line only when a contact is set', async ({ page }) => {
  await open(page);
  await expect(methodology(page).locator('p').first()).toHaveText(facts.content.site.methodology);
  const report = word('methodology.report_error', { contact: '' }).slice(0, 12);
  await expect(page.getByText(report)).toHaveCount(facts.content.site.corrections_contact ? 1 : 0);
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

test('a figure charted by our reading shows the source’s word and “our reading” in row, card, table and CSV', async ({ page }) => {
  const e = estimates.find((estimate) => estimate.reading);
  const plain = estimates.find((estimate) => !estimate.reading);
  test.skip(!e || !plain, 'the data needs a figure charted by our reading and one in its own words');
  await open(page);
  const panel = page.locator('#casualties');
  const row = panel.locator(`#estimate-${e.id}`);
  await expect(row.locator('.row-meta')).toHaveText(`${e.shown.rowDate} · ${e.shown.figure} ${e.shown.word}; ${e.shown.reading}`);
  // A figure in its own measure's word says so, and claims no reading.
  await expect(panel.locator(`#estimate-${plain.id} .row-meta`)).toHaveText(`${plain.shown.rowDate} · ${plain.shown.figure} ${plain.shown.word}`);

  await row.getByRole('button', { name: e.shown.markName, exact: true }).click();
  const card = panel.getByRole('region', { name: word('casualties.card_name') });
  await expect(card).toContainText(word('casualties.sources_word', { word: e.shown.word }));
  const measure = word(`figures.phrase_${e.measure.replace(/-/g, '_')}`);
  await expect(card).toContainText(`${word('casualties.charted_as', { measure })} ${e.reading}`);

  await panel.getByRole('button', { name: facts.panel.choices['view:table'], exact: true }).click();
  const table = panel.getByRole('table');
  await expect(table.getByRole('columnheader', { name: word('casualties.column_word') })).toBeVisible();
  const tableRow = table.locator(`tr[data-estimate="${e.id}"]`);
  await expect(tableRow.getByRole('cell', { name: `${e.shown.word} ${word('casualties.table_reading', { reading: e.reading })}` })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await panel.getByRole('link', { name: word('casualties.download_csv') }).click();
  const text = fs.readFileSync(await (await downloading).path(), 'utf8');
  expect(text.split('\n')[0]).toMatch(/,counted,reading$/);
  const line = text.split('\n').find((l) => l.startsWith(`${e.id},`));
  const quoted = (field) => (/[,"\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  expect(line.endsWith(`,${quoted(e.counted)},${quoted(e.reading)}`), line).toBe(true);
});
