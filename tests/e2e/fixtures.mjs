// Shared test setup: every page fails its test on a console error or an uncaught
// exception, and `open` waits until the WebAssembly has taken over the page.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const test = base.extend({
  consoleErrors: [async ({ page }, use) => {
    const errors = [];
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await use(errors);
    expect(errors, 'console errors and uncaught exceptions').toEqual([]);
  }, { auto: true }],
});

export { expect };

/** Loads a page of dist/ and waits for hydration. */
export async function open(page, path = './') {
  await page.goto(path);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
}

/** Each note's first marker slot (its id, for notes first used in the article), in
 * reading order, from the sources list's back links: `#ref-<slot>`, `#note-<slot>`. */
export async function noteIds(page) {
  return page.locator('.sources li a.backlink').evaluateAll((links) => links.map((a) => a.getAttribute('href').replace(/^#ref-/, '')));
}

/** axe-core: no violations at all, on the whole page or, with `within`, on one part of
 * it. A scan's time grows with the nodes it checks (colour contrast most), so a test
 * about one part scans that part; whole-page scans are a11y.spec.mjs's. */
export async function expectAccessible(page, label, { within } = {}) {
  // A note fading in has low contrast for 160 ms; judge the settled page.
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
  // target-size (WCAG 2.2 AA) is off by default in axe; Lighthouse checks it.
  // Legacy mode runs axe in the page itself: the default opens a second blank page to
  // merge per-frame results, and reporting passes serialises every node checked. Our
  // pages have no cross-origin frames to merge, and only violations are asserted:
  // a whole-page scan takes 1.8 s instead of 12 s.
  let axe = new AxeBuilder({ page }).setLegacyMode()
    .options({ resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } });
  if (within) axe = axe.include(within);
  const results = await axe.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations (${label})`).toEqual([]);
}

export const box = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
});
