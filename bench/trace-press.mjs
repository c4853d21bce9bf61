// A Chrome trace of one press (on the phone, 4× CPU), on the page and on its limit page:
// where the main thread's time goes from the press to the next paint, by kind (self
// times): style, layout, paint (pre-paint, paint, layerize, commit), script, other.
// Usage: node bench/trace-press.mjs <site url> <limit url> <press id> [runs]
// Run after ./x bench, with its servers (or any) serving dist/ and bench/limit/.
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../playwright.config.mjs';
import { INTERACTIONS } from '../scripts/bench/interactions.mjs';
import { openPhone, press, settle, untilInteractive } from '../scripts/bench/phone.mjs';

const [site, limit, id, runs = 3] = process.argv.slice(2);
const interaction = INTERACTIONS.find((i) => i.id === id);
const KINDS = {
  style: /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|InvalidateLayout|StyleInvalidatorInvalidationTracking)$/,
  layout: /^(Layout|UpdateLayerTree|IntersectionObserverController::computeIntersections)$/,
  paint: /^(PrePaint|Paint|PaintImage|Layerize|Commit|UpdateLayer|CompositeLayers|RasterTask|Decode Image)$/,
  script: /^(FunctionCall|EventDispatch|EvaluateScript|v8\.|V8\.|RunMicrotasks|TimerFire|FireAnimationFrame|FireIdleCallback|MajorGC|MinorGC|v8)/,
};
const kindOf = (name) => Object.keys(KINDS).find((kind) => KINDS[kind].test(name)) || 'other';

async function traceOnce(browser, url, prepare) {
  const { context, page } = await openPhone(browser);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await untilInteractive(page);
  if (prepare && interaction.prepare) await interaction.prepare(page);
  const control = await interaction.control(page);
  await control.scrollIntoViewIfNeeded();
  await settle(page);
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  await press(interaction, control);
  await settle(page);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  return breakdown(events);
}

/** Self time by kind on the renderer's main thread, from the first input event to the
 *  end of the first paint after the last input event's dispatch. */
function breakdown(events) {
  const isInput = (e) => e.name === 'EventDispatch' && /^(pointerdown|mousedown|pointerup|mouseup|click|touchstart|touchend)$/.test(e.args?.data?.type);
  // The page's main thread: the one the press was dispatched on (a trace holds every
  // renderer's).
  const click = events.find((e) => isInput(e) && e.args.data.type === 'click');
  if (!click) return null;
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === click.pid && e.tid === click.tid && e.dur !== undefined);
  const inputs = onMain.filter(isInput);
  if (!inputs.length) return null;
  const start = Math.min(...inputs.map((e) => e.ts));
  const lastInput = Math.max(...inputs.map((e) => e.ts + e.dur));
  const paint = onMain.filter((e) => (e.name === 'Paint' || e.name === 'Commit') && e.ts >= lastInput).sort((a, b) => a.ts - b.ts)[0];
  const end = paint ? paint.ts + paint.dur : lastInput;
  const within = onMain.filter((e) => e.ts >= start && e.ts + e.dur <= end).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = { style: 0, layout: 0, paint: 0, script: 0, other: 0 };
  // Self time: an event's duration less its children's (events nest by time on one thread).
  const stack = [];
  for (const e of within) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length) stack.at(-1).self -= e.dur;
    e.self = e.dur;
    stack.push(e);
  }
  for (const e of within) totals[kindOf(e.name)] += e.self / 1000;
  if (process.env.TRACE_NAMES) {
    const names = {};
    for (const e of within) names[e.name] = (names[e.name] || 0) + e.self / 1000;
    console.log(Object.entries(names).sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, t]) => `${n} ${t.toFixed(1)}`).join(', '));
  }
  return { span: (end - start) / 1000, ...totals };
}

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const browser = await chromium.launch(CHROMIUM);
for (const [label, url, prepare] of [['page', site, true], ['limit', `${limit}?press=${id}`, false]]) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await traceOnce(browser, url, prepare));
  if (all.includes(null)) throw new Error(`${label}: a trace without the press's click`);
  const kinds = ['span', 'script', 'style', 'layout', 'paint', 'other'];
  console.log(`${interaction.label}, ${label}: ${kinds.map((k) => `${k} ${median(all.map((r) => r[k])).toFixed(1)} ms`).join(', ')}`);
}
await browser.close();
