// Hostile input at run time: generated fragments, query strings and messages (fixed
// seed, so a failure repeats), rapid clicking and resizing, and a forced panic.
import { test, expect, open, facts, word, choice, blocks } from './fixtures.mjs';
import { TEST_HOOKS_SITE } from '../../playwright.config.mjs';

/** mulberry32: a tiny seeded PRNG, so every run tries the same inputs. */
function generator(seed) {
  let a = seed;
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['note-', 'note-borova', 'fn-999', '%', '%E0%A4%A', '%ZZ', '<script>alert(1)</script>', '"\'><img src=x onerror=alert(1)>',
  'нота', '🙂', '\u202e', '--', 'note-borova--x', 'ref-borova', 'source-borova', '#', '?', '&', 'javascript:alert(1)', ' ', '\u0000'];

/** A hostile string: a mix of known-nasty pieces and random code points, up to `max` long. */
function hostile(random, max) {
  let out = '';
  const length = Math.floor(random() * 12);
  for (let i = 0; i < length; i++) {
    out += random() < 0.6 ? PIECES[Math.floor(random() * PIECES.length)] : String.fromCodePoint(Math.floor(random() * 0x2fff));
  }
  if (random() < 0.05) out += 'x'.repeat(10000);
  return out.slice(0, max);
}

/** Every marker's aria-expanded agrees with its note's visibility. */
async function expectConsistent(page) {
  const mismatches = await page.locator('.marker').evaluateAll((markers) => markers.filter((m) => {
    // A note is made the first time it opens: one never opened is closed.
    const note = document.getElementById(m.getAttribute('aria-controls'));
    const shown = note ? !note.hidden : false;
    return (m.getAttribute('aria-expanded') === 'true') !== shown;
  }).length);
  expect(mismatches).toBe(0);
}

test('300 generated URL fragments, applied live and on load, are ignored or open a real note', async ({ page }) => {
  const random = generator(20220909);
  await open(page);
  const ids = await page.locator('.marker').evaluateAll((ms) => ms.map((m) => m.id.replace(/^ref-/, '')));
  const inputs = Array.from({ length: 300 }, () => hostile(random, 10000));
  // Mix in real notes, so the live hash sometimes opens one.
  for (let i = 0; i < inputs.length; i += 25) inputs[i] = `note-${ids[i % ids.length]}`;
  const opened = await page.evaluate((inputs) => {
    let count = 0;
    for (const input of inputs) {
      location.hash = input;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      count++;
    }
    return count;
  }, inputs);
  expect(opened).toBe(300);
  await page.waitForTimeout(200);
  await expectConsistent(page);
  expect(await page.locator('.note:not([hidden])').count()).toBeLessThanOrEqual(Math.ceil(300 / 25));
  for (const input of inputs.slice(0, 12)) {
    await page.goto(`./#${encodeURI(input)}`);
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    await expectConsistent(page);
  }
});

// Each input is a page load, and past the first few they all take the same path (an
// unknown panel falls back to the article), so 16 loads: each checked as the page's
// first script leaves it, and every fourth also after the wasm has taken over.
test('16 generated embed query strings always show exactly one part', async ({ page }) => {
  const random = generator(1968);
  const shownParts = () => page.locator('.embed-part').evaluateAll((parts) => parts.filter((p) => p.offsetParent !== null).length);
  for (let i = 0; i < 16; i++) {
    const query = `panel=${encodeURIComponent(hostile(random, 300))}&childId=${encodeURIComponent(hostile(random, 200))}&${encodeURI(hostile(random, 200))}`;
    await page.goto(`./embed.html?${query}`, { waitUntil: 'domcontentloaded' });
    expect(await shownParts(), query).toBe(1);
    if (i % 4 === 0) {
      await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
      expect(await shownParts(), `${query} (interactive)`).toBe(1);
    }
  }
});

test('300 generated messages to an embed are ignored', async ({ page }) => {
  await open(page, './embed.html?panel=comparison&childId=embed-1');
  const before = await page.evaluate(() => document.body.offsetHeight);
  await page.evaluate(({ seed }) => {
    let a = seed;
    const random = () => { a |= 0; a = (a + 0x6d2b79f5) | 0; let t = Math.imul(a ^ (a >>> 15), 1 | a); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
    const shapes = [
      () => `pymxPYMxembed-1xPYMxwidthxPYMx${Math.floor(random() * 1e9)}${random() < 0.5 ? 'px' : ''}`,
      () => `pymxPYMx${String.fromCharCode(65 + Math.floor(random() * 26))}xPYMxheightxPYMx1`,
      () => '<script>alert(1)</script>'.repeat(Math.ceil(random() * 100)),
      () => ({ type: 'width', value: random() }),
      () => [random(), 'pym'],
      () => random(),
      () => null,
      () => 'x'.repeat(Math.floor(random() * 200000)),
    ];
    for (let i = 0; i < 300; i++) window.postMessage(shapes[Math.floor(random() * shapes.length)](), '*');
  }, { seed: 1973 });
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => document.body.offsetHeight)).toBe(before);
  await page.locator('#embed-comparison .marker').first().click();
  await expectConsistent(page);
});

test('rapid clicking and resizing leave a consistent page', async ({ page }) => {
  await open(page);
  await page.evaluate((showAll) => {
    const markers = [...document.querySelectorAll('.marker')].slice(0, 10);
    for (let round = 0; round < 25; round++) for (const m of markers) m.click();
    const all = [...document.querySelectorAll('button')].find((button) => button.textContent.trim() === showAll);
    for (let i = 0; i < 15; i++) all.click();
  }, word('notes.show_all'));
  await expectConsistent(page);
  // 25 clicks each: odd, so the ten are open; 15 toggles of "all": odd, so all open.
  await expect(page.getByRole('button', { name: word('notes.show_all') })).toHaveAttribute('aria-pressed', 'true');
  for (const width of [320, 1600, 390, 1200, 1199, 768, 2560, 360, 1280]) await page.setViewportSize({ width, height: 800 });
  await expectConsistent(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  // The panel's controls, clicked as fast as script can: 10 rounds through all seven.
  const order = ['view:timeline', 'view:table', 'view:chart', 'scale:log', 'scale:linear', 'figures:all', 'figures:deaths'].map(choice);
  await page.evaluate((order) => {
    const buttons = [...document.querySelectorAll('#casualties .panel-controls button')];
    const named = order.map((name) => buttons.find((b) => b.textContent.trim() === name));
    for (let round = 0; round < 10; round++) for (const button of named) button.click();
  }, order);
  // The last click of each group wins.
  const panel = page.locator('#casualties .panel-controls');
  for (const name of ['view:chart', 'scale:linear', 'figures:deaths'].map(choice)) await expect(panel.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#casualties .chart-view')).toBeVisible();
  await expect(page.locator('#casualties .chart-view .chart-group:visible h4')).toHaveText([word('figures.measure_killed')]);
});

// On the test-hook build, the only one with a way to make the wasm panic.
test('a panic inside the wasm leaves the article readable, with a notice', async ({ browser }) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(TEST_HOOKS_SITE);
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
  await page.evaluate(() => window.dispatchEvent(new Event('refuseniks-test-panic')));
  await expect(page.locator('html[data-crashed]')).toHaveCount(1);
  await expect(page.locator('.notice:visible')).toHaveText([word('page.notice_crashed')]);
  await expect(page.locator('article h2')).toHaveCount(blocks('Heading').length);
  await expect(page.locator('.sources li .note-text').first()).toBeVisible();
  await expect(page.locator('#casualties table')).toBeVisible();
  expect(errors.length).toBeGreaterThan(0); // the panic itself, and nothing hidden
  await page.close();
});
