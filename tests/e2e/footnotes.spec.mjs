// Footnote behaviour: buttons, keyboard, sidenotes, the address bar, sources, print.
import { test, expect, deviceOf, open, noteIds, box, facts, word } from './fixtures.mjs';

const marker = (page, id) => page.locator(`#ref-${id}`);
const note = (page, id) => page.locator(`#note-${id}`);

test('every marker is a labelled button that controls its note', async ({ page }) => {
  await open(page);
  // Each note's first marker, in reading order, as the content numbers them.
  expect(await noteIds(page)).toEqual(facts.notes.map((n) => n.slots[0]));
  await expect(page.locator('.marker')).toHaveCount(facts.content.slots.length);
  const markers = await page.locator('.marker').evaluateAll((all) => all.map((m) => ({
    id: m.id, expanded: m.getAttribute('aria-expanded'), controls: m.getAttribute('aria-controls'), name: m.getAttribute('aria-label'),
    text: m.textContent, role: m.getAttribute('role'), hidden: document.getElementById(m.getAttribute('aria-controls'))?.hidden ?? 'made on first open',
  })));
  expect(markers).toEqual(facts.content.slots.map((slot) => {
    const n = facts.notes.find((candidate) => candidate.id === slot.note);
    return { id: `ref-${slot.key}`, expanded: 'false', controls: `note-${slot.key}`, name: n.name, text: String(n.number), role: 'button', hidden: 'made on first open' };
  }));
  // What a screen reader hears, once: the accessible name the attribute gives.
  await expect(marker(page, facts.notes[0].slots[0])).toHaveAccessibleName(facts.notes[0].name);
});

test('click (or tap) opens a note in place and closes it again', async ({ page }, testInfo) => {
  await open(page);
  const [first, , third] = await noteIds(page);
  const press = (id) => (deviceOf(testInfo) === 'phone' ? marker(page, id).tap() : marker(page, id).click());
  await marker(page, third).scrollIntoViewIfNeeded();
  const before = await box(marker(page, third));
  await press(third);
  await expect(note(page, third)).toBeVisible();
  await expect(marker(page, third)).toHaveAttribute('aria-expanded', 'true');
  const after = await box(marker(page, third));
  expect(Math.abs(after.top - before.top), 'the marker the reader is looking at does not move').toBeLessThan(1);
  await expect(note(page, third).locator('.note-kind')).toHaveText(facts.notes[2].kindTitle);
  await press(third);
  await expect(note(page, third)).toBeHidden();
  await expect(note(page, first)).toBeHidden();
});

test('Enter and Space toggle; Escape closes and returns focus to the marker', async ({ page }) => {
  await open(page);
  const [, second] = await noteIds(page);
  await marker(page, second).focus();
  await page.keyboard.press('Enter');
  await expect(note(page, second)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(note(page, second)).toBeHidden();
  await page.keyboard.press('Space');
  await expect(note(page, second)).toBeVisible();
  // Tab into the note, then Escape: the note closes and focus is back on its marker.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
  expect(await page.evaluate((id) => document.getElementById(`note-${id}`).contains(document.activeElement), second)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(note(page, second)).toBeHidden();
  await expect(marker(page, second)).toBeFocused();
});

test('a note closes from inside it, and focus returns to its marker', async ({ page }) => {
  await open(page);
  const shown = facts.notes[Math.min(5, facts.notes.length - 1)];
  const id = shown.slots[0];
  await marker(page, id).click();
  await note(page, id).getByRole('button', { name: shown.closeName, exact: true }).click();
  await expect(note(page, id)).toBeHidden();
  await expect(marker(page, id)).toBeFocused();
  await expect(page).not.toHaveURL(/#note-/);
});

test('wide screens: open notes sit in the margin beside their line and never overlap', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'desktop', 'sidenotes are for screens of 1200 px and more');
  await open(page);
  const ids = await noteIds(page);
  // Neighbouring markers in one paragraph: the hardest case for overlap.
  const pair = await page.locator('article.story p').evaluateAll((paragraphs) => {
    for (const p of paragraphs) {
      const markers = [...p.querySelectorAll(':scope > .marker')];
      if (markers.length >= 2) return markers.slice(0, 2).map((m) => m.id.replace(/^ref-/, ''));
    }
    return null;
  });
  expect(pair).not.toBeNull();
  for (const id of pair) await marker(page, id).click();
  const column = await box(page.locator('article.story > p').first());
  const [a, b] = [await box(note(page, pair[0])), await box(note(page, pair[1]))];
  const line = await box(marker(page, pair[0]));
  expect(a.left).toBeGreaterThan(column.right);
  expect(a.right).toBeLessThanOrEqual(1280);
  expect(Math.abs(a.top - line.top), 'the sidenote starts beside its line').toBeLessThan(40);
  expect(b.top, 'the second note is below the first').toBeGreaterThanOrEqual(a.bottom);
  // Every note open at once: no two sidenotes overlap (notes in panels open inline).
  await page.getByRole('button', { name: word('notes.show_all') }).click();
  const boxes = await page.locator('article.story .note:not(.panel .note)').evaluateAll((notes) => notes.map((n) => {
    const r = n.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  }));
  expect(boxes).toHaveLength(facts.notes.filter((n) => n.inArticle).length);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      expect(overlap, `sidenotes ${i} and ${j} overlap`).toBe(false);
    }
  }
});

test('narrow screens: a note opens inline, below its line, inside the column', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'phone', 'inline notes are for screens under 1200 px');
  await open(page);
  const [, , id] = await noteIds(page);
  await marker(page, id).click();
  const [m, n] = [await box(marker(page, id)), await box(note(page, id))];
  expect(n.top).toBeGreaterThan(m.top);
  expect(n.top - m.bottom).toBeLessThan(40);
  expect(n.left).toBeGreaterThanOrEqual(0);
  expect(n.right).toBeLessThanOrEqual(390);
});

test('opening a note puts it in the address bar; that link opens it and scrolls to it', async ({ page, browser }) => {
  await open(page);
  const ids = await noteIds(page);
  const id = ids[ids.length - 3];
  await marker(page, id).click();
  await expect(page).toHaveURL(new RegExp(`#note-${id}$`));
  const shared = page.url();

  const reader = await browser.newPage({ viewport: page.viewportSize() });
  await reader.goto(shared);
  await reader.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await expect(reader.locator(`#note-${id}`)).toBeVisible();
  await expect(reader.locator(`#ref-${id}`)).toBeInViewport();
  await expect(reader.locator(`#ref-${id}`)).toHaveAttribute('aria-expanded', 'true');
  await reader.close();
});

for (const fragment of ['#note-fn-999', '#fn-999', '#<script>alert(1)</script>', '#note-%E0%A4%A', '#note-', '#%', `#note-${'x'.repeat(10000)}`, '#нота-1', '#sources']) {
  test(`a malformed or unknown fragment is ignored: ${fragment.slice(0, 24)}`, async ({ page }) => {
    await open(page, `./${fragment}`);
    await expect(page.locator('.note:not([hidden])')).toHaveCount(0);
    await expect(page.locator('.marker').first()).toHaveAttribute('aria-expanded', 'false');
    // Still interactive afterwards.
    await page.locator('.marker').first().click();
    await expect(page.locator('.note:not([hidden])')).toHaveCount(1);
  });
}

test('the sources list holds every note, each linking back to its marker', async ({ page }) => {
  await open(page);
  const ids = await noteIds(page);
  await expect(page.locator('.sources h2')).toHaveText(word('notes.title'));
  const items = page.locator('.sources li');
  await expect(items).toHaveCount(facts.notes.length);
  const listed = await items.evaluateAll((all) => all.map((li) => ({
    id: li.id, number: li.value, label: li.querySelector('.source-label').textContent,
    // A translation's marks after its quotations are the page's, not the note's text.
    text: [...li.querySelectorAll('.note-text')].map((p) => {
      const copy = p.cloneNode(true);
      copy.querySelectorAll('.our-translation, .original-seen').forEach((mark) => mark.remove());
      return copy.textContent;
    }), back: li.querySelector('.backlink').getAttribute('aria-label'),
  })));
  expect(listed).toEqual(facts.content.article.notes.map((n, i) => ({
    id: `source-${n.id}`, number: i + 1, label: n.label, text: n.paragraphs, back: facts.notes[i].backName,
  })));
  const last = ids[ids.length - 1];
  await items.last().locator('a.backlink').click();
  await expect(marker(page, last)).toBeInViewport();
});

test('one control opens and closes every note', async ({ page }) => {
  await open(page);
  const ids = await noteIds(page);
  const toggle = page.getByRole('button', { name: word('notes.show_all') });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const markers = await page.locator('.marker').count();
  await expect(page.locator('.note:not([hidden])')).toHaveCount(markers);
  await expect(page.locator('.marker[aria-expanded="false"]')).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('.note:not([hidden])')).toHaveCount(0);
});

test('print shows every note’s text', async ({ page }) => {
  await open(page);
  const ids = await noteIds(page);
  await page.emulateMedia({ media: 'print' });
  const items = page.locator('.sources li');
  for (let i = 0; i < ids.length; i++) await expect(items.nth(i).locator('.note-text').first()).toBeVisible();
  await expect(page.getByRole('button', { name: word('notes.show_all') })).toBeHidden();
  const printedText = await page.locator('.sources').innerText();
  // Each note's text up to a translation's first mark after a quotation (whose spoken
  // words print apart from the line).
  const allNoteText = await page.locator('.sources .note-text').evaluateAll((all) => all.map((p) => {
    const copy = p.cloneNode(true);
    const mark = copy.querySelector('.our-translation, .original-seen');
    if (mark) while (mark.nextSibling) mark.nextSibling.remove();
    mark?.remove();
    return copy.textContent;
  }));
  for (const text of allNoteText) expect(printedText).toContain(text.trim().slice(0, 40));
});

test('screen readers: an opened note is announced; outside links are safe', async ({ page }) => {
  await open(page);
  const shown = facts.notes[Math.min(3, facts.notes.length - 1)];
  await marker(page, shown.slots[0]).click();
  // Its number, kind and label, as its marker names it; not the whole note read out.
  await expect(page.getByRole('status')).toHaveText(shown.opened);
  await expect(note(page, shown.slots[0])).toHaveAttribute('role', 'note');
  await expect(note(page, shown.slots[0])).toHaveAccessibleName(shown.name);
  const links = page.locator('a[href^="http"]');
  expect(await links.count()).toBeGreaterThan(10);
  for (const rel of await links.evaluateAll((as) => as.map((a) => a.rel))) {
    expect(rel).toContain('noopener');
    expect(rel).toContain('noreferrer');
  }
});

test('reduced motion: notes appear without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  const [id] = await noteIds(page);
  await marker(page, id).click();
  expect(await note(page, id).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await marker(page, id).click();
  await marker(page, id).click();
  expect(await note(page, id).evaluate((el) => getComputedStyle(el).animationName)).toBe('note-in');
  // Every note at once: they just appear (seventy fades would cost a phone dearly).
  await marker(page, id).click();
  await page.getByRole('button', { name: word('notes.show_all') }).click();
  expect(await note(page, id).evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});

test('on phones a note opened on its own is drawn at once; notes opened together wait until the reader nears them', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'phone', 'sidenotes, on wide screens, are always drawn');
  await open(page);
  const [first, second] = await noteIds(page);
  const skips = (id) => note(page, id).evaluate((el) => getComputedStyle(el).contentVisibility);
  await marker(page, first).click();
  expect(await skips(first)).toBe('visible');
  await marker(page, first).click();
  await page.getByRole('button', { name: word('notes.show_all') }).click();
  expect([await skips(first), await skips(second)]).toEqual(['auto', 'auto']);
  await expect(note(page, first)).toBeVisible();
});


test('wide screens: long sidenotes beside the line before a panel leave no gap above it', async ({ page }, testInfo) => {
  test.skip(deviceOf(testInfo) !== 'desktop', 'sidenotes are for screens of 1200 px and more');
  await open(page);
  const panel = page.locator('#casualties');
  const before = panel.locator('xpath=preceding-sibling::p[1]');
  const gap = async () => (await box(panel)).top - (await box(before)).bottom;
  const closed = await gap();
  // Every note of that paragraph open: together they run far below its last line.
  for (const m of await before.locator(':scope > .marker').all()) await m.click();
  const notes = before.locator(':scope > .note');
  const lowest = Math.max(...await Promise.all((await notes.all()).map(async (n) => (await box(n)).bottom)));
  expect(lowest, 'the open notes reach below the paragraph').toBeGreaterThan((await box(before)).bottom + 100);
  expect(Math.abs((await gap()) - closed), 'the panel stays where it was').toBeLessThan(2);
  // ...and nothing overlaps: the panel sits beside the notes' tails, not under them.
  const [p, n] = [await box(panel), await box(notes.last())];
  expect(p.right <= n.left || p.top >= n.bottom, 'panel and last note overlap').toBe(true);
});
