// The reader the bench stands in for: a 390 px phone with a 4× CPU slowdown (a
// mid-range phone next to this machine), on a slow mobile connection for loads.
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const CPU_SLOWDOWN = 4;
export const NETWORK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

/** A fresh context and page on the phone, cache off. `network: true` also throttles
 *  the connection (load timings); interactions happen after load, where it changes
 *  nothing but the wait. Console errors and uncaught exceptions collect in `errors`. */
export async function openPhone(browser, { network = false, initScripts = [] } = {}) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  for (const script of initScripts) await page.addInitScript(script);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  return { context, page, cdp, errors };
}

/** Resolves when `html[data-interactive]` is set (the page's own word that its
 *  controls work), at most two minutes after the load started. */
export async function untilInteractive(page) {
  await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: 120_000 });
}

/** Two frames, then an idle moment: the work a previous step queued has run. */
export async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(resolve, { timeout: 3000 })));
  }));
}

/** How the reader presses `interaction`'s control: a mouse click unless the
 *  interaction says otherwise (a tap). */
export const press = (interaction, control) => (interaction.press ? interaction.press(control) : control.click());
