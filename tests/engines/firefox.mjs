// The walk's driver for Firefox: Debian's firefox-esr through puppeteer-core, which
// speaks WebDriver BiDi to it (no geckodriver, nothing downloaded).
import puppeteer from 'puppeteer-core';

export async function launch(baseURL) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    timeout: 60_000, // a cold start on a busy 2-core machine
    defaultViewport: { width: 1280, height: 900 }, // the e2e "desktop" size
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);

  // Console errors and uncaught exceptions, as the e2e fixtures collect them; every
  // message is kept so errors() can see its own flush marker arrive.
  const messages = [];
  page.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => messages.push({ type: 'error', text: `uncaught: ${error.message}` }));
  let flushes = 0;

  return {
    name: 'firefox',
    async goto(path) {
      await page.goto(new URL(path, baseURL).href, { waitUntil: 'load', timeout: 30_000 });
    },
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    async click(find, ...args) {
      const element = (await page.evaluateHandle(find, ...args)).asElement();
      if (!element) throw new Error('click: nothing to click');
      await element.click(); // scrolls it into view, then a real mouse click at its centre
      await element.dispose();
    },
    press: (key) => page.keyboard.press(key),
    /** Errors so far. Events arrive asynchronously, so first log a marker and wait for it:
     * everything logged before it has then arrived, and the channel is shown to work. */
    async errors() {
      const marker = `walk: flush ${++flushes}`;
      await page.evaluate((text) => console.info(text), marker);
      const deadline = Date.now() + 5_000;
      while (!messages.some((m) => m.text === marker)) {
        if (Date.now() > deadline) throw new Error('console capture is not working: a console.info from the page never arrived');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return messages.filter((m) => m.type === 'error').map((m) => m.text);
    },
    close: () => browser.close(),
  };
}
