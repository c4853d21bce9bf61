// WCAG 2.4.11 Focus Not Obscured, checked the way it fails: Tab through every stop and
// look at the focused element (fixtures.mjs, focusSeen) — not only that it has a ring,
// but that nothing (the sticky estimate card, a sidenote, the view's edge) covers it.
import { test, expect, open, tabThrough, word } from './fixtures.mjs';

const obscured = (stops) => stops.filter((stop) => stop.problem).map((stop) => `${stop.name}: ${stop.problem}`);

// The page has ~200 stops with its notes closed, ~400 with every note open (every
// note's links and Close too), each a key press and a look two frames later (12 s for
// the closed page's whole walk here, 21 s on ru/ on a loaded day): each walk is taken
// in four stretches, each its own test, so each has room on a slow day.
const STRETCHES = [
  ['the article, up to the casualty panel', undefined, '#casualties'],
  ['the casualty panel', '#casualties', '#comparison'],
  ['the comparison', '#comparison', '#corrections'],
  ['the corrections, the methodology and the endnotes', '#corrections', undefined],
];

// Focus can hide only where something overlaps: the geometry is the same in both
// themes, so each theme takes one of the two note states.
for (const [stretch, from, to] of STRETCHES) {
  test(`every focus stop can be seen, notes closed (dark): ${stretch}`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page);
    const stops = await tabThrough(page, 400, { from, to });
    expect(stops.length).toBeGreaterThan(10);
    expect(obscured(stops)).toEqual([]);
  });
}
for (const [stretch, from, to] of STRETCHES) {
  test(`every focus stop can be seen with every note open (light): ${stretch}`, async ({ page }) => {
    test.setTimeout(60_000);
    await open(page);
    await page.getByRole('button', { name: word('notes.show_all') }).click();
    const stops = await tabThrough(page, 400, { from, to });
    expect(stops.length).toBeGreaterThan(10);
    expect(obscured(stops)).toEqual([]);
  });
}

for (const panel of ['article', 'casualties', 'comparison']) {
  test(`every focus stop of embed.html?panel=${panel} can be seen`, async ({ page }) => {
    // The article's is a real walk of ~200 stops, like the page's (8–10 s here): the
    // page's limit, so a machine three times slower stays inside it.
    test.setTimeout(60_000);
    await open(page, `./embed.html?panel=${panel}`);
    const stops = await tabThrough(page);
    expect(stops.length).toBeGreaterThan(5);
    expect(obscured(stops)).toEqual([]);
  });
}
