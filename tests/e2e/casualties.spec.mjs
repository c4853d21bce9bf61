// The casualty-estimate panel: every control, the card, the table twin, the CSV,
// and the links between the article's notes and the chart. What each shows comes
// from the facts (fixtures.mjs), so a new estimate changes what is expected, not the test.
import fs from 'node:fs';
import { test, expect, deviceOf, editionOf, open, expectAccessible, box, facts, word, choice, estimates, textOf } from './fixtures.mjs';

const panel = (page) => page.locator('#casualties');
const button = (page, key) => panel(page).locator('.panel-controls').getByRole('button', { name: choice(key), exact: true });
// The running test's edition's killed-only estimates (read when asked: fixtures.mjs).
const killedNow = () => estimates.filter((e) => e.measure === 'killed');
/** `list` in the order a sort by `key` puts it, as the page's rows carry it. */
const inOrder = (list, key, descending = false) => [...list].sort((a, b) => (descending ? -1 : 1) * (a.shown.places[key] - b.shown.places[key]));
// Escaped for a RegExp, any white space matching any (a name's no-break spaces, as the
// Russian figures have them, may reach the accessibility tree as spaces).
const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const ids = (list) => list.map((e) => `estimate-${e.id}`);
/** The ids of the chart rows the reader sees, in order. */
const shownRows = (page) => panel(page).locator('.chart-view .chart-group:visible .chart-row').evaluateAll((rows) => rows.map((row) => row.id));

test('the panel sits where the article places it, with a computed takeaway and summary', async ({ page }) => {
  await open(page);
  const { blocks } = facts.content.article;
  const before = blocks[blocks.findIndex((block) => block.Panel === 'casualties') - 1];
  const previous = panel(page).locator('xpath=preceding-sibling::p[1]');
  await expect(previous).toContainText(textOf(before.Paragraph).slice(0, 60));
  await expect(panel(page).locator('h3')).toHaveText(facts.panel.title);
  await expect(panel(page)).toHaveAccessibleName(facts.panel.title);
  await expect(panel(page).locator('.panel-summary')).toHaveText(facts.panel.summary);
});

test('sorting by date, figure and source reorders the rows', async ({ page }) => {
  await open(page);
  expect(await shownRows(page)).toEqual(ids(inOrder(killedNow(), 'date')));
  await button(page, 'sort:figure').click();
  expect(await shownRows(page)).toEqual(ids(inOrder(killedNow(), 'figure', true)));
  await panel(page).locator('.panel-controls').getByRole('button', { name: new RegExp(`^${choice('sort:figure')}`) }).click();
  expect(await shownRows(page)).toEqual(ids(inOrder(killedNow(), 'figure')));
  await button(page, 'sort:source').click();
  expect(await shownRows(page)).toEqual(ids(inOrder(killedNow(), 'source')));
});

test('the log scale moves small figures out of the corner', async ({ page }) => {
  await open(page);
  const smallest = inOrder(killedNow(), 'figure')[0];
  const mark = panel(page).locator(`.chart-view [data-estimate="${smallest.id}"]`);
  const position = async () => {
    const [b, track] = [await box(mark.locator('use:visible').first()), await box(mark.locator('xpath=..'))];
    return (b.left + b.width / 2 - track.left) / track.width;
  };
  const linear = await position();
  await button(page, 'scale:log').click();
  expect(await position()).toBeGreaterThan(linear + 0.2);
  await button(page, 'scale:linear').click();
  expect(Math.abs((await position()) - linear)).toBeLessThan(0.01);
});

test('deaths and combined casualty totals never share an axis', async ({ page }) => {
  await open(page);
  // Every group is in the page; the reader sees only those the choice shows.
  await expect(panel(page).locator('.chart-view .chart-group:visible h4')).toHaveText([word('figures.measure_killed')]);
  await expect(panel(page).locator('.chart-view .mark:visible')).toHaveCount(killedNow().length);
  await button(page, 'figures:all').click();
  await expect(panel(page).locator('.chart-view .chart-group:visible h4')).toHaveText(facts.panel.measures);
  await expect(panel(page).locator('.axis:visible')).toHaveCount(facts.panel.measures.length);
  const groups = await panel(page).locator('.chart-view .chart-group').evaluateAll((all) => all.map((group) => ({
    measure: group.dataset.measure,
    marks: [...group.querySelectorAll('.chart-rows .mark')].map((mark) => mark.dataset.estimate),
  })));
  for (const { measure, marks } of groups) {
    expect(marks.sort()).toEqual(estimates.filter((e) => e.measure === measure).map((e) => e.id).sort());
  }
});

test('the timeline shows each side’s count over time, higher figures higher', async ({ page }) => {
  test.skip(!facts.panel.timeline, 'the data gives the timeline nothing to draw');
  await open(page);
  await button(page, 'view:timeline').click();
  await expect(panel(page).locator('.timeline-view')).toBeVisible();
  await expect(panel(page).locator('.chart-view')).toBeHidden();
  await expect(panel(page).locator('.timeline-view .x-tick:visible')).toHaveText(facts.panel.timeline.months);
  await expect(panel(page).locator('.timeline-view polyline:visible')).toHaveCount(facts.panel.timeline.lines);
  // Each mark's height follows its figure, and its place across follows its date.
  const marks = await panel(page).locator('.timeline-view .mark').evaluateAll((all) => all.map((mark) => {
    const r = [...mark.querySelectorAll('use')].find((p) => p.getClientRects().length && p.getBoundingClientRect().width > 0).getBoundingClientRect();
    return { id: mark.dataset.estimate, x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }));
  expect(marks.map((m) => m.id).sort()).toEqual(killedNow().map((e) => e.id).sort());
  const data = Object.fromEntries(killedNow().map((e) => [e.id, e]));
  for (const a of marks) {
    for (const b of marks) {
      const [ea, eb] = [data[a.id], data[b.id]];
      if ((ea.low + ea.high) / 2 > (eb.low + eb.high) / 2) expect(a.y, `${a.id} above ${b.id}`).toBeLessThanOrEqual(b.y + 0.5);
      if (ea.date > eb.date) expect(a.x, `${a.id} right of ${b.id}`).toBeGreaterThanOrEqual(b.x - 0.5);
    }
  }
});

test('a mark’s card opens by keyboard, by pointer and by touch', async ({ page }, testInfo) => {
  await open(page);
  const card = panel(page).locator('#estimate-card');
  const [first, last] = [inOrder(killedNow(), 'date')[0], inOrder(killedNow(), 'date').at(-1)];
  await expect(card).toContainText(word('casualties.card_hint'));
  // Keyboard: Tab from the last control lands on the first mark.
  await button(page, 'sort:source').focus();
  await page.keyboard.press('Tab');
  const firstMark = panel(page).locator('.chart-view .mark').first();
  await expect(firstMark).toBeFocused();
  await expect(firstMark).toHaveAttribute('data-estimate', first.id);
  for (const text of [first.source, first.shown.figure, first.shown.date]) await expect(card).toContainText(text);
  if (first.url) await expect(card.getByRole('link')).toHaveAttribute('href', first.url);
  await expect(firstMark).toHaveAttribute('aria-pressed', 'true');
  // Pointer or touch on another mark.
  const other = panel(page).locator(`.chart-view [data-estimate="${last.id}"]`);
  if (deviceOf(testInfo) === 'phone') await other.tap(); else await other.hover();
  for (const text of [last.source, last.shown.figure, last.shown.date]) await expect(card).toContainText(text);
  await expect(firstMark).toHaveAttribute('aria-pressed', 'false');
  // A selected card sticks in view; closing it lets go.
  expect(await card.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  await card.getByRole('button', { name: word('casualties.card_close') }).click();
  await expect(card).toContainText(word('casualties.card_hint'));
  expect(await card.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  // WCAG 1.4.13: a card shown by hover or focus is dismissed with Escape, pointer and
  // focus staying where they are.
  await firstMark.focus();
  await expect(card).toContainText(first.source);
  await page.keyboard.press('Escape');
  await expect(card).toContainText(word('casualties.card_hint'));
  await expect(firstMark).toBeFocused();
});

test('the table twin: one click away, always present for screen readers, sortable', async ({ page }) => {
  await open(page);
  const table = panel(page).getByRole('table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('caption')).toHaveText(facts.panel.caption);
  await expect(table).not.toBeInViewport({ ratio: 0.5 }); // visually hidden, still in the tree
  await expect(page.getByRole('table', { name: facts.panel.caption })).toHaveCount(1);
  await button(page, 'view:table').click();
  await expect(table).toBeVisible();
  const rowSources = () => table.locator('.table-rows tr th').allTextContents();
  expect(await rowSources()).toEqual(inOrder(estimates, 'date').map((e) => e.source));
  const figureHeader = table.getByRole('columnheader', { name: word('casualties.column_figure') });
  await figureHeader.getByRole('button').click();
  await expect(figureHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await rowSources()).toEqual(inOrder(estimates, 'figure', true).map((e) => e.source));
  expect(await table.locator('.table-rows td.number').allTextContents()).toEqual(inOrder(estimates, 'figure', true).map((e) => e.shown.figure));
});

test('on a phone the table is stacked: each record fits the width, every value beside its column’s name', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'phone', 'on a desktop the table keeps its columns');
  await open(page);
  await button(page, 'view:table').click();
  const view = panel(page).locator('.table-view');
  expect(await view.evaluate((el) => el.scrollWidth - el.clientWidth), 'no sideways scrolling').toBeLessThanOrEqual(0);
  // The first record, as the reader sees it: its source as a heading, then name and value.
  const first = panel(page).locator('tbody tr').first();
  const labels = await first.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
  const columns = ['category', 'date', 'figure', 'counts', 'word', 'seen_at'].map((key) => word(`casualties.column_${key}`));
  expect(labels).toEqual(columns.map((name) => `"${name}" / ""`));
  const [source, category] = [await box(first.locator('th')), await box(first.locator('td').first())];
  expect(category.top, 'each cell on a line of its own, under the source').toBeGreaterThanOrEqual(source.bottom - 1);
  // The sort buttons are a bar above the records, named by it, and sorting moves the records.
  const sortBy = await panel(page).locator('thead tr').evaluate((tr) => getComputedStyle(tr, '::before').content);
  expect(sortBy).toBe(`"${word('casualties.sort_by')}" / ""`);
  const figure = panel(page).getByRole('columnheader', { name: word('casualties.column_figure') }).getByRole('button');
  expect((await box(figure)).bottom).toBeLessThanOrEqual(source.top);
  await figure.click();
  await expect(first.locator('th')).toHaveText(inOrder(estimates, 'figure', true)[0].source);
  await expect(panel(page).locator('tbody tr').first()).toBeInViewport();
  // Records off screen skip rendering only once each has been drawn, so a jump past
  // them changes no height: what lies below stays where the reader was taken.
  await expect(panel(page)).toHaveAttribute('data-records-measured', '');
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  const before = await pageHeight();
  await panel(page).getByRole('link', { name: word('casualties.download_csv') }).evaluate((link) => link.scrollIntoView());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
  expect(await pageHeight()).toBe(before);
});

test('Download the chart: the same image as the social card, as SVG and PNG', async ({ page }) => {
  await open(page);
  const svg = panel(page).getByRole('link', { name: word('casualties.download_svg') });
  const png = panel(page).getByRole('link', { name: word('casualties.download_png') });
  await expect(svg).toHaveAttribute('download', 'casualties-chart.svg');
  await expect(png).toHaveAttribute('download', 'casualties-chart.png');
  const downloading = page.waitForEvent('download');
  await png.click();
  const bytes = fs.readFileSync(await (await downloading).path());
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  const image = await (await page.request.get(await svg.getAttribute('href'))).text();
  expect(image).toMatch(/^<svg[^>]*width="1200"[^>]*height="630"/);
  // The social card is the same file.
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(/casualties-chart\.png$/);
});

test('Download data (CSV) gives every estimate', async ({ page }) => {
  await open(page);
  const downloading = page.waitForEvent('download');
  await panel(page).getByRole('link', { name: word('casualties.download_csv') }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('russian-military-deaths-2022.csv');
  const lines = fs.readFileSync(await download.path(), 'utf8').trim().split('\n');
  expect(lines[0]).toBe('id,source,outlet,category,date,low,high,measure,minimum,url,note,qualifier,counted,reading');
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(estimates.map((e) => e.id));
  for (const e of estimates) {
    expect(lines.find((line) => line.startsWith(`${e.id},`))).toContain(`,${e.date},${e.low},${e.high},${e.measure},${e.minimum},`);
  }
});

test('from an estimate note to its row in the chart, and back', async ({ page }) => {
  const e = estimates.find((estimate) => estimate.footnote && facts.notes.find((note) => note.id === estimate.footnote).inArticle);
  test.skip(!e, 'no estimate has a note in the article');
  const note = facts.notes.find((n) => n.id === e.footnote);
  await open(page);
  await page.locator(`#ref-${note.id}`).click();
  await page.locator(`#note-${note.id}`).getByRole('link', { name: word('notes.to_chart') }).click();
  const row = panel(page).locator('.chart-row:target');
  await expect(row).toHaveId(`estimate-${e.id}`);
  await expect(row).toContainText(e.shown.figure);
  await expect(row).toBeInViewport();
  await page.locator(`#note-${note.id}`).getByRole('button', { name: note.closeName }).click();
  await row.getByRole('link', { name: word('casualties.to_note_name', { number: note.number }) }).click();
  await expect(page.locator(`#note-${note.id}`)).toBeVisible();
  await expect(page.locator(`#ref-${note.id}`)).toBeInViewport();
});

// One test per view: each scan takes a third of the three (colour contrast on every
// node), so each test keeps well within a third of its timeout on a slow machine.
const VIEWS = [
  ['the chart with a card', (page) => panel(page).locator('.chart-view .mark').first().click()],
  ['the timeline', (page) => button(page, 'view:timeline').click()],
  ['the table, every measure', async (page) => {
    await button(page, 'view:table').click();
    await button(page, 'figures:all').click();
  }],
];
for (const [view, show] of VIEWS) {
  test(`axe-core: the panel is clean, ${view}`, async ({ page }) => {
    // axe weighs the Russian panel about twice as long as the English (27 s against 14 s
    // for the three views at 1280 px, three times at 390 px).
    test.slow(editionOf() !== 'en', 'axe on the Russian panel');
    await open(page);
    await show(page);
    await expectAccessible(page, view, { within: '#casualties' });
  });
}

for (const scheme of ['light', 'dark']) {
  test(`every category's marks have at least 3:1 contrast with the page (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page);
    const ratios = await panel(page).locator('.legend .symbol path').evaluateAll((paths) => {
      const rgb = (text) => text.match(/[\d.]+/g).slice(0, 3).map(Number);
      const luminance = ([r, g, b]) => {
        const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const page = luminance(rgb(getComputedStyle(document.body).backgroundColor));
      return paths.slice(0, 5).map((p) => {
        const mark = luminance(rgb(getComputedStyle(p).stroke));
        return (Math.max(mark, page) + 0.05) / (Math.min(mark, page) + 0.05);
      });
    });
    expect(ratios).toHaveLength(5);
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(3);
  });
}

test('scrolling straight to the middle of the chart keeps the reader’s place as the page draws', async ({ page }) => {
  // Parts that skip rendering until near the screen (content-visibility) must not grow
  // under the reader and push the page; this caught it when the panels did.
  await open(page);
  const link = panel(page).locator('.chart-view .chart-group:visible .chart-row').last();
  await link.scrollIntoViewIfNeeded();
  const before = await box(link);
  await page.waitForTimeout(500);
  const after = await box(link);
  expect(Math.abs(after.top - before.top)).toBeLessThan(2);
  await expect(link).toBeInViewport();
});

test('every chart row draws its axis’s gridlines and, on the killed axis, the article’s band', async ({ page }) => {
  await open(page);
  for (const scale of ['scale:linear', 'scale:log']) {
    await button(page, scale).click();
    const rows = await panel(page).locator('.chart-view .chart-group:visible .chart-row').evaluateAll((items, scale) => items.map((row) => {
      // The row's grid is its first <use>, moved to the chosen scale's grid.
      const use = row.querySelector('svg.track > use');
      const target = use && document.querySelector(use.getAttribute('href'));
      const sameGroup = target && target.closest('.chart-group') === row.closest('.chart-group');
      const axis = row.closest('.chart-group').querySelector(`.axis${scale === 'scale:log' ? '.on-log' : '.on-linear'}`);
      const chosen = target && target.closest('.axis') === axis;
      // The reused lines are drawn inside the row's own track, as wide as the track.
      const drawn = use && use.getBoundingClientRect();
      const track = row.querySelector('svg.track').getBoundingClientRect();
      // Each gridline is one stretch (M…V…) of the grid's one path.
      const lines = target ? [...target.querySelectorAll('.gridline')].reduce((n, path) => n + (path.getAttribute('d').match(/M/g) || []).length, 0) : 0;
      return { sameGroup, chosen, lines,
        band: target ? target.querySelectorAll('.band').length : 0, drawnHeight: drawn ? drawn.height : 0, trackHeight: track.height };
    }), scale);
    expect(rows).toHaveLength(killedNow().length);
    for (const row of rows) {
      expect(row.sameGroup).toBe(true);
      expect(row.chosen).toBe(true);
      expect(row.lines).toBeGreaterThan(1);
      expect(row.band).toBe(facts.panel.band ? 1 : 0); // deaths only: every row is on the killed axis
      expect(row.drawnHeight).toBeGreaterThan(row.trackHeight - 2);
    }
  }
});

test('the later counts of named dead: on the log scale, each a mark of its own with its card, and in the table', async ({ page }) => {
  test.skip(!facts.later.length, 'the data has no later counts');
  await open(page);
  const laterMark = (c) => panel(page).getByRole('button', { name: c.markName, exact: true });
  // On the linear scale they are not drawn; a line says where they are.
  await expect(laterMark(facts.later[0])).toBeHidden();
  await expect(panel(page).getByText(word('casualties.later_on_log'))).toBeVisible();
  await button(page, 'scale:log').click();
  await expect(panel(page).getByText(word('casualties.later_on_log'))).toBeHidden();
  await expect(panel(page).locator('.legend')).toContainText(word('casualties.later_legend'));
  // On the same axis as the 2022 estimates: a larger count sits further right.
  const xs = [];
  for (const c of facts.later) {
    await expect(laterMark(c)).toBeVisible();
    const b = await laterMark(c).boundingBox();
    xs.push({ figure: Number(c.figure.replace(/\D/g, '')), x: b.x + b.width / 2 });
  }
  const byFigure = [...xs].sort((a, b) => a.figure - b.figure);
  for (let i = 1; i < byFigure.length; i++) expect(byFigure[i].x).toBeGreaterThanOrEqual(byFigure[i - 1].x - 0.5);
  // A keyboard reaches each; Enter shows its card, in the source's terms.
  const last = facts.later[facts.later.length - 1];
  await laterMark(last).focus();
  await page.keyboard.press('Enter');
  const card = panel(page).locator('#estimate-card');
  await expect(card).toContainText(last.figure);
  await expect(card).toContainText(word('casualties.later_counts'));
  await expect(card).toContainText(last.note);
  await expect(laterMark(last)).toHaveAttribute('aria-pressed', 'true');
  // The table twin lists them too, under their own heading.
  await button(page, 'view:table').click();
  const table = panel(page).locator('table');
  await expect(table.getByRole('columnheader', { name: word('casualties.later_title') })).toBeVisible();
  for (const c of facts.later) await expect(table.getByRole('row', { name: new RegExp(`${escaped(c.source)}.*${escaped(c.figure)}`) })).toHaveCount(1);
});

// A row is one line of 30 px at most, so 24 death tolls (and the group's heading and
// axis, 80 px at most) fit 800 px: today's 2022 estimates; an editor's 25th makes the
// group a row taller, not the rows.
const ROW_PX = 30;
const CHROME_PX = 80;

test('at 1280 × 800 the killed comparison fits one screen, with its axis in view and 24 px targets', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'desktop', 'a wide-screen layout');
  // A design target set on the English words: some Russian sources' names wrap to a
  // second line at 1280 px (34 px a row measured), which the panel does not yet allow.
  test.skip(editionOf() !== 'en', 'set on the English words');
  await page.setViewportSize({ width: 1280, height: 800 });
  await open(page);
  const group = panel(page).locator('.chart-group[data-measure="killed"]');
  const rows = group.locator('.chart-rows .chart-row');
  const height = await group.evaluate((g) => g.getBoundingClientRect().height);
  const rowsHeight = await rows.evaluateAll((all) => all.reduce((sum, row) => sum + row.getBoundingClientRect().height, 0));
  console.log(`killed group: ${Math.round(height)} px tall at 1280 × 800, ${killedNow().length} rows`);
  expect(rowsHeight / killedNow().length).toBeLessThanOrEqual(ROW_PX);
  expect(height - rowsHeight).toBeLessThanOrEqual(CHROME_PX);
  if (killedNow().length * ROW_PX + CHROME_PX <= 800) expect(height).toBeLessThanOrEqual(800);
  // Down to its last row, the axis with its ticks stays in view.
  await rows.last().evaluate((row) => row.scrollIntoView({ block: 'end' }));
  const axis = await group.locator('.axes .axis:visible').boundingBox();
  expect(axis.y).toBeGreaterThanOrEqual(-1);
  expect(axis.y + axis.height).toBeLessThanOrEqual(800);
  // WCAG 2.5.8: every mark's target is 24 px across, and rows are 24 px or more apart.
  const marks = await group.locator('.chart-rows .mark').evaluateAll((all) => all.map((m) => {
    const r = m.getBoundingClientRect();
    return { w: r.width, h: r.height, y: r.top + r.height / 2 };
  }));
  expect(marks.length).toBe(killedNow().length);
  for (const m of marks) expect(Math.min(m.w, m.h)).toBeGreaterThanOrEqual(23.5);
  const ys = marks.map((m) => m.y).sort((a, b) => a - b);
  for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(24);
});

test('on a phone, the first five marks share the first screen with the panel’s title', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'phone', 'the phone layout');
  // A design target set on the English words: the Russian title and key run two lines
  // longer at 390 px, so three marks share its first screen (docs/screenshots/issue-28).
  test.skip(editionOf() !== 'en', 'set on the English words');
  await open(page);
  await panel(page).evaluate((p) => p.scrollIntoView({ block: 'start' }));
  const title = await panel(page).locator('h3').boundingBox();
  expect(title.y).toBeGreaterThanOrEqual(0);
  const inView = await panel(page).locator('.chart-view .mark').evaluateAll((all) => all.filter((m) => {
    const r = m.getBoundingClientRect();
    return r.width > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }).length);
  expect(inView).toBeGreaterThanOrEqual(Math.min(5, killedNow().length));
  // No sideways scroll.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
