// Embedding: each part alone in embed.html, the pym.js child protocol with the real
// pym.js on a host page of another origin, and hostile messages from that host.
import { test, expect, open, facts, word, choice, blocks, textOf } from './fixtures.mjs';
import { HOST_ORIGIN, SITE } from '../../playwright.config.mjs';

const HOST = `${HOST_ORIGIN}/tests/fixtures/host/index.html?child=${SITE}`;

for (const [panel, shown] of [['article', '#embed-article'], ['casualties', '#embed-casualties'], ['comparison', '#embed-comparison']]) {
  test(`embed.html?panel=${panel} shows that part alone`, async ({ page }) => {
    await open(page, `./embed.html?panel=${panel}`);
    const visible = await page.locator('.embed-part').evaluateAll((parts) => parts.filter((p) => p.offsetParent !== null).map((p) => `#${p.id}`));
    expect(visible).toEqual([shown]);
    await expect(page.locator('.skip-link')).toHaveCount(0);
  });
}

// A part's own page carries that part alone, and works: a news page embedding one
// part downloads neither the article nor the other panels.
const firstArticleNote = facts.notes.find((n) => n.inArticle);
for (const [part, control] of [['casualties', choice('scale:log')], ['comparison', word('comparison.headlines_only')], ['article', firstArticleNote.name]]) {
  test(`embed-${part}.html carries only its part, and it works`, async ({ page }) => {
    await open(page, `./embed-${part}.html?childId=x`);
    expect(await page.locator('.embed-part').evaluateAll((parts) => parts.map((p) => p.id))).toEqual([`embed-${part}`]);
    const button = page.locator(`#embed-${part}`).getByRole('button', { name: control, exact: true }).first();
    await button.click();
    await expect(button).toHaveAttribute(part === 'article' ? 'aria-expanded' : 'aria-pressed', 'true');
    const html = await (await page.request.get(`./embed-${part}.html`)).text();
    expect(html.includes(textOf(blocks('Paragraph')[0]).slice(0, 60))).toBe(part === 'article');
    expect(html.includes('id="casualties"')).toBe(part === 'casualties');
  });
}

for (const query of ['panel=', 'panel=nothing', 'panel=%E0%A4%A', `panel=${'x'.repeat(5000)}`, 'panel=<script>alert(1)</script>', 'panel=casualties&panel=comparison']) {
  test(`a malformed ?${query.slice(0, 30)} falls back to the article`, async ({ page }) => {
    await open(page, `./embed.html?${query}`);
    const expected = query.startsWith('panel=casualties') ? '#embed-casualties' : '#embed-article';
    const visible = await page.locator('.embed-part').evaluateAll((parts) => parts.filter((p) => p.offsetParent !== null).map((p) => `#${p.id}`));
    expect(visible).toEqual([expected]);
  });
}

/** The iframe pym made for `panel`, and the height of the document inside it. */
async function frameHeights(page, panel) {
  const iframe = page.locator(`#embed-${panel} iframe`);
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const outer = async () => (await iframe.boundingBox()).height;
  const inner = async () => frame.evaluate(() => document.body.offsetHeight);
  return { iframe, frame, outer, inner };
}

async function expectFits({ outer, inner }) {
  await expect.poll(async () => Math.abs((await outer()) - (await inner())), { timeout: 5000 }).toBeLessThanOrEqual(2);
}

test('pym.js on another origin: each frame fits its content, as notes open and close and views switch', async ({ page }) => {
  await page.goto(HOST);
  for (const panel of ['article', 'casualties', 'comparison']) {
    const sizes = await frameHeights(page, panel);
    await expectFits(sizes);
    expect(await sizes.outer()).toBeGreaterThan(300);
  }
  const comparison = await frameHeights(page, 'comparison');
  const closed = await comparison.outer();
  await comparison.frame.locator('#embed-comparison .marker').first().click();
  await expectFits(comparison);
  expect(await comparison.outer()).toBeGreaterThan(closed);
  await comparison.frame.locator('.note:not([hidden]) .note-close').click();
  await expectFits(comparison);
  expect(Math.abs((await comparison.outer()) - closed)).toBeLessThanOrEqual(2);

  const casualties = await frameHeights(page, 'casualties');
  const chart = await casualties.outer();
  await casualties.frame.getByRole('button', { name: choice('view:timeline'), exact: true }).click();
  await expectFits(casualties);
  expect(await casualties.outer()).toBeLessThan(chart);

  // The parent's width changes: pym sends the new width, the frame answers.
  await page.setViewportSize({ width: 360, height: 800 });
  await expectFits(await frameHeights(page, 'article'));
  await expectFits(casualties);
});

test('garbage messages from the host are ignored without an error', async ({ page }) => {
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(HOST);
  const comparison = await frameHeights(page, 'comparison');
  await expectFits(comparison);
  const before = await comparison.outer();
  await page.evaluate(() => {
    const frame = document.querySelector('#embed-comparison iframe').contentWindow;
    const junk = [
      'hello', '', 'pymxPYMx', 'pymxPYMxwrongxPYMxwidthxPYMx500', 'pymxPYMxembed-comparisonxPYMxheightxPYMx1',
      'pymxPYMxembed-comparisonxPYMxwidthxPYMx-5', 'pymxPYMxembed-comparisonxPYMxwidthxPYMx<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>', 'x'.repeat(1_000_000), `pymxPYMxembed-comparisonxPYMxwidthxPYMx${'9'.repeat(10000)}`,
      { pym: true }, ['pym'], 42, null, undefined, true, { data: 'pymxPYMxembed-comparisonxPYMxwidthxPYMx500' }, new ArrayBuffer(8),
    ];
    for (const message of junk) frame.postMessage(message, '*');
  });
  await page.waitForTimeout(500);
  expect(errors).toEqual([]);
  expect(Math.abs((await comparison.outer()) - before)).toBeLessThanOrEqual(2);
  // Still alive: a real interaction works and the frame still fits.
  await comparison.frame.locator('#embed-comparison .marker').first().click();
  await expectFits(comparison);
});
