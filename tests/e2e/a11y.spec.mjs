// Accessibility beyond the automated scan: a keyboard-only walk, reflow at 320 px and
// 200% zoom, forced colours, and text contrast in both themes.
import { test, expect, open, expectAccessible, tabThrough } from './fixtures.mjs';

test('a keyboard-only walk reaches every control in reading order, each with a visible focus ring', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'one walk is enough; phones use touch');
  test.setTimeout(120_000);
  await open(page);
  // Reading order: the document order of everything that can take focus and is shown,
  // named as focusSeen (fixtures.mjs) names a stop.
  const expected = await page.evaluate(() => [...document.querySelectorAll('a[href], button, select, [tabindex]')]
    .filter((el) => el.tabIndex >= 0 && !el.closest('[hidden]') && el.getClientRects().length > 0)
    .map((el) => el.id || el.getAttribute('aria-label') || el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40)));
  const stops = await tabThrough(page, expected.length + 5);
  const walked = stops.map((stop) => stop.name);
  // Every control is reached (plus any that appear on the way, like a card's link)...
  expect(expected.filter((name) => !walked.includes(name))).toEqual([]);
  // ...and always forward through the document: reading order.
  expect(stops.every((stop, i) => i === 0 || stop.position > stops[i - 1].position)).toBe(true);
  expect(walked.length).toBeGreaterThan(100);
  expect(stops.filter((stop) => !stop.ring).map((stop) => stop.name)).toEqual([]);
});

for (const [width, label] of [[320, '400% zoom of a 1280 px window (320 px)'], [640, '200% zoom of a 1280 px window']]) {
  test(`reflow at ${label}: no horizontal scrolling with everything open`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await open(page);
    await page.locator('.toggle-all').click();
    await page.locator('#casualties .chart-view .mark').first().click();
    const card = page.locator('#estimate-card');
    await expect(card).toContainText('Close details');
    const cardBox = await card.evaluate((el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right }; });
    expect(cardBox.left).toBeGreaterThanOrEqual(0);
    expect(cardBox.right).toBeLessThanOrEqual(width);
    for (const view of ['Chart', 'Timeline', 'Table']) {
      await page.locator('#casualties .panel-controls').getByRole('button', { name: view, exact: true }).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), view).toBeLessThanOrEqual(0);
    }
  });
}

test('forced colours keep marks, focus, the card and note boundaries visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await open(page);
  const marker = page.locator('.marker').first();
  await marker.click();
  const note = page.locator(`#${await marker.getAttribute('aria-controls')}`);
  expect(await marker.evaluate((el) => getComputedStyle(el).borderStyle)).toBe('solid');
  expect(await note.evaluate((el) => parseFloat(getComputedStyle(el).borderLeftWidth))).toBeGreaterThanOrEqual(1);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle)).not.toBe('none');
  const symbol = page.locator('#casualties .chart-view .mark path:visible').first();
  const paint = await symbol.evaluate((el) => ({ fill: getComputedStyle(el).fill, stroke: getComputedStyle(el).stroke }));
  expect(paint.fill).not.toBe('none');
  expect(paint.stroke).not.toBe('none');
  const mark = page.locator('#casualties .chart-view .mark').first();
  await mark.focus();
  expect(await mark.locator('.hit:visible').evaluate((el) => getComputedStyle(el).stroke)).not.toBe('none');
  // The card a focused mark opens keeps its edge and its Close button's.
  const card = page.locator('#estimate-card');
  await expect(card).toContainText('Close details');
  expect(await card.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
  expect(await card.getByRole('button', { name: 'Close details' }).evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
});

// The whole-page axe scans: the page as it loads, then everything open at once (every
// note, a chart card) in each theme, scanned once for every rule, text contrast among
// them. The panel's other views are scanned within the panel (casualties.spec.mjs, and
// here the table in each theme, since its colours are its own).
test('axe-core: the page as it loads, notes closed', async ({ page }) => {
  await open(page);
  await expectAccessible(page, 'notes closed');
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core: everything open in the ${scheme} theme, text contrast included`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page);
    await page.locator('.toggle-all').click();
    await page.locator('#casualties .chart-view .mark').first().click();
    await expectAccessible(page, `${scheme}, all notes and a card open`);
  });

  test(`axe-core: the estimates table in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page);
    await page.locator('#casualties .panel-controls').getByRole('button', { name: 'Table', exact: true }).click();
    await expectAccessible(page, `${scheme}, the table`, { within: '#casualties' });
  });
}
