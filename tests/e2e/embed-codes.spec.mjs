// "Embed this": each part's control opens a dialog with its codes (by keyboard, focus
// in and back, Escape, copy), the codes are right for where the page is served and
// carry its ?theme=, without JavaScript the control leads to them written out on the
// codes page, each way of embedding works from them (the iframe, pym.js), and each
// panel's picture downloads. The oEmbed
// chain (a page's discovery link → its JSON → the JSON's html → the embed) runs on the
// test-hook build, whose canonical address is where it is served (./x test e2e).
import fs from 'node:fs';
import path from 'node:path';
import { test, expect, open, facts, word, expectAccessible } from './fixtures.mjs';
import { HOST_ORIGIN, SITE, SUBPATH, TEST_HOOKS_SITE } from '../../playwright.config.mjs';

const { embed } = facts;
const part = (key) => embed.parts.find((p) => p.key === key);
const controlName = (p) => word('embed.this_name', { part: p.name });
const ways = [['iframe', 'embed.iframe', 'embed.copy_iframe'], ['pym', 'embed.pym', 'embed.copy_pym'], ['address', 'embed.address', 'embed.copy_address']];
/** A part's code as a page served from `folder` offers it, with its `theme`. */
function served(p, way, folder, theme) {
  let code = p.codes[way];
  if (theme && way !== 'address') code = code.replaceAll(p.src, `${p.src}?theme=${theme}`);
  return code.replaceAll(embed.canonicalFolder, folder);
}

test('each part\'s "Embed this" opens its codes in a dialog, by keyboard; a code copies, Escape closes it and focus comes back', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  for (const p of embed.parts) {
    const control = page.getByRole('button', { name: controlName(p) });
    await control.focus();
    await page.keyboard.press(p.key === 'article' ? 'Enter' : ' ');
    const dialog = page.getByRole('dialog', { name: p.name });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moved into the dialog').toBe(true);
    for (const [way, label] of ways) await expect(dialog.getByLabel(word(label))).toHaveValue(served(p, way, SITE));
    if (p.key === 'casualties') {
      await dialog.getByRole('button', { name: word('embed.copy_iframe') }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(served(p, 'iframe', SITE));
      await expect(dialog.getByRole('status')).toHaveText(word('embed.copied'));
      await expectAccessible(page, 'the embed dialog, open', { within: 'dialog' });
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(control).toBeFocused();
  }
});

test('the close button closes the dialog and gives focus back to its control', async ({ page }) => {
  await open(page);
  const p = part('comparison');
  const control = page.getByRole('button', { name: controlName(p) });
  await control.click();
  const dialog = page.getByRole('dialog', { name: p.name });
  await dialog.getByRole('button', { name: word('notes.close'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(control).toBeFocused();
});

test('served under another folder with ?theme=dark, the codes are that folder\'s and carry the theme', async ({ page }) => {
  await open(page, `${SUBPATH}?theme=dark`);
  for (const p of embed.parts) {
    await page.getByRole('button', { name: controlName(p) }).click();
    const dialog = page.getByRole('dialog', { name: p.name });
    for (const [way, label] of ways) await expect(dialog.getByLabel(word(label))).toHaveValue(served(p, way, SUBPATH, 'dark'));
    await page.keyboard.press('Escape');
  }
  // The codes page too; an unknown theme is ignored, and the codes carry none.
  await open(page, `${SUBPATH}codes.html?theme=sepia`);
  for (const p of embed.parts) {
    const block = page.getByRole('region', { name: p.name });
    for (const [way, label] of ways) await expect(block.getByLabel(word(label))).toHaveValue(served(p, way, SUBPATH));
  }
});

test('without JavaScript, each control leads to its codes, there to select', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const p of embed.parts) {
    await page.goto('./');
    await page.getByRole('link', { name: controlName(p) }).click();
    await expect(page).toHaveURL(new RegExp(`codes\\.html#embed-code-${p.key}$`));
    const block = page.getByRole('region', { name: p.name });
    for (const [way, label] of ways) await expect(block.getByLabel(word(label))).toHaveValue(p.codes[way]);
    await expect(block.getByRole('button')).toHaveCount(0);
  }
  await context.close();
});

/** A host page of another origin holding `html` (after `head`: a pym page loads pym.js
 * itself, here from npm in place of its CDN). A file the host's server serves (a page Playwright made up would count as a
 * public address, and Chromium blocks its frames from this machine's). */
async function host(page, html, testInfo, head = '') {
  await page.route('https://pym.nprapps.org/pym.v1.min.js', (route) => route.fulfill({ path: 'node_modules/pym.js/dist/pym.v1.min.js', contentType: 'text/javascript' }));
  const file = testInfo.outputPath(`host-${Date.now()}.html`);
  fs.writeFileSync(file, `<!DOCTYPE html><html lang="en"><head><title>Host</title><link rel="icon" href="data:,">${head}</head><body>${html}</body></html>`);
  await page.goto(`${HOST_ORIGIN}/${path.relative(process.cwd(), file)}`);
}

test('the pym.js code, pasted into a host page, shows the part and sizes its frame to it', async ({ page }, testInfo) => {
  const p = part('comparison');
  await host(page, served(p, 'pym', SITE), testInfo, '<script src="https://pym.nprapps.org/pym.v1.min.js"></script>');
  const frame = page.locator('#refuseniks-comparison iframe');
  await expect(frame).toHaveAttribute('src', new RegExp(`^${SITE}${p.file}\\?`));
  await expect(frame).toHaveAttribute('title', p.title);
  await expect(page.frameLocator('#refuseniks-comparison iframe').getByRole('heading', { name: p.title })).toBeVisible();
  const inside = await page.frameLocator('#refuseniks-comparison iframe').locator('body').evaluate((body) => body.scrollHeight);
  await expect.poll(() => frame.evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThanOrEqual(inside - 1);
});

test('the iframe code, pasted into a host page, shows the part with its title', async ({ page }, testInfo) => {
  const p = part('casualties');
  await host(page, served(p, 'iframe', SITE), testInfo);
  const frame = page.locator('iframe');
  await expect(frame).toHaveAttribute('src', `${SITE}${p.file}`);
  await expect(frame).toHaveAttribute('title', p.title);
  await expect(page.frameLocator('iframe').getByRole('heading', { name: p.title })).toBeVisible();
});

/** The PNG's width and height, from its IHDR chunk. */
const pngSize = (bytes) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

test('oEmbed: each part\'s page names its JSON, which validates, and whose html renders the embed', async ({ page, request }, testInfo) => {
  // The test-hook build is built from content/ for the port ./x test e2e serves it at;
  // a run on another build (an editor's change, E2E_DIST) has none of its own.
  test.skip(Boolean(process.env.E2E_DIST), 'the test-hook build is ./x test e2e\'s');
  for (const p of embed.parts) {
    const described = p.key === 'article' ? TEST_HOOKS_SITE : `${TEST_HOOKS_SITE}${p.file}`;
    const response = await request.get(described);
    const html = await response.text();
    const link = html.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]*)">/);
    expect(link, `${described} names its oEmbed`).not.toBeNull();
    expect(link[1]).toBe(`${TEST_HOOKS_SITE}${p.oembed}`);
    const json = await request.get(link[1]);
    expect(json.status()).toBe(200);
    expect(json.headers()['content-type']).toMatch(/^application\/json/);
    const oembed = await json.json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich', title: p.title, provider_name: facts.content.site.site_name, width: embed.width, height: p.height });
    for (const field of ['provider_url', 'thumbnail_url']) expect(oembed[field].startsWith(TEST_HOOKS_SITE), field).toBe(true);
    for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) expect(Number.isInteger(oembed[field]) && oembed[field] > 0, field).toBe(true);
    const thumbnail = await request.get(oembed.thumbnail_url);
    expect(thumbnail.headers()['content-type']).toBe('image/png');
    expect(pngSize(await thumbnail.body())).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
    // The html, as a CMS puts it in a page: the part, in its frame.
    await host(page, oembed.html, testInfo);
    await expect(page.locator('iframe')).toHaveAttribute('src', `${TEST_HOOKS_SITE}${p.file}`);
    await expect(page.frameLocator('iframe').locator('html[data-interactive]')).toBeAttached();
    const heading = p.key === 'article' ? facts.content.article.title : p.title;
    await expect(page.frameLocator('iframe').getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
});

test('each panel\'s picture downloads beside its data, as SVG and PNG', async ({ page, request }) => {
  await open(page);
  const links = { casualties: ['casualties.download_svg', 'casualties.download_png'], comparison: ['comparison.download_svg', 'comparison.download_png'] };
  for (const [panel, files] of Object.entries(embed.images)) {
    for (const [i, file] of files.entries()) {
      const link = page.getByRole('link', { name: word(links[panel][i]) });
      await expect(link).toHaveAttribute('href', `./${file}`);
      await expect(link).toHaveAttribute('download', file);
      const response = await request.get(`./${file}`);
      expect(response.status(), file).toBe(200);
      const body = await response.body();
      expect(body.length, file).toBeGreaterThan(1000);
      if (file.endsWith('.png')) {
        expect(response.headers()['content-type']).toBe('image/png');
        const oembed = JSON.parse(fs.readFileSync(`${process.env.E2E_DIST || 'dist'}/${part(panel).oembed}`, 'utf8'));
        expect(pngSize(body)).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
      } else {
        expect(response.headers()['content-type']).toBe('image/svg+xml');
        expect(body.toString('utf8')).toContain('<svg');
      }
    }
  }
});
