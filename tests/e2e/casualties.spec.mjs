// The casualty-estimate panel: every control, the card, the table twin, the CSV,
// and the links between the article's notes and the chart.
import fs from 'node:fs';
import { test, expect, open, expectAccessible, box } from './fixtures.mjs';

const panel = (page) => page.locator('#casualties');
const button = (page, name) => panel(page).locator('.panel-controls').getByRole('button', { name, exact: true });

/** What the reader sees in each chart row: source, date and the (largest) figure. */
async function rows(page) {
  return panel(page).locator('.chart-view .chart-group:visible .chart-row').evaluateAll((items) => items.map((row) => {
    const meta = row.querySelector('.row-meta').textContent;
    const [date, figure] = meta.split(' · ');
    const numbers = figure.match(/[\d,]+/g).map((n) => Number(n.replace(/,/g, '')));
    return { source: row.querySelector('.row-source').textContent, date: Date.parse(date), high: Math.max(...numbers) };
  }));
}

test('the panel sits where the article gives the range, with a computed takeaway and summary', async ({ page }) => {
  await open(page);
  const previous = panel(page).locator('xpath=preceding-sibling::p[1]');
  await expect(previous).toContainText('death estimates range from 1,500');
  await expect(panel(page).locator('h3')).toHaveText(/^By September 2022, official estimates of Russian deaths differed \d+-fold$/);
  await expect(panel(page)).toHaveAccessibleName(/differed \d+-fold/);
  await expect(panel(page).locator('.panel-summary')).toContainText('Russian government, 1,351 (25 March 2022)');
  await expect(panel(page).locator('.panel-summary')).toContainText('the article judged 15,000–20,000 most likely');
  await expect(panel(page).locator('.later li')).toHaveCount(6);
});

test('sorting by date, figure and source reorders the rows', async ({ page }) => {
  await open(page);
  let shown = await rows(page);
  expect(shown.length).toBeGreaterThanOrEqual(16);
  expect(shown.map((r) => r.date)).toEqual([...shown.map((r) => r.date)].sort((a, b) => a - b));
  await button(page, 'Figure').click();
  shown = await rows(page);
  expect(shown.map((r) => r.high)).toEqual([...shown.map((r) => r.high)].sort((a, b) => b - a));
  await button(page, /^Figure/).click();
  shown = await rows(page);
  expect(shown.map((r) => r.high)).toEqual([...shown.map((r) => r.high)].sort((a, b) => a - b));
  await button(page, 'Source').click();
  shown = await rows(page);
  const names = shown.map((r) => r.source.toLowerCase());
  expect(names).toEqual([...names].sort());
});

test('the log scale moves small figures out of the corner', async ({ page }) => {
  await open(page);
  const mark = panel(page).locator('.chart-view .mark[aria-label*="1,351"]');
  const track = await box(mark.locator('xpath=..'));
  const linear = await box(mark);
  await button(page, 'Log').click();
  const log = await box(mark);
  const position = (b) => (b.left + b.width / 2 - track.left) / track.width;
  expect(position(linear)).toBeLessThan(0.05);
  expect(position(log)).toBeGreaterThan(0.3);
  await button(page, 'Linear').click();
  expect(Math.abs(position(await box(mark)) - position(linear))).toBeLessThan(0.01);
});

test('deaths and combined casualty totals never share an axis', async ({ page }) => {
  await open(page);
  // Every group is in the page; the reader sees only those the choice shows.
  await expect(panel(page).locator('.chart-view .chart-group:visible h4')).toHaveText(['Killed']);
  await expect(panel(page).locator('.chart-view .mark[aria-label*="killed and wounded"]:visible')).toHaveCount(0);
  await button(page, 'All casualty figures').click();
  await expect(panel(page).locator('.chart-view .chart-group:visible h4')).toHaveText(['Killed', 'Killed and wounded', 'Killed, wounded, captured, missing or deserted']);
  await expect(panel(page).locator('.chart-group').nth(1)).toContainText('Kahl');
  await expect(panel(page).locator('.chart-group').nth(0).locator('.mark[aria-label*="wounded"]')).toHaveCount(0);
  await expect(panel(page).locator('.axis:visible')).toHaveCount(3);
});

test('the timeline shows each side’s count growing, March to September', async ({ page }) => {
  await open(page);
  await button(page, 'Timeline').click();
  await expect(panel(page).locator('.timeline-view')).toBeVisible();
  await expect(panel(page).locator('.chart-view')).toBeHidden();
  await expect(panel(page).locator('.timeline-view .x-tick:visible').first()).toHaveText('Mar');
  await expect(panel(page).locator('.timeline-view .x-tick:visible').last()).toHaveText('Oct');
  await expect(panel(page).locator('.timeline-view polyline:visible')).toHaveCount(4);
  // Ukraine's claims rise over time: later marks sit higher.
  const ukraine = await panel(page).locator('.timeline-view .mark.cat-ukraine').evaluateAll((marks) => marks.map((m) => {
    const r = m.getBoundingClientRect();
    return { x: r.left, y: r.top };
  }));
  expect(ukraine.length).toBeGreaterThanOrEqual(6);
  const byX = [...ukraine].sort((a, b) => a.x - b.x);
  expect(byX[byX.length - 1].y).toBeLessThan(byX[0].y);
});

test('a mark’s card opens by keyboard, by pointer and by touch', async ({ page }, testInfo) => {
  await open(page);
  const card = panel(page).locator('#estimate-card');
  await expect(card).toContainText('Select a mark');
  // Keyboard: Tab from the last control lands on the first mark.
  await button(page, 'Source').focus();
  await page.keyboard.press('Tab');
  const first = panel(page).locator('.chart-view .mark').first();
  await expect(first).toBeFocused();
  await expect(card).toContainText('Russian Ministry of Defence');
  await expect(card).toContainText('498');
  await expect(card).toContainText('2 March 2022');
  await expect(card.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  // Pointer or touch on another mark.
  const other = panel(page).locator('.chart-view .mark[aria-label*="CIA"]');
  if (testInfo.project.name === 'phone') await other.tap(); else await other.hover();
  await expect(card).toContainText('CIA Director William Burns');
  await expect(card).toContainText('15,000');
  await expect(card).toContainText('killed');
  await expect(first).toHaveAttribute('aria-pressed', 'false');
  // A selected card sticks in view; closing it lets go.
  expect(await card.evaluate((el) => getComputedStyle(el).position)).toBe('sticky');
  await card.getByRole('button', { name: 'Close details' }).click();
  await expect(card).toContainText('Select a mark');
  expect(await card.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  // WCAG 1.4.13: a card shown by hover or focus is dismissed with Escape, pointer and
  // focus staying where they are.
  await first.focus();
  await expect(card).toContainText('Russian Ministry of Defence');
  await page.keyboard.press('Escape');
  await expect(card).toContainText('Select a mark');
  await expect(first).toBeFocused();
});

test('the table twin: one click away, always present for screen readers, sortable', async ({ page }) => {
  await open(page);
  const table = panel(page).getByRole('table');
  await expect(table).toHaveCount(1);
  await expect(table.locator('caption')).toContainText('Estimates of Russian military deaths and casualties');
  await expect(table).not.toBeInViewport({ ratio: 0.5 }); // visually hidden, still in the tree
  await expect(page.getByRole('table', { name: /Estimates of Russian military deaths/ })).toHaveCount(1);
  await button(page, 'Table').click();
  await expect(table).toBeVisible();
  const body = table.locator('tbody tr');
  expect(await body.count()).toBeGreaterThanOrEqual(16);
  await expect(body.first().locator('th')).toHaveText('Russian Ministry of Defence');
  const figureHeader = table.locator('thead th').nth(3);
  await expect(figureHeader).toHaveText('Figure');
  await figureHeader.getByRole('button').click();
  await expect(figureHeader).toHaveAttribute('aria-sort', 'descending');
  const highs = (await body.locator('td.number').allTextContents()).map((t) => Math.max(...t.match(/[\d,]+/g).map((n) => Number(n.replace(/,/g, '')))));
  expect(highs).toEqual([...highs].sort((a, b) => b - a));
  expect(highs[0]).toBe(80000);
});

test('on a phone the table is stacked: each record fits the width, every value beside its column’s name', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'phone', 'on a desktop the table keeps its columns');
  await open(page);
  await button(page, 'Table').click();
  const view = panel(page).locator('.table-view');
  expect(await view.evaluate((el) => el.scrollWidth - el.clientWidth), 'no sideways scrolling').toBeLessThanOrEqual(0);
  // The first record, as the reader sees it: its source as a heading, then name and value.
  const first = panel(page).locator('tbody tr').first();
  const labels = await first.locator('td').evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, '::before').content));
  expect(labels).toEqual(['Category', 'Date', 'Figure', 'What it counts', 'Source’s word', 'Seen at'].map((name) => `"${name}" / ""`));
  const [source, category] = [await box(first.locator('th')), await box(first.locator('td').first())];
  expect(category.top, 'each cell on a line of its own, under the source').toBeGreaterThanOrEqual(source.bottom - 1);
  // The sort buttons are a bar above the records, and sorting moves the records.
  const figure = panel(page).getByRole('columnheader', { name: 'Figure' }).getByRole('button');
  expect((await box(figure)).bottom).toBeLessThanOrEqual(source.top);
  await figure.click();
  await expect(first.locator('th')).toHaveText('UK Defence Secretary Ben Wallace, speech to Parliament');
  await expect(panel(page).locator('tbody tr').first()).toBeInViewport();
  // Records off screen skip rendering only once each has been drawn, so a jump past
  // them changes no height: what lies below stays where the reader was taken.
  await expect(panel(page)).toHaveAttribute('data-records-measured', '');
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  const before = await pageHeight();
  await panel(page).getByRole('link', { name: 'Download data (CSV)' }).evaluate((link) => link.scrollIntoView());
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
  expect(await pageHeight()).toBe(before);
});

test('Download the chart: the same image as the social card, as SVG and PNG', async ({ page }) => {
  await open(page);
  const svg = panel(page).getByRole('link', { name: 'Download the chart (SVG)' });
  const png = panel(page).getByRole('link', { name: 'Download the chart (PNG)' });
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
  await panel(page).getByRole('link', { name: 'Download data (CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('russian-military-deaths-2022.csv');
  const text = fs.readFileSync(await download.path(), 'utf8');
  const lines = text.trim().split('\n');
  expect(lines[0]).toBe('id,source,outlet,category,date,low,high,measure,minimum,url,note,qualifier,counted,reading');
  const tableRows = await panel(page).locator('tbody tr').count();
  expect(lines.length - 1).toBe(tableRows);
  expect(text).toContain('2022-03-25,1351,1351,killed,false');
  expect(text).toContain('70000,80000,killed-wounded');
});

test('from an estimate note to its row in the chart, and back', async ({ page }) => {
  await open(page);
  await page.locator('#ref-estimate-russian').click();
  await page.locator('#note-estimate-russian').getByRole('link', { name: 'See this figure in the casualty chart' }).click();
  const row = panel(page).locator('.chart-row:target');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('1,500');
  await expect(row).toBeInViewport();
  await page.locator('#note-estimate-russian .note-close').click();
  await row.getByRole('link', { name: /^Note \d+ in the article$/ }).click();
  await expect(page.locator('#note-estimate-russian')).toBeVisible();
  await expect(page.locator('#ref-estimate-russian')).toBeInViewport();
});

test('axe-core: the panel in each view is clean', async ({ page }) => {
  await open(page);
  await panel(page).locator('.chart-view .mark').first().click();
  await expectAccessible(page, 'chart with a card', { within: '#casualties' });
  await button(page, 'Timeline').click();
  await expectAccessible(page, 'timeline', { within: '#casualties' });
  await button(page, 'Table').click();
  await button(page, 'All casualty figures').click();
  await expectAccessible(page, 'table', { within: '#casualties' });
});

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
  const link = panel(page).locator('.to-note').last();
  await link.scrollIntoViewIfNeeded();
  const before = await box(link);
  await page.waitForTimeout(500);
  const after = await box(link);
  expect(Math.abs(after.top - before.top)).toBeLessThan(2);
  await expect(link).toBeInViewport();
});

test('every chart row draws its axis’s gridlines and, on the killed axis, the article’s band', async ({ page }) => {
  await open(page);
  for (const scale of ['Linear', 'Log']) {
    await button(page, scale).click();
    const rows = await panel(page).locator('.chart-view .chart-group:visible .chart-row').evaluateAll((items) => items.map((row) => {
      // Both scales' grids are in the row; the one drawn is the chosen scale's.
      const use = [...row.querySelectorAll('svg.track use')].find((u) => u.getBoundingClientRect().height > 0);
      const target = use && document.querySelector(use.getAttribute('href'));
      const sameGroup = target && target.closest('.chart-group') === row.closest('.chart-group');
      // The reused lines are drawn inside the row's own track, as wide as the track.
      const drawn = use && use.getBoundingClientRect();
      const track = row.querySelector('svg.track').getBoundingClientRect();
      return { sameGroup, lines: target ? target.querySelectorAll('.gridline').length : 0,
        band: target ? target.querySelectorAll('.band').length : 0, drawnHeight: drawn ? drawn.height : 0, trackHeight: track.height };
    }));
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.sameGroup).toBe(true);
      expect(row.lines).toBeGreaterThan(1);
      expect(row.band).toBe(1); // deaths only: every row is on the killed axis
      expect(row.drawnHeight).toBeGreaterThan(row.trackHeight - 2);
    }
  }
});
