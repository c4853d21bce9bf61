// Screenshots for people to look at (tests/screenshots/, not committed): each
// width, light and dark, with a note open. They also fail on console errors.
import { test, open, noteIds } from './fixtures.mjs';

for (const scheme of ['light', 'dark']) {
  test(`screenshot: ${scheme}`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page);
    const name = `tests/screenshots/${testInfo.project.name}-${scheme}`;
    await page.screenshot({ path: `${name}-top.png` });
    const ids = await noteIds(page);
    await page.locator(`#ref-${ids[3]}`).click();
    await page.locator(`#ref-${ids[4]}`).click();
    await page.locator(`#ref-${ids[3]}`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${name}-notes.png` });
  });
}
