// The walk's driver for WebKit (Safari's engine): Debian's WebKitWebDriver driving the
// WebKitGTK MiniBrowser, through selenium-webdriver pointed at a driver we start
// ourselves (so selenium-manager never runs). MiniBrowser needs a display: run the
// walk under `xvfb-run -a`.
import { Builder, Key, WebElement } from 'selenium-webdriver';
import { startCaptureProxy } from './capture-proxy.mjs';
import { freePort, start, stop } from './processes.mjs';

const DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const KEYS = { Escape: Key.ESCAPE, Enter: Key.ENTER, Tab: Key.TAB };

export async function launch(baseURL) {
  const port = await freePort();
  const driverProcess = await start(DRIVER, [`--port=${port}`], { readyURL: `http://127.0.0.1:${port}/status` });
  // Pages are loaded through the proxy, which adds capture.js (see capture-proxy.mjs).
  const proxy = await startCaptureProxy(new URL(baseURL).origin);
  const base = new URL(new URL(baseURL).pathname, proxy.origin).href;
  let driver;
  try {
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }).build();
    await driver.manage().setTimeouts({ pageLoad: 30_000, script: 30_000 });
    // The e2e "desktop" size; MiniBrowser's toolbar takes some of the height.
    await driver.manage().window().setRect({ width: 1280, height: 900 });
  } catch (error) {
    if (driver) await driver.quit().catch(() => {});
    proxy.close();
    await stop(driverProcess);
    throw error;
  }

  // Errors of pages already left: each page keeps its own in window.__walkErrors.
  const past = [];
  const run = (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);

  return {
    name: 'webkit',
    async goto(path) {
      const current = await driver.executeScript('return window.__walkErrors || null');
      if (current) past.push(...current);
      await driver.get(new URL(path, base).href); // returns after the load event
    },
    evaluate: run,
    async click(find, ...args) {
      const element = await run(find, ...args);
      if (!(element instanceof WebElement)) throw new Error('click: nothing to click');
      await element.click(); // WebDriver element click: into view, then a real click at its centre
    },
    async press(key) {
      if (!KEYS[key]) throw new Error(`press: no mapping for ${key}`);
      await driver.actions().sendKeys(KEYS[key]).perform(); // to the focused element
    },
    async errors() {
      // A file:// page does not pass through the capture proxy; what it shows is checked
      // by its step (it must become interactive: a panic or a failed start marks the page).
      if (await driver.executeScript('return location.protocol') === 'file:') return past;
      const current = await driver.executeScript('return window.__walkErrors || null');
      if (!current) throw new Error('error capture is not running in this page (capture.js missing)');
      return [...past, ...current];
    },
    async close() {
      await driver.quit().catch(() => {});
      proxy.close();
      await stop(driverProcess);
    },
  };
}
