// Shared test setup: every page fails its test on a console error or an uncaught
// exception, and `open` waits until the WebAssembly has taken over the page. What a
// page must show comes from `facts` (tests/facts.mjs), never from today's content.
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFacts } from '../facts.mjs';

// Each edition's facts, read once per worker when first asked for. A Playwright project
// names its edition (`metadata.edition`, playwright.config.mjs) and serves it as its
// baseURL, so a spec written once runs on every edition with that edition's facts.
const loaded = {};
const factsOf = (edition) => (loaded[edition] ??= withEstimates(readFacts(edition)));
const withEstimates = (facts) => ({
  ...facts,
  estimates: facts.estimates,
  shownEstimates: facts.estimates.map((shown, i) => ({ ...facts.content.casualties.estimates[i], shown })),
});
/** The edition the running test is for: its project's; the English while the specs are
 * being read (test titles and loops over ids, which every edition shares). */
export function editionOf() {
  try {
    return test.info().project.metadata.edition ?? 'en';
  } catch {
    return 'en';
  }
}
/** The running test's device: 'phone' or 'desktop', whatever the edition. */
export const deviceOf = (testInfo) => testInfo.project.metadata.device ?? testInfo.project.name;
const current = () => factsOf(editionOf());
/** A live view of `of(current facts)`: an object or an array, always the running
 * test's edition's. */
const live = (of, target) => new Proxy(target, {
  get: (_, key) => {
    const value = of(current())[key];
    return typeof value === 'function' ? value.bind(of(current())) : value;
  },
  has: (_, key) => key in of(current()),
  ...(Array.isArray(target) ? {} : {
    ownKeys: () => Reflect.ownKeys(of(current())),
    getOwnPropertyDescriptor: (_, key) => ({ ...Reflect.getOwnPropertyDescriptor(of(current()), key), configurable: true }),
  }),
});
export const facts = live((f) => f, {});
/** An interface word with its placeholders filled, in the running test's edition. */
export const word = (key, values) => current().word(key, values);
/** A casualty-panel control's name, by its choice: choice('scale:log'). */
export const choice = (key) => facts.panel.choices[key];
/** The text of inline content (text and markers), without the markers. */
export const textOf = (inlines) => inlines.map((inline) => inline.Text ?? '').join('');
/** The article's blocks of one kind, in order: blocks('Heading'), blocks('Paragraph'). */
export const blocks = (kind) => facts.content.article.blocks.filter((block) => kind in block).map((block) => block[kind]);
/** The estimates as the chart shows them, with their data. */
export const estimates = live((f) => f.shownEstimates, []);

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
 * it, or without the parts `without` names, or for the `rules` named only. A scan's time
 * grows with the nodes it checks (colour contrast most), so a test about one part scans
 * that part; whole-page scans are a11y.spec.mjs's, and leave out the panels, which their
 * own tests scan in each of their views. */
export async function expectAccessible(page, label, { within, without = [], rules } = {}) {
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
  for (const part of without) axe = axe.exclude(part);
  if (rules) axe = axe.withRules(rules);
  const results = await axe.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations (${label})`).toEqual([]);
}

export const box = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
});

/** The focused element as a keyboard reader meets it: null when nothing (or the body)
 * has focus, else its `name`, whether it comes `after` the stop before it in document
 * order, whether it draws a focus `ring`, and the `problem`, if any, that keeps a
 * reader from seeing it. Seen the way an auditor looks (WCAG 2.4.11): at the centre and
 * near each corner of the element (of its first line box, for a link that wraps; of
 * each focus ring, for a chart mark), `elementFromPoint` must find the element or
 * something inside it, within the view. */
export function focusSeen() {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const name = el.id || el.getAttribute('aria-label') || el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40);
  const previous = window.lastFocusSeen;
  window.lastFocusSeen = el;
  const after = !previous || Boolean(previous.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  // A chart mark draws its ring on its round hit areas; everything else, an outline.
  // (A mark is drawn on both scales; the rings that count are the shown scale's.)
  const drawn = (hit) => hit.getClientRects().length > 0 && hit.getBoundingClientRect().width > 0;
  // Each symbol is a <use> of its shape, whose hit circle strokes the ring the mark's
  // state sets in --ring (components::casualties::symbols).
  const rings = el instanceof SVGElement ? [...el.querySelectorAll('use')].filter(drawn) : [el];
  const ring = el instanceof SVGElement
    ? rings.length > 0 && !['', 'none'].includes(getComputedStyle(rings[0]).getPropertyValue('--ring').trim())
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
  return { name, after, ring, problem: hidden() };
}

/** Tabs through every focus stop until focus comes round again (at most `max` stops),
 * returning each stop as `focusSeen` reports it: the one keyboard walk every test uses.
 * With `from` and `to` (selectors), the walk is one stretch of the page: it starts on
 * the first stop at or after `from`, and ends at the first stop at or after `to`. */
export async function tabThrough(page, max = 400, { from, to } = {}) {
  await page.evaluate(`window.focusSeen = ${focusSeen}`);
  await page.evaluate(`window.isAtOrAfter = ${isAtOrAfter}`);
  if (from) await page.evaluate(focusFirstFrom, from);
  const stops = [];
  for (let i = 0; i < max; i++) {
    if (i > 0 || !from) await page.keyboard.press('Tab');
    // Look two frames on, after the page's own answer to the move (the scrolls it
    // schedules for those frames run first; elementFromPoint sees their result).
    const stop = await page.evaluate((end) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
      resolve(end && window.isAtOrAfter(document.activeElement, end) ? null : window.focusSeen());
    }))), to);
    if (!stop) break;
    if (stops.length && stop.name === stops[0].name) break;
    stops.push(stop);
  }
  return stops;
}

/** Whether `element` is `selector`'s first match, inside it, or after it in the page. */
function isAtOrAfter(element, selector) {
  const mark = document.querySelector(selector);
  return Boolean(element && mark && (element === mark || mark.contains(element) || (mark.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)));
}

/** Focuses the first focus stop at or after `selector`'s first match, as Tab would reach it. */
function focusFirstFrom(selector) {
  const stops = [...document.querySelectorAll('a[href], button, select, [tabindex]')]
    .filter((el) => el.tabIndex >= 0 && !el.closest('[hidden]') && el.getClientRects().length > 0);
  const first = stops.find((el) => window.isAtOrAfter(el, selector));
  first.focus();
}
