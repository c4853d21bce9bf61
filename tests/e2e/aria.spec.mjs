// What a screen reader hears: the accessibility tree (roles, names, states) of the parts a
// reader works with, compared exactly with a reviewed template in tests/e2e/aria/, filled
// from the facts (aria/template.mjs). Playwright's toMatchAriaSnapshot would pass on a
// subset, so the tree is compared whole, in a canonical form. After a deliberate change
// to the tree, edit the template; DUMP_ARIA=1 writes what was heard beside it, to compare.
import fs from 'node:fs';
import { test, expect, deviceOf, open, facts, word, choice, estimates } from './fixtures.mjs';
import { canonical, fill } from './aria/template.mjs';

async function expectHeard(locator, name, context) {
  const heard = canonical(await locator.ariaSnapshot());
  const expected = fill(fs.readFileSync(new URL(`./aria/${name}.yml`, import.meta.url), 'utf8'), context);
  if (process.env.DUMP_ARIA) fs.writeFileSync(new URL(`../../test-results/${name}.heard.yml`, import.meta.url), `${heard.join('\n')}\n`);
  expect(heard.join('\n'), `the accessibility tree of ${name} (tests/e2e/aria/${name}.yml)`).toBe(expected.join('\n'));
}

const opens = word('page.opens_in_new_tab');
const killed = estimates.filter((e) => e.measure === 'killed');
const inOrder = (list, key, descending = false) => [...list].sort((a, b) => (descending ? -1 : 1) * (a.shown.places[key] - b.shown.places[key]));
const noteOf = (id) => facts.notes.find((note) => note.id === id);
const slotOf = (key) => facts.content.slots.find((slot) => slot.key === key);

/** A note's body as it is heard once open: its kind and text, then each source, then
 * its links to the corrections and the chart (lines of a canonical snapshot). */
function noteBody(id) {
  const note = noteOf(id);
  const paragraphs = facts.content.article.notes.find((n) => n.id === id).paragraphs;
  const items = [{ text: `${note.kindTitle} ${paragraphs.join(' ')}` }];
  const link = (name, url) => items.push({ lines: [`- link "${name}":`, `  - /url: ${url}`] });
  for (const source of note.links) {
    if (source.title) {
      items.push({ text: `${source.outlet},` });
      link(word('page.quoted', { title: source.title }), source.url);
    } else {
      link(source.outlet, source.url);
    }
    // The date is text (no <time>): what follows the link is one run.
    items.push({ text: source.date ? `, ${source.date}.` : '.' });
  }
  if (note.kind === 'editor') link(word('notes.to_correction'), `#correction-${id}`);
  for (const e of estimates.filter((estimate) => estimate.footnote === id)) link(word('notes.to_chart'), `#estimate-${e.id}`);
  const lines = [];
  for (const [i, item] of items.entries()) {
    if (item.text === undefined) lines.push(...item.lines);
    else if (i > 0 && items[i - 1].text !== undefined) lines[lines.length - 1] += ` ${item.text}`;
    else lines.push(`- text: ${item.text}`);
  }
  return lines;
}

function noteContext(slot) {
  return { note: { ...noteOf(slot.note), body: noteBody(slot.note) }, close: word('notes.close') };
}

/** A cell's text as heard: its runs of text and its markers, the open one with its note. */
function cellText(inlines, openSlot) {
  const children = [];
  for (const inline of inlines) {
    if (inline.Text !== undefined) {
      if (inline.Text.trim()) children.push(`- text: ${inline.Text.trim()}`);
      continue;
    }
    const note = noteOf(inline.Marker.note);
    if (inline.Marker.slot !== openSlot) {
      children.push(`- button "${note.name}": ${note.number}`);
      continue;
    }
    children.push(`- button "${note.name}" [expanded]: ${note.number}`, `- note "${note.name}":`);
    children.push(...noteBody(note.id).map((line) => `  ${line}`), `  - button "${note.closeName}": ${word('notes.close')}`);
  }
  const only = children.length === 1 && children[0].startsWith('- text: ');
  return only ? [children[0].replace('- text: ', '- paragraph: ')] : ['- paragraph:', ...children.map((line) => `  ${line}`)];
}

/** The estimates table sorted by figure, largest first, as heard. */
function tableContext() {
  const sortable = ['source', 'date', 'figure'];
  return {
    caption: facts.panel.caption,
    columns: ['source', 'category', 'date', 'figure', 'counts', 'word', 'seen_at'].map((key) => ({ name: word(`casualties.column_${key}`), sortable: sortable.includes(key) })),
    rows: inOrder(estimates, 'figure', true).map((e) => ({
      source: e.source, category: e.shown.category, date: e.shown.date, figure: e.shown.figure, measure: e.shown.measure,
      word: e.reading ? `${e.shown.word} ${word('casualties.table_reading', { reading: e.reading })}` : e.shown.word,
      outlet: e.outlet, url: e.url,
    })),
    later: facts.later.length ? {
      title: word('casualties.later_title'),
      rows: facts.later.map((c) => ({ source: c.source, date: c.date, figure: c.figure, counts: word('casualties.later_counts'), outlet: c.outlet, url: c.url })),
    } : null,
  };
}

// The tree is the same at every width, CSS only lays it out: one width is enough,
// except where the layout changes the most (the table, stacked as records on phones).
const desktopOnly = (testInfo) => test.skip(deviceOf(testInfo) !== 'desktop', 'the tree is the same at every width');

test('the casualty panel: marks with source, date and figure; the card; the sorted table', async ({ page }, testInfo) => {
  desktopOnly(testInfo);
  await open(page);
  const panel = page.locator('#casualties');
  await panel.locator('.chart-view .mark').nth(2).click();
  await panel.locator('.panel-controls').getByRole('button', { name: choice('sort:figure'), exact: true }).click();
  const selected = inOrder(killed, 'date')[2];
  const sortedDescending = `${choice('sort:figure')} ${word('casualties.sorted_descending')}`;
  const controls = [
    ['view', ['view:chart', 'view:timeline', 'view:table'], 'view:chart'],
    ['scale', ['scale:linear', 'scale:log'], 'scale:linear'],
    ['figures', ['figures:deaths', 'figures:all'], 'figures:deaths'],
    ['sort', ['sort:date', 'sort:figure', 'sort:source'], 'sort:figure'],
  ].map(([group, keys, pressed]) => ({
    name: facts.panel.groups[group],
    buttons: keys.map((key) => ({ name: key === 'sort:figure' ? sortedDescending : choice(key), pressed: key === pressed })),
  }));
  const categories = ['russia', 'ukraine', 'west', 'independent', 'article'].map((key) => word(`figures.category_${key}`));
  // At this width (desktop) the key explains the †; the later counts' entry shows on the log scale only.
  const legend = [...categories, word('casualties.legend_hollow'), ...(facts.panel.band ? [facts.panel.band] : []), word('casualties.legend_quoted'), word('casualties.legend_reading')];
  const rows = inOrder(killed, 'figure', true).map((e) => {
    const note = e.footnote && noteOf(e.footnote).inArticle ? noteOf(e.footnote) : null;
    return {
      // At this width the reading is visually hidden, a box of its own: the tree puts a space before it.
      text: `${e.source} ${e.shown.rowDate} · ${e.shown.figure} ${e.shown.word}${e.shown.reading ? ` ; ${e.shown.reading}` : ''}`,
      note: note && { name: word('casualties.to_note_name', { number: note.number }), url: `#note-${note.slots[0]}`, text: word('casualties.to_note', { number: note.number }) },
      mark: e.shown.markName,
      pressed: e.id === selected.id,
    };
  });
  const measure = word(`figures.phrase_${selected.measure.replace(/-/g, '_')}`);
  const card = {
    name: word('casualties.card_name'), source: selected.source, figure: `${selected.shown.figure} ${measure}`,
    word: word('casualties.sources_word', { word: selected.shown.word }), reading: selected.reading,
    chartedAs: word('casualties.charted_as', { measure }), category: selected.shown.category, date: selected.shown.date,
    note: selected.note, url: selected.url, close: word('casualties.card_close'),
    seenAt: word(selected.url ? 'casualties.seen_at' : 'casualties.seen_at_no_link', { outlet: selected.outlet }),
  };
  const table = fill(fs.readFileSync(new URL('./aria/estimates-table.yml', import.meta.url), 'utf8'), { table: tableContext() });
  const downloads = [['download_csv', './russian-military-deaths-2022.csv'], ['download_svg', './casualties-chart.svg'], ['download_png', './casualties-chart.png']]
    .map(([key, url]) => ({ name: word(`casualties.${key}`), url }));
  // On the linear scale the later counts are not drawn: a line says where they are.
  const later = { onLinear: facts.later.length ? word('casualties.later_on_log') : null };
  await expectHeard(panel, 'casualty-panel', {
    panel: { title: facts.panel.title, summary: facts.panel.summary, controls, legend: { name: word('casualties.legend'), items: legend }, killed: word('figures.measure_killed'), rows },
    card, table, downloads, later,
    embed: word('embed.this_name', { part: word('embed.part_casualties') }), embedText: word('embed.this'),
  });
  // What the snapshot does not print: the table's sort state, and how the card speaks.
  await expect(panel.locator('thead th[aria-sort="descending"]')).toHaveText(word('casualties.column_figure'));
  await expect(panel.locator('#estimate-card')).toHaveAttribute('aria-live', 'polite');
});

test('a note opened from the article: its marker, the note and the announcement', async ({ page }, testInfo) => {
  desktopOnly(testInfo);
  await open(page);
  const slot = facts.content.slots.filter((s) => s.key === s.note)[Math.min(3, facts.notes.length - 1)];
  const marker = page.locator(`#ref-${slot.key}`);
  await marker.click();
  const note = page.locator(`#${await marker.getAttribute('aria-controls')}`);
  const context = noteContext(slot);
  await expectHeard(marker, 'note-marker-open', context);
  await expectHeard(note, 'note-open', context);
  await expectHeard(page.getByRole('status'), 'note-announcement', context);
});

test('the comparison table, with a cell note open', async ({ page }, testInfo) => {
  desktopOnly(testInfo);
  await open(page);
  const panel = page.locator('#comparison');
  const first = panel.locator('.marker').first();
  await first.click();
  const openSlot = (await first.getAttribute('id')).replace(/^ref-/, '');
  expect(slotOf(openSlot)).toBeTruthy();
  const { comparison } = facts.content;
  await expectHeard(panel, 'comparison', {
    title: word('comparison.title'),
    summary: facts.comparison.summary,
    focusOn: word('comparison.focus_on'), allDimensions: word('comparison.all_dimensions'), headlinesOnly: word('comparison.headlines_only'),
    caption: word('comparison.caption'), dimension: word('comparison.dimension'), vietnam: comparison.vietnam, russia: comparison.russia,
    dimensions: comparison.dimensions.map((d) => ({
      name: d.name,
      vietnam: { headline: d.vietnam.headline, text: cellText(d.vietnam.text, openSlot) },
      russia: { headline: d.russia.headline, text: cellText(d.russia.text, openSlot) },
    })),
    downloads: [['download_svg', './comparison-chart.svg'], ['download_png', './comparison-chart.png']].map(([key, url]) => ({ name: word(`comparison.${key}`), url })),
    embed: word('embed.this_name', { part: word('embed.part_comparison') }), embedText: word('embed.this'),
  });
});

test('the corrections list: each editor’s note, with its way to the text', async ({ page }, testInfo) => {
  desktopOnly(testInfo);
  await open(page);
  const entries = facts.notes.filter((note) => note.kind === 'editor').map((note) => ({
    text: `${note.label} ${facts.content.article.notes.find((n) => n.id === note.id).paragraphs.join(' ')}`,
    seeInText: note.seeInText,
    url: `#ref-${note.slots[0]}`,
  }));
  const [before, after] = word('corrections.last_updated', { date: '\u0000' }).split('\u0000');
  const updated = { before: before.trim(), date: facts.edition.lastUpdated, after: after.trim() };
  await expectHeard(page.locator('#corrections'), 'corrections', { title: word('corrections.title'), intro: word('corrections.intro'), updated, entries });
});

test('the estimates table is heard as the same table on a phone, where it is stacked, as on a desktop', async ({ page }) => {
  await open(page);
  const panel = page.locator('#casualties');
  await panel.getByRole('group', { name: facts.panel.groups.view, exact: true }).getByRole('button', { name: choice('view:table'), exact: true }).click();
  await panel.getByRole('columnheader', { name: word('casualties.column_figure') }).getByRole('button').click();
  await expectHeard(panel.locator('table'), 'estimates-table', { table: tableContext() });
});

test('every link out says, as its description, that it opens in a new tab', async ({ page }, testInfo) => {
  desktopOnly(testInfo);
  await open(page);
  await page.locator('#casualties .chart-view .mark').first().click();
  const links = page.locator('a[target="_blank"]');
  const undescribed = await links.evaluateAll((all) => all.filter((a) => {
    const by = a.getAttribute('aria-describedby');
    return !by || !document.getElementById(by);
  }).map((a) => a.href));
  expect(undescribed).toEqual([]);
  // What a screen reader hears, on one in a note, one in the card and one in the table.
  for (const link of [page.locator('#sources a[target="_blank"]').first(), page.locator('#estimate-card a[target="_blank"]').first()]) {
    await expect(link).toHaveAccessibleDescription(opens);
  }
});
