// Screenshots for people to look at (tests/screenshots/, not committed): each
// width, light and dark, with a note open. They also fail on console errors.
import { test, open, noteIds, choice, estimates } from './fixtures.mjs';

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

for (const scheme of ['light', 'dark']) {
  test(`screenshot: casualty panel, ${scheme}`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await open(page);
    const panel = page.locator('#casualties');
    const name = `tests/screenshots/${testInfo.project.name}-${scheme}-casualties`;
    await panel.locator('.chart-view .mark').nth(2).click();
    await panel.screenshot({ path: `${name}-chart.png` });
    await panel.getByRole('button', { name: choice('view:timeline'), exact: true }).click();
    await panel.getByRole('button', { name: choice('scale:log'), exact: true }).click();
    await panel.screenshot({ path: `${name}-timeline.png` });
    await panel.getByRole('button', { name: choice('view:table'), exact: true }).click();
    await panel.screenshot({ path: `${name}-table.png` });
  });
}

test('screenshot: corrections and a figure charted by our reading', async ({ page }, testInfo) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  const name = `tests/screenshots/${testInfo.project.name}`;
  const row = page.locator(`#estimate-${(estimates.find((e) => e.reading) ?? estimates[0]).id}`);
  await row.locator('.mark').click();
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${name}-reading.png` });
  await page.locator('#corrections').screenshot({ path: `${name}-corrections.png` });
  await page.locator('header.story-header').screenshot({ path: `${name}-header.png` });
});
