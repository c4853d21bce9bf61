// WCAG 1.4.12 Text Spacing: a reader's own style sheet may set line height 1.5, paragraph
// spacing 2, letter spacing 0.12 and word spacing 0.16 of the font size; no text may then
// be cut off or run into other text. Checked at 390 and 1280 px (the two projects), with
// every note open and a card showing, in the chart and in the table view.
import { test, expect, open, word, choice } from './fixtures.mjs';

// Every part drawn (content-visibility: visible): a part that skips rendering off screen
// keeps a placeholder box its text is not measured against, and each is drawn in full
// the moment it comes on screen, which is what the reader sees and this checks.
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; content-visibility: visible !important; }
p { margin-bottom: 2em !important; }`;

/** Every piece of text that sticks out of its element's box (so it overlaps what is
 * next to it), or is cut off by an ancestor that clips, and SVG labels that overlap. */
function textTroubles() {
  const troubles = [];
  const name = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  // Hidden from the eye but kept for screen readers (clipped to a pixel): not drawn text.
  const visuallyHidden = (el) => {
    for (let up = el; up; up = up.parentElement) {
      const r = up.getBoundingClientRect();
      if (getComputedStyle(up).clipPath.includes('inset(50%)') || ((r.width <= 1 || r.height <= 1) && getComputedStyle(up).overflow !== 'visible')) return true;
    }
    return false;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT) });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || el instanceof SVGElement || !shown(el) || el.closest('[hidden], script, style') || visuallyHidden(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    if (text.width === 0 || text.height === 0) continue;
    // An inline element's box is its text; look at the nearest block (or inline-block) box.
    let box = el;
    while (box.parentElement && getComputedStyle(box).display === 'inline') box = box.parentElement;
    const own = box.getBoundingClientRect();
    if (text.left < own.left - 1 || text.right > own.right + 1 || text.top < own.top - 1 || text.bottom > own.bottom + 1) {
      troubles.push(`“${node.data.trim().slice(0, 30)}” sticks out of ${name(box)}`);
      continue;
    }
    for (let up = box; up && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const clip = up.getBoundingClientRect();
      const scrolls = (style.overflowX === 'auto' || style.overflowX === 'scroll') && up.scrollWidth > up.clientWidth;
      if (!scrolls && (text.right > clip.right + 1 || text.bottom > clip.bottom + 1 || text.left < clip.left - 1)) {
        troubles.push(`“${node.data.trim().slice(0, 30)}” is cut off by ${name(up)}`);
        break;
      }
    }
  }
  // Chart and timeline labels: no two labels of one axis overlap.
  for (const axis of document.querySelectorAll('svg')) {
    const labels = [...axis.querySelectorAll('text')].filter(shown).map((t) => ({ t, r: t.getBoundingClientRect() }));
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const [a, b] = [labels[i].r, labels[j].r];
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
          troubles.push(`labels “${labels[i].t.textContent}” and “${labels[j].t.textContent}” overlap`);
        }
      }
    }
  }
  return troubles;
}

test('with WCAG text spacing, no text is cut off or overlaps', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  await page.addStyleTag({ content: SPACING });
  await page.getByRole('button', { name: word('notes.show_all') }).click();
  await page.locator('#casualties .chart-view .mark').first().click();
  expect(await page.evaluate(textTroubles), 'chart view').toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  for (const view of [choice('view:timeline'), choice('view:table')]) {
    await page.locator('#casualties .panel-controls').getByRole('button', { name: view, exact: true }).click();
    expect(await page.evaluate(textTroubles), `${view} view`).toEqual([]);
  }
});
