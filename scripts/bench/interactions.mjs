// How long the page takes to answer a reader's press, as the browser itself reports
// it: the Event Timing API, which INP is built on. An interaction (pointerdown,
// pointerup, click share one interactionId) lasts from the input's timestamp to the
// next paint after its handlers; its figure is its longest entry's `duration`.
//
// Each interaction runs on a fresh page (no state left by another), once it is
// interactive and an idle moment, with a real (trusted) mouse click from Playwright (a
// tap for a mark). Controls are found by role and accessible name, as a reader's
// assistive technology would, so a rewrite of the client's internals or of the DOM
// does not move them. Each is measured on the page and on its limit page (limit.mjs),
// alternating the two run by run.
import { limitUrl } from './limit.mjs';
import { openPhone, press, settle, untilInteractive } from './phone.mjs';
import { stats } from './stats.mjs';
import { readFacts, writeFacts } from '../../tests/facts.mjs';

// The controls' names, from the content the page is built from.
writeFacts();
const facts = readFacts();
const { choices, groups } = facts.panel;

/** The browser rounds durations to 8 ms and, at the lowest threshold it allows, does not
 *  report an interaction under 16 ms: such an interaction counts as 16, an upper bound. */
export const THRESHOLD_MS = 16;

const pressed = (control) => control.getAttribute('aria-pressed').then((value) => value === 'true');
const figureColumn = (page) => page.getByRole('columnheader', { name: facts.words['casualties.column_figure'], exact: true });
const group = (page, name) => page.getByRole('group', { name: groups[name], exact: true });
/** The first of `locators` on the page, in document order. */
const firstOf = (locators) => locators.reduce((a, b) => a.or(b)).first();

export const INTERACTIONS = [
  {
    id: 'open_note',
    label: 'Open a note',
    // The first footnote marker: a link to its endnote until the wasm starts, then a button.
    control: (page) => page.getByRole('button', { name: facts.notes[0].name, exact: true }).first(),
    done: (control) => control.getAttribute('aria-expanded').then((value) => value === 'true'),
  },
  {
    id: 'scale',
    label: 'Switch the chart’s scale',
    control: (page) => group(page, 'scale').getByRole('button', { name: choices['scale:log'], exact: true }),
    done: pressed,
  },
  {
    id: 'sort',
    label: 'Sort the table',
    // The table view first, not measured: the sort is a press in that view.
    prepare: (page) => group(page, 'view').getByRole('button', { name: choices['view:table'], exact: true }).click(),
    control: (page) => figureColumn(page).getByRole('button', { name: facts.words['casualties.column_figure'], exact: true }),
    done: (control, page) => figureColumn(page).getAttribute('aria-sort').then((value) => value !== null && value !== 'none'),
  },
  {
    id: 'show_all',
    label: 'Show all notes',
    // Not `exact`: CSS puts a ⊕ before the words, and it is part of the name.
    control: (page) => page.getByRole('button', { name: facts.words['notes.show_all'] }),
    done: pressed,
  },
  {
    id: 'view',
    label: 'Choose a view',
    // The first view not shown now, whichever views the panel offers; by name, so the
    // locator still finds it once it is pressed.
    control: async (page) => {
      for (const [key, name] of Object.entries(choices)) {
        const button = group(page, 'view').getByRole('button', { name, exact: true });
        if (key.startsWith('view:') && await button.count() && await button.getAttribute('aria-pressed') === 'false') return button;
      }
      throw new Error('no view to choose: every view button is pressed or missing');
    },
    done: pressed,
  },
  {
    id: 'mark',
    label: 'Select a mark',
    // The first estimate's mark the chart shows, tapped: on a phone the tap is the
    // press, and the pointer coming over the mark is part of it.
    control: (page) => firstOf(facts.estimates.map((e) => page.getByRole('button', { name: e.markName, exact: true }))),
    press: (control) => control.tap(),
    done: pressed,
  },
];

/** Runs in the page before its scripts: every Event Timing entry of an interaction,
 *  kept as the longest per interactionId; and, for comparison with earlier benches, the
 *  old measure: a click's timestamp to a task after the next animation frame. */
function observeInteractions() {
  window.__interactions = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue; // hovers and scrolls are not interactions
      const seen = window.__interactions[entry.interactionId];
      if (!seen || entry.duration > seen.duration) {
        window.__interactions[entry.interactionId] = { duration: entry.duration, name: entry.name, startTime: entry.startTime };
      }
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  window.__frameAfterClick = [];
  addEventListener('click', (event) => {
    const start = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__frameAfterClick.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, { capture: true });
}

const interactionIds = (page) => page.evaluate(() => Object.keys(window.__interactions));
const interactionCount = (page) => page.evaluate(() => performance.interactionCount ?? null);

/** The longest entry of the one interaction not in `before`, waiting up to 2 s for it
 *  (entries come a little after the paint); null if none comes, which happens when the
 *  interaction was under the threshold. */
async function newInteraction(page, before) {
  try {
    await page.waitForFunction((known) => Object.keys(window.__interactions).some((id) => !known.includes(id)), before, { timeout: 2000, polling: 50 });
  } catch {
    return null;
  }
  return page.evaluate((known) => {
    const fresh = Object.entries(window.__interactions).filter(([id]) => !known.includes(id));
    if (fresh.length !== 1) throw new Error(`one press made ${fresh.length} interactions`);
    return fresh[0][1];
  }, before);
}

/** One interaction on a fresh page: { event_ms, frame_after_click_ms, entry }. The
 *  limit page starts where `prepare` leaves the real page, so it skips it. */
export async function measureInteraction(browser, url, interaction, { prepare = true } = {}) {
  const { context, page, errors } = await openPhone(browser, { initScripts: [observeInteractions] });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await untilInteractive(page);
  if (interaction.prepare && prepare) {
    const known = await interactionIds(page);
    await interaction.prepare(page);
    await newInteraction(page, known); // its entries arrive before the measured press
  }
  const control = await interaction.control(page);
  await control.scrollIntoViewIfNeeded();
  await settle(page);
  const before = await interactionIds(page);
  const countBefore = await interactionCount(page);
  const frames = await page.evaluate(() => window.__frameAfterClick.length);
  await press(interaction, control);
  // Its entries are read only once the click was handled, a frame drawn and a moment
  // passed: the pointerdown's entry can come a frame before the click's, and the
  // interaction's figure is the longest of them.
  await page.waitForFunction((n) => window.__frameAfterClick.length > n, frames);
  await settle(page);
  const entry = await newInteraction(page, before);
  if (!await interaction.done(control, page)) throw new Error(`${url}: ${interaction.label}: the press did not do its work`);
  if (!entry) {
    // No entry: under the threshold, provided the browser counted an interaction at all.
    const countAfter = await interactionCount(page);
    if (countBefore !== null && countAfter === countBefore) throw new Error(`${url}: ${interaction.label}: the browser saw no interaction`);
  }
  const frameAfterClick = await page.evaluate(() => window.__frameAfterClick.at(-1));
  await context.close();
  if (errors.length) throw new Error(`${url}: errors in the page: ${errors.join('; ')}`);
  return { event_ms: entry ? entry.duration : THRESHOLD_MS, frame_after_click_ms: frameAfterClick, entry };
}

const summary = (list) => ({
  event_ms: stats(list.map((run) => run.event_ms)),
  frame_after_click_ms: stats(list.map((run) => run.frame_after_click_ms)),
  under_threshold: list.filter((run) => !run.entry).length,
  runs: list,
});

/** `runs` rounds of every interaction, each on a fresh page, on the site and on the
 *  limit page in turn, the one first in one round going second in the next, so a slow
 *  moment on the machine falls on both: per interaction and page the stats of both
 *  measures, how many runs fell under the threshold, and the raw runs. */
export async function measureInteractions(browser, { site, limit }, runs, progress = () => {}) {
  const all = Object.fromEntries(INTERACTIONS.map(({ id }) => [id, { app: [], limit: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const interaction of INTERACTIONS) {
      const pages = [
        ['app', () => measureInteraction(browser, site, interaction)],
        ['limit', () => measureInteraction(browser, limitUrl(limit, interaction), interaction, { prepare: false })],
      ];
      if (i % 2) pages.reverse();
      for (const [name, measure] of pages) all[interaction.id][name].push(await measure());
    }
    progress(`interactions ${i + 1}/${runs}`);
  }
  return Object.fromEntries(Object.entries(all).map(([id, { app, limit }]) => [id, { app: summary(app), limit: summary(limit) }]));
}
