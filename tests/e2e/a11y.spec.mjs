// Accessibility beyond the automated scan: a keyboard-only walk, reflow at 320 px and
// 200% zoom, forced colours, and text contrast in both themes.
import { test, expect, deviceOf, editionOf, open, expectAccessible, tabThrough, word, choice } from './fixtures.mjs';

// axe-core weighs the Russian page about twice as long as the English (measured: 21 s
// against 12 s for the whole page with every note open at 1280 px), so its tests here
// have a slow test's time.
test.beforeEach(() => test.slow(editionOf() !== 'en', 'axe on the Russian page'));

test('a keyboard-only walk reaches every control in reading order, each with a visible focus ring', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'desktop', 'one walk is enough; phones use touch');
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
  expect(stops.filter((stop) => !stop.after).map((stop) => stop.name)).toEqual([]);
  expect(walked.length).toBeGreaterThan(100);
  expect(stops.filter((stop) => !stop.ring).map((stop) => stop.name)).toEqual([]);
});

for (const [width, label] of [[320, '400% zoom of a 1280 px window (320 px)'], [640, '200% zoom of a 1280 px window']]) {
  test(`reflow at ${label}: no horizontal scrolling with everything open`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await open(page);
    await page.getByRole('button', { name: word('notes.show_all') }).click();
    await page.locator('#casualties .chart-view .mark').first().click();
    const card = page.locator('#estimate-card');
    await expect(card).toContainText(word('casualties.card_close'));
    const cardBox = await card.evaluate((el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right }; });
    expect(cardBox.left).toBeGreaterThanOrEqual(0);
    expect(cardBox.right).toBeLessThanOrEqual(width);
    for (const view of ['view:chart', 'view:timeline', 'view:table'].map(choice)) {
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
  const symbol = page.locator('#casualties .chart-view .mark use:visible').first();
  const paint = await symbol.evaluate((el) => ({ fill: getComputedStyle(el).fill, stroke: getComputedStyle(el).stroke }));
  expect(paint.fill).not.toBe('none');
  expect(paint.stroke).not.toBe('none');
  const mark = page.locator('#casualties .chart-view .mark').first();
  await mark.focus();
  expect(await mark.locator('use:visible').first().evaluate((el) => getComputedStyle(el).getPropertyValue('--ring').trim())).toBe('Highlight');
  // The card a focused mark opens keeps its edge and its Close button's.
  const card = page.locator('#estimate-card');
  await expect(card).toContainText(word('casualties.card_close'));
  expect(await card.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
  expect(await card.getByRole('button', { name: word('casualties.card_close') }).evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
});

// The whole-page axe scans: the page as it loads, then everything open at once (every
// note, a chart card): every rule in the light theme, and in the dark one the rules its
// colours can break. The panels are left out here: casualties.spec.mjs and
// comparison.spec.mjs scan each in its views (and here the table in each theme, since
// its colours are its own).
const PANELS = ['#casualties', '#comparison'];

test('axe-core: the page as it loads, notes closed', async ({ page }) => {
  await open(page);
  await expectAccessible(page, 'notes closed', { without: PANELS });
});

for (const [scheme, rules] of [['light', undefined], ['dark', ['color-contrast', 'link-in-text-block']]]) {
  test(`axe-core: everything open in the ${scheme} theme, ${rules ? 'its colours' : 'every rule'}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page);
    await page.getByRole('button', { name: word('notes.show_all') }).click();
    await expectAccessible(page, `${scheme}, all notes open`, { without: PANELS, rules });
  });

  test(`axe-core: the estimates table in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page);
    await page.locator('#casualties .panel-controls').getByRole('button', { name: choice('view:table'), exact: true }).click();
    await expectAccessible(page, `${scheme}, the table`, { within: '#casualties', rules });
  });
}

test('axe-core: the panels with every note open and a card showing, in the dark theme’s colours', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
  await open(page);
  await page.getByRole('button', { name: word('notes.show_all') }).click();
  await page.locator('#casualties .chart-view .mark').first().click();
  for (const panel of PANELS) await expectAccessible(page, `dark, ${panel}`, { within: panel, rules: ['color-contrast', 'link-in-text-block'] });
});
