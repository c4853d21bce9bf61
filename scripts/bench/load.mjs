// One load of a page on the throttled phone: paint, layout shift, time to interactive,
// JS heap and bytes on the wire.
import { openPhone, untilInteractive } from './phone.mjs';
import { summarise } from './stats.mjs';

/** Runs in the page before any of its scripts: paint, LCP and layout-shift entries
 *  from the very start, and the moment `data-interactive` appears on <html>. */
function observeLoad() {
  window.__load = { lcp: 0, cls: 0, interactive: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__load.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__load.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // The attribute, not the `interactive` performance mark set beside it: the attribute
  // is what CSS and the tests rely on, so it survives a rewrite of the client. A
  // mutation record is delivered in a microtask after the change: the same task.
  new MutationObserver((records, observer) => {
    if (document.documentElement?.hasAttribute('data-interactive')) {
      window.__load.interactive = performance.now();
      observer.disconnect();
    }
  // Observes the document, not <html>: this runs before the parser has made <html>.
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
}

/** `interactive: true` for the page (waits until it is interactive), false for the baseline. */
export async function measureLoad(browser, url, { interactive }) {
  const { context, page, cdp, errors } = await openPhone(browser, { network: true, initScripts: [observeLoad] });
  let transferred = 0;
  cdp.on('Network.loadingFinished', (event) => { transferred += event.encodedDataLength; });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // On a busy machine the baseline, which has no script, can fire `load` before it
  // paints. Polled with plain timers: page.waitForFunction would put Playwright's own
  // script in the page's heap, which is measured below. Gives up after a minute (the
  // missing figure then fails the bench).
  await page.evaluate(() => new Promise((resolve) => {
    const giveUp = performance.now() + 60_000;
    const poll = () => {
      const painted = performance.getEntriesByName('first-contentful-paint').length > 0 && window.__load.lcp > 0;
      if (painted || performance.now() > giveUp) resolve(); else setTimeout(poll, 50);
    };
    poll();
  }));
  if (interactive) await untilInteractive(page);
  await page.waitForTimeout(300); // lets the last layout shifts and LCP candidates arrive
  const run = await page.evaluate(() => ({
    first_contentful_paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    largest_contentful_paint: window.__load.lcp,
    cumulative_layout_shift: window.__load.cls,
    ...(window.__load.interactive === null ? {} : { interactive: window.__load.interactive }),
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  run.js_heap_bytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  run.transferred_bytes = transferred;
  await context.close();
  if (errors.length) throw new Error(`${url}: errors in the page: ${errors.join('; ')}`);
  return run;
}

/** `runs` loads of each page, alternating so a slow moment on the machine hits both:
 *  { name: { measure: { median, min, max } } }. `pages`: { name: { url, interactive } }. */
export async function measureLoads(browser, pages, runs, progress = () => {}) {
  const all = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, { url, interactive }] of Object.entries(pages)) all[name].push(await measureLoad(browser, url, { interactive }));
    progress(`loads ${i + 1}/${runs}`);
  }
  return Object.fromEntries(Object.entries(all).map(([name, list]) => [name, summarise(list)]));
}
