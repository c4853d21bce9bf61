// The embeds in the hosts that do not speak pym.js: WordPress's sandboxed iframe with
// its real wp-embed.js (./x takes it from Debian's wordpress package into
// target/wordpress/), Embedly's listening parent, and messages of every other shape.
import { test, expect, choice, estimates } from './fixtures.mjs';
import { CORS_SITE, HOST_ORIGIN, SITE } from '../../playwright.config.mjs';

const SECRET = 'Wp3Secret9';
const wordpress = (child) => `${HOST_ORIGIN}/tests/fixtures/host/wordpress.html?secret=${SECRET}&child=${encodeURIComponent(child)}`;
const listening = (child) => `${HOST_ORIGIN}/tests/fixtures/host/listen.html?child=${encodeURIComponent(child)}`;
// wp-embed.js keeps a frame between these heights (and scrolling="no" cuts the rest).
const clamp = (height) => Math.min(1000, Math.max(200, height));

/** The one iframe of the host page, its frame, and the heights outside and in. */
async function framed(page) {
  const iframe = page.locator('iframe');
  const frame = await (await iframe.elementHandle()).contentFrame();
  const outer = async () => (await iframe.boundingBox())?.height ?? 0;
  const inner = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  return { iframe, frame, outer, inner };
}

/** wp-embed.js has sized the frame to its content, as far as it allows. */
async function expectSizedByWordPress({ outer, inner }) {
  await expect.poll(async () => Math.abs((await outer()) - clamp(await inner())), { timeout: 5000 }).toBeLessThanOrEqual(1);
}

/** Browsers report a module script refused for want of CORS on the console: that is the
 * browser's report of the sandbox, not the page's error. */
const corsRefusal = (text) => /CORS policy|net::ERR_FAILED|Failed to load module script/.test(text);

/** Every part is taller than wp-embed.js's 1000 px at WordPress's 600: the frame is
 * then 1000 px high and the part scrolls inside it, to its last line. */
async function expectScrollsToItsEnd({ frame }) {
  const scroll = await frame.evaluate(() => {
    const body = document.body;
    body.scrollTop = body.scrollHeight;
    const last = document.querySelector('main').lastElementChild.getBoundingClientRect();
    return { scrolls: body.scrollHeight > body.clientHeight, lastBottom: last.bottom, view: body.clientHeight };
  });
  expect(scroll.scrolls).toBe(true);
  expect(scroll.lastBottom).toBeLessThanOrEqual(scroll.view + 1);
}

/** No state of a real part is under 1000 px at 600 px wide, so the test makes the part
 * short itself, as a short part would be, then gives it back. */
async function expectShrinksAndGrowsBack(embed) {
  const tall = await embed.outer();
  await embed.frame.evaluate(() => { document.querySelector('main').hidden = true; });
  await expectSizedByWordPress(embed);
  expect(await embed.outer()).toBeLessThan(tall);
  await embed.frame.evaluate(() => { document.querySelector('main').hidden = false; });
  await expectSizedByWordPress(embed);
  expect(await embed.outer()).toBe(tall);
}

test('WordPress with the header: the sandboxed embed is interactive, sized by wp-embed.js, and follows its content', async ({ page }) => {
  await page.goto(wordpress(`${CORS_SITE}embed-casualties.html`));
  const embed = await framed(page);
  await embed.frame.locator('html[data-interactive]').waitFor({ state: 'attached' });
  // The embed spoke: wp-embed.js showed the frame and hid the blockquote it fell back on.
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  await expect(embed.iframe).not.toHaveAttribute('style');
  await expectSizedByWordPress(embed);
  expect(await embed.outer()).toBeGreaterThan(338);
  // It works: the timeline, then the chart again, each sized.
  await embed.frame.getByRole('button', { name: choice('view:timeline'), exact: true }).click();
  await expect(embed.frame.getByRole('button', { name: choice('view:timeline'), exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expectSizedByWordPress(embed);
  await embed.frame.getByRole('button', { name: choice('view:chart'), exact: true }).click();
  await expectSizedByWordPress(embed);
  // A mark's card copies its details, source link and all, from a template: that link,
  // like every link elsewhere, is text and address there, never a link the sandbox stops.
  const linked = estimates.filter((e) => e.url).map((e) => e.id);
  const mark = embed.frame.locator('.chart-view .mark').filter({ visible: true }).and(embed.frame.locator(linked.map((id) => `[data-estimate="${id}"]`).join(', '))).first();
  await mark.focus();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(embed.frame.locator('#estimate-card a[data-href]')).not.toHaveCount(0);
  expect(await embed.frame.locator('a[href][target="_blank"]').count()).toBe(0);
  await expectScrollsToItsEnd(embed);
  await expectShrinksAndGrowsBack(embed);
});

test('WordPress without the header: the static edition, sized, with no control that does nothing', async ({ page, consoleErrors }) => {
  await page.goto(wordpress(`${SITE}embed-comparison.html`));
  const embed = await framed(page);
  await embed.frame.locator('html[data-static]').waitFor({ state: 'attached' });
  await expect(page.locator('blockquote.wp-embedded-content')).toBeHidden();
  await expectSizedByWordPress(embed);
  await expectScrollsToItsEnd(embed);
  await expectShrinksAndGrowsBack(embed);

  // Every control a reader can see or reach works in the sandbox: no button (they need
  // the wasm), links inside the page only to what is there, a link to our own pages
  // followed by wp-embed.js, and a link elsewhere shown as its text and address.
  const controls = await embed.frame.evaluate(() => [...document.querySelectorAll('a, button, select, input, [tabindex]')]
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => ({
      tag: el.tagName.toLowerCase(),
      reachable: el.tabIndex >= 0 && getComputedStyle(el).pointerEvents !== 'none',
      href: el.getAttribute('href'),
      target: el.getAttribute('target'),
      unlinked: el.getAttribute('data-href'),
      sameHost: el.href ? new URL(el.href).host === location.host : null,
      inPage: el.href ? new URL(el.href).pathname === location.pathname && Boolean(document.getElementById(decodeURIComponent(new URL(el.href).hash.slice(1)))) : null,
    })));
  expect(controls.length).toBeGreaterThan(0);
  for (const control of controls) {
    if (control.tag !== 'a') expect(control.reachable, `a ${control.tag} a reader can reach`).toBe(false);
    else if (control.href === null) expect(control.unlinked, 'a link elsewhere keeps its address as text').toMatch(/^https?:\/\//);
    else expect(control.inPage || control.sameHost, `${control.href} works in the sandbox`).toBe(true);
  }
  expect(controls.filter((c) => c.target === '_blank' && c.href !== null)).toEqual([]);
  expect(controls.some((c) => c.unlinked), 'the sources are there, as text').toBe(true);

  // A marker still leads to its source, inside the frame.
  const marker = embed.frame.locator('#embed-comparison .marker').first();
  await marker.click();
  await expect(embed.frame.locator(':target')).toHaveCount(1);
  await expectSizedByWordPress(embed);
  // What the browser says of the refused module is its own; the page says nothing.
  const ours = consoleErrors.filter((text) => !corsRefusal(text));
  consoleErrors.length = 0;
  expect(ours).toEqual([]);
});

test('WordPress: a link to our own files is followed by wp-embed.js, in the post\'s window', async ({ page, consoleErrors }) => {
  await page.goto(wordpress(`${SITE}embed-casualties.html`));
  const embed = await framed(page);
  await embed.frame.locator('html[data-static]').waitFor({ state: 'attached' });
  // The data download: the sandbox allows no download, the post's window does.
  const href = await embed.frame.evaluate(() => [...document.querySelectorAll('a[href]')]
    .find((a) => a.getClientRects().length > 0 && new URL(a.href).host === location.host && new URL(a.href).pathname !== location.pathname)
    ?.getAttribute('href'));
  expect(href, 'the embed links to its data').toBeTruthy();
  const link = embed.frame.locator(`a[href="${href}"]`).first();
  const target = await link.evaluate((a) => a.href);
  // wp-embed.js follows a link only while its frame has focus, which a click gives.
  const download = page.waitForEvent('download');
  await link.click();
  expect((await download).url()).toBe(target);
  const ours = consoleErrors.filter((text) => !corsRefusal(text));
  consoleErrors.length = 0;
  expect(ours).toEqual([]);
});

test('Embedly: a parent that only listens is told the height, with the frame\'s address', async ({ page }) => {
  const child = `${SITE}embed-comparison.html`;
  await page.goto(listening(child));
  const embed = await framed(page);
  await embed.frame.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const resizes = () => page.evaluate(() => window.received.filter((m) => typeof m === 'string' && m.startsWith('{')).map((m) => JSON.parse(m)));
  await expect.poll(async () => (await resizes()).at(-1)?.height, { timeout: 5000 }).toBe(await embed.inner());
  const last = (await resizes()).at(-1);
  expect(last).toEqual({ context: 'iframe.resize', src: child, height: await embed.inner() });
  // Nor pym's nor WordPress's messages: that host asked for neither.
  expect(await page.evaluate(() => window.received.filter((m) => typeof m !== 'string' || !m.startsWith('{')))).toEqual([]);
  // A note opens: the new height follows, once.
  const before = (await resizes()).length;
  await embed.frame.locator('#embed-comparison .marker').first().click();
  await expect.poll(async () => (await resizes()).at(-1).height, { timeout: 5000 }).toBe(await embed.inner());
  await page.waitForTimeout(300);
  expect((await resizes()).length - before, 'one message per change, never a loop').toBeLessThanOrEqual(2);
});

for (const [fragment, pymId] of [['#?secret=<script>alert(1)</script>', '%3Cscript%3E'], ['#?secret=', ''], [`#?secret=${'a'.repeat(5000)}`, 'x'.repeat(101)], ['#%E0%A4%A', '%E0%A4%A']]) {
  test(`a malformed secret (${fragment.slice(0, 14)}) or pym id (${pymId.slice(0, 14)}): only Embedly's message, no error`, async ({ page }) => {
    await page.goto(listening(`${SITE}embed-comparison.html?childId=${pymId}${fragment}`));
    const embed = await framed(page);
    await embed.frame.locator('html[data-interactive]').waitFor({ state: 'attached' });
    await expect.poll(() => page.evaluate(() => window.received.length), { timeout: 5000 }).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.received.every((m) => typeof m === 'string' && JSON.parse(m).context === 'iframe.resize'))).toBe(true);
  });
}

test('messages of any other shape are ignored, with no error; WordPress\'s "ready" with our secret is answered', async ({ page }) => {
  const secret = 'Abc1234567';
  await page.goto(listening(`${SITE}embed-comparison.html?childId=frame-1#?secret=${secret}`));
  const embed = await framed(page);
  await embed.frame.locator('html[data-interactive]').waitFor({ state: 'attached' });
  const count = () => page.evaluate(() => window.received.length);
  await expect.poll(count, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
  const kinds = await page.evaluate(() => window.received.map((m) => (typeof m !== 'string' ? `${m.message} ${m.secret}`
    : m.startsWith('{') ? JSON.parse(m).context : m.split('xPYMx').slice(0, 3).join(' '))));
  expect(kinds.slice(0, 3).sort()).toEqual([`height ${secret}`, 'iframe.resize', 'pym frame-1 height'].sort());
  await page.waitForTimeout(300);
  const settled = await count();
  await page.evaluate((mine) => {
    const frame = document.querySelector('iframe').contentWindow;
    const junk = [
      'hello', '', 'pymxPYMx', 'pymxPYMxotherxPYMxwidthxPYMx500', 'pymxPYMxframe-1xPYMxheightxPYMx1', 'pymxPYMxframe-1xPYMxwidthxPYMx-5',
      `pymxPYMxframe-1xPYMxwidthxPYMx${'9'.repeat(10000)}`, 'x'.repeat(1_000_000), '<script>alert(1)</script>',
      JSON.stringify({ context: 'iframe.resize', height: 1 }), JSON.stringify({ message: 'ready', secret: mine }), '{"broken',
      { message: 'ready' }, { message: 'ready', secret: 'Wrong12345' }, { message: 'ready', secret: { toString: null } },
      { message: 'height', value: 5, secret: mine }, { message: 'link', value: 'https://example.org/', secret: mine },
      { secret: mine }, { message: ['ready'], secret: mine }, Object.create(null), [mine], 42, null, undefined, true, new ArrayBuffer(8),
    ];
    for (const message of junk) frame.postMessage(message, '*');
  }, secret);
  await page.waitForTimeout(500);
  expect(await count(), 'nothing answered').toBe(settled);
  // Not from our parent: a window the frame did not come from is not answered either.
  await embed.frame.evaluate((mine) => window.postMessage({ message: 'ready', secret: mine }, '*'), secret);
  await page.waitForTimeout(300);
  expect(await count()).toBe(settled);
  // The real handshakes: wp-embed.js's "ready" and pym's width each bring the height again.
  await page.evaluate((mine) => document.querySelector('iframe').contentWindow.postMessage({ message: 'ready', secret: mine }, '*'), secret);
  await expect.poll(count, { timeout: 5000 }).toBeGreaterThan(settled);
  const answered = await count();
  await page.evaluate(() => document.querySelector('iframe').contentWindow.postMessage('pymxPYMxframe-1xPYMxwidthxPYMx600', '*'));
  await expect.poll(count, { timeout: 5000 }).toBeGreaterThan(answered);
  // Still alive: a note opens.
  await embed.frame.locator('#embed-comparison .marker').first().click();
  await expect(embed.frame.locator('#embed-comparison .note:not([hidden])')).toHaveCount(1);
});
