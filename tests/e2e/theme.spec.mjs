// ?theme=light|dark|auto on the page and each embed: set by the page script before the
// first paint, whatever the reader's system prefers; anything else is the system's.
// Each theme is compared with the other colour scheme's own look, never with colours
// spelled here.
import { test, expect, open, expectAccessible } from './fixtures.mjs';

/** The page's colours as the reader sees them, under `scheme` (the page script and CSS
 * set them: no need to wait for the wasm). */
async function colours(page, path, scheme) {
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    const link = document.querySelector('a[href]');
    return { page: body.backgroundColor, text: body.color, link: link && getComputedStyle(link).color };
  });
}

for (const path of ['./embed-casualties.html', './embed-comparison.html', './']) {
  test(`${path}: ?theme=dark is dark on a light system, ?theme=light light on a dark one`, async ({ page }) => {
    const light = await colours(page, path, 'light');
    const dark = await colours(page, path, 'dark');
    expect(dark.page).not.toBe(light.page);
    const query = path.includes('?') ? '&' : '?';
    expect(await colours(page, `${path}${query}theme=dark`, 'light')).toEqual(dark);
    expect(await colours(page, `${path}${query}theme=light`, 'dark')).toEqual(light);
    expect(await colours(page, `${path}${query}theme=auto`, 'dark')).toEqual(dark);
    // Unknown values: the embeds' (the page's script is the same file).
    for (const unknown of path === './' ? [] : ['purple', 'DARK', `<script>alert(1)</script>${'x'.repeat(3000)}`]) {
      expect(await colours(page, `${path}${query}theme=${encodeURIComponent(unknown)}`, 'light'), `theme=${unknown.slice(0, 20)}`).toEqual(light);
    }
  });
}

for (const [theme, scheme] of [['dark', 'light'], ['light', 'dark']]) {
  test(`the casualties embed in ?theme=${theme} on a ${scheme} system: no flash, and axe finds its contrast sufficient`, async ({ page }) => {
    // The first frame's callback runs before the first paint: the theme is there by then.
    await page.addInitScript(() => {
      requestAnimationFrame(() => { window.themeAtFirstFrame = document.documentElement.getAttribute('data-theme'); });
    });
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, `./embed-casualties.html?theme=${theme}`);
    expect(await page.evaluate(() => window.themeAtFirstFrame)).toBe(theme);
    await expectAccessible(page, `embed in ${theme}`, { rules: ['color-contrast'] });
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  });
}
