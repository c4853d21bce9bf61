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

/** Loads a page of dist/ and waits until the wasm has made it interactive. */
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

/** The focused element as a keyboard reader meets it: null when nothing (or the body)
 * has focus, else its `name`, its `position` in document order, whether it draws a
 * focus `ring`, and the `problem`, if any, that keeps a reader from seeing it. Seen the
 * way an auditor looks (WCAG 2.4.11): at the centre and near each corner of the element
 * (of its first line box, for a link that wraps; of each focus ring, for a chart mark),
 * `elementFromPoint` must find the element or something inside it, within the view. */
export function focusSeen() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const name = el.id || el.getAttribute('aria-label') || el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
  const position = [...document.querySelectorAll('*')].indexOf(el);
  // A chart mark draws its ring on its round hit areas; everything else, an outline.
  // (A mark is drawn on both scales; the rings that count are the shown scale's.)
  const drawn = (hit) => hit.getClientRects().length > 0 && hit.getBoundingClientRect().width > 0;
  const rings = el instanceof SVGElement ? [...el.querySelectorAll('.hit')].filter(drawn) : [el];
  const ring = el instanceof SVGElement
    ? rings.length > 0 && getComputedStyle(rings[0]).stroke !== 'none'
    : getComputedStyle(el).outlineStyle !== 'none' && parseFloat(getComputedStyle(el).outlineWidth) >= 2;
  const describe = (node) => (node ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}` : 'nothing');
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const hidden = () => {
    if (rings.length === 0) return 'it has no box';
    for (const target of rings) {
      const r = [...target.getClientRects()].find((rect) => rect.width > 0 && rect.height > 0);
      if (!r) return 'it has no box';
      const box = { left: Math.max(r.left, 0), right: Math.min(r.right, width), top: Math.max(r.top, 0), bottom: Math.min(r.bottom, height) };
      if (box.right - box.left < 1 || box.bottom - box.top < 1) return `outside the view (top ${Math.round(r.top)} of ${height})`;
      // Stay inside rounded corners (a pill-shaped marker, a round ring): a corner of
      // radius R holds the point R × 0.3 in from both edges.
      const radius = target !== el ? Math.min(r.width, r.height) / 2
        : Math.min(parseFloat(getComputedStyle(el).borderTopLeftRadius) || 0, r.width / 2, r.height / 2);
      const insetX = Math.min(Math.max(3, radius * 0.3 + 1), (box.right - box.left) / 2);
      const insetY = Math.min(Math.max(3, radius * 0.3 + 1), (box.bottom - box.top) / 2);
      const points = [[(box.left + box.right) / 2, (box.top + box.bottom) / 2],
        [box.left + insetX, box.top + insetY], [box.right - insetX, box.top + insetY],
        [box.left + insetX, box.bottom - insetY], [box.right - insetX, box.bottom - insetY]];
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(hit === el || el.contains(hit))) return `covered at (${Math.round(x)}, ${Math.round(y)}) by ${describe(hit)}`;
      }
    }
    return null;
  };
  return { name, position, ring, problem: hidden() };
}

/** Tabs through every focus stop until focus comes round again (at most `max` stops),
 * returning each stop as `focusSeen` reports it: the one keyboard walk every test uses. */
export async function tabThrough(page, max = 400) {
  await page.evaluate(`window.focusSeen = ${focusSeen}`);
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    // Look two frames on, after the page's own answer to the move (the scrolls it
    // schedules for those frames run first; elementFromPoint sees their result).
    const stop = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.focusSeen())))));
    if (!stop) break;
    if (stops.length && stop.name === stops[0].name) break;
    stops.push(stop);
  }
  return stops;
}
