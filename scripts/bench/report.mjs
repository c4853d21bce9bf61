// bench/results.md: the results and the verdicts (computed in verdicts.mjs) as tables.
// Nothing here decides a pass or a fail.
import { INTERACTIONS, THRESHOLD_MS } from './interactions.mjs';
import { allowedMs } from './verdicts.mjs';
import { CPU_SLOWDOWN, NETWORK, PHONE } from './phone.mjs';

const ms = (value) => `${Math.round(value)} ms`;
const kb = (value) => `${(value / 1000).toFixed(1)} KB`;
const cls = (value) => value.toFixed(4);
const spread = (s, format) => (s.min === s.max ? format(s.median) : `${format(s.median)} (${format(s.min)}–${format(s.max)})`);
const row = (cells) => `| ${cells.join(' | ')} |`;

export function report(results, verdicts) {
  const verdict = (id) => {
    const found = verdicts.find((v) => v.id === id);
    return found ? (found.pass ? 'pass' : '**fail**') : '';
  };
  const { baseline, app, interactions, lighthouse, lighthouse_budgets: held, bytes, runs, budgets } = results;
  const { ratio: limitRatio, slack_ms: slack } = budgets.interactions_to_limit;
  const ratio = (a, b) => (a / b).toFixed(2);
  const baselineFcp = baseline.first_contentful_paint.median;
  const build = Number.isFinite(results.build.seconds) ? `${results.build.kind}, ${results.build.seconds} s` : 'not timed (run through ./x bench)';

  const load = [
    ['Bytes transferred', spread(baseline.transferred_bytes, kb), spread(app.transferred_bytes, kb), ratio(app.transferred_bytes.median, baseline.transferred_bytes.median), '', ''],
    ['First contentful paint', spread(baseline.first_contentful_paint, ms), spread(app.first_contentful_paint, ms),
      ratio(app.first_contentful_paint.median, baselineFcp), `≤ ${budgets.fcp_to_baseline_fcp}×`, verdict('fcp')],
    ['Largest contentful paint', spread(baseline.largest_contentful_paint, ms), spread(app.largest_contentful_paint, ms), ratio(app.largest_contentful_paint.median, baseline.largest_contentful_paint.median), '', ''],
    ['Cumulative layout shift', spread(baseline.cumulative_layout_shift, cls), spread(app.cumulative_layout_shift, cls), '', `< ${budgets.cls}`, verdict('cls')],
    ['Interactive (`data-interactive`)', '—', spread(app.interactive, ms), `${ratio(app.interactive.median, baselineFcp)} × baseline FCP`, `≤ ${budgets.interactive_to_baseline_fcp}× baseline FCP`, verdict('interactive')],
    ['JS heap after load', spread(baseline.js_heap_bytes, kb), spread(app.js_heap_bytes, kb), ratio(app.js_heap_bytes.median, baseline.js_heap_bytes.median), '', ''],
    ['First view of index.html, gzip', kb(bytes.baseline.total.gzip), kb(bytes.app.total.gzip), ratio(bytes.app.total.gzip, bytes.baseline.total.gzip), `≤ ${kb(budgets.first_view_gzip_bytes)}`, verdict('first_view')],
  ];

  const pages = Object.keys(lighthouse);
  const categories = Object.keys(lighthouse[pages[0]]);
  const score = (page, category) => {
    const s = lighthouse[page][category];
    const shown = s.min === s.max ? String(s.median) : `${s.median} (${s.min}–${s.max})`;
    const budget = held[page]?.[category];
    if (budget === undefined) return page === 'baseline' ? shown : `${shown}, not held`;
    return `${shown}, ${verdict(`lighthouse:${page}:${category}`)}`;
  };

  const pageBytes = [['index.html', bytes.app], ...Object.entries(bytes.embeds), ['baseline (index.html, no scripts)', bytes.baseline]];
  const lines = [
    `# ./x bench, ${results.date}`,
    '',
    `Phone ${PHONE.viewport.width} px, ${CPU_SLOWDOWN}× CPU slowdown, headless Chromium, cache off, brotli. Build: ${build}. ` +
      `The machine’s load average at the start and the end: ${results.conditions.load_average.join(' and ')} (on ${results.conditions.cores} cores).`,
    '',
    `## Loading: ${runs.load} loads of each page, alternating`,
    '',
    `${NETWORK.downloadThroughput * 8 / 1e6} Mbit/s down, ${NETWORK.latency} ms round trip. Median (min–max); CLS is held on the worst run.`,
    '',
    row(['Measure', 'Plain-HTML baseline', 'Refuseniks', 'Ratio', 'Budget', '']),
    '|---|---|---|---|---|---|',
    ...load.map(row),
    '',
    `## Interactions: ${runs.interactions} fresh loads each, on the page and on its limit page, alternating`,
    '',
    'Event Timing (what INP is built on): the longest entry of the interaction, from the input’s timestamp to the next paint, ' +
      `after a trusted click (a tap for the mark). The browser rounds to 8 ms and reports nothing under ${THRESHOLD_MS} ms, which then counts as ${THRESHOLD_MS}. ` +
      'The limit page is the same HTML with no script of ours but a player that makes, in the press’s own event, exactly the DOM changes ' +
      'the client made for it (recorded in this run, and checked node for node; their count is the second column): what the press costs the browser alone. ' +
      `Budget: the page’s median at most ${limitRatio}× the limit page’s, or ${slack} ms more when that is larger; the milliseconds are ` +
      `this machine’s, shown and never judged (load average ${results.conditions.load_average_interactions.join(' → ')} while they ran). ` +
      'The last columns are the older measure, for comparison: the click’s timestamp to a task after the next animation frame.',
    '',
    row(['Interaction', 'DOM changes', 'Refuseniks, median (min–max)', 'Limit page, median (min–max)', 'Ratio', 'Allowed', '', 'Click to next frame, page', 'limit page']),
    '|---|---:|---|---|---|---|---|---|---|',
    ...INTERACTIONS.map(({ id, label }) => {
      const { app: page, limit } = interactions[id];
      return row([label, results.dom_changes[id], spread(page.event_ms, ms), spread(limit.event_ms, ms), ratio(page.event_ms.median, limit.event_ms.median),
        `≤ ${ms(allowedMs(limit.event_ms.median, budgets.interactions_to_limit))}`, verdict(`interaction:${id}`),
        spread(page.frame_after_click_ms, ms), spread(limit.frame_after_click_ms, ms)]);
    }),
    '',
    `## Lighthouse ${results.lighthouse_version}: median (min–max) of ${runs.lighthouse} runs, mobile, simulated throttling`,
    '',
    row(['Category', ...pages]),
    `|---|${pages.map(() => '---').join('|')}|`,
    ...categories.map((category) => row([category, ...pages.map((page) => score(page, category))])),
    '',
    '## Bytes',
    '',
    row(['First view of', 'Files', 'Raw', 'Gzip', 'Brotli', 'Gzip / index.html']),
    '|---|---:|---:|---:|---:|---:|',
    ...pageBytes.map(([page, b]) => row([page, Object.keys(b.files).length, b.total.raw, b.total.gzip, b.total.brotli, ratio(b.total.gzip, bytes.app.total.gzip)])),
    '',
    row(['File (first view of index.html)', 'Raw', 'Gzip', 'Brotli']),
    '|---|---:|---:|---:|',
    ...Object.entries(bytes.app.files).map(([file, s]) => row([file, s.raw, s.gzip, s.brotli])),
    row(['**total**', bytes.app.total.raw, bytes.app.total.gzip, bytes.app.total.brotli]),
    '',
    row(['Every file in dist/', 'Raw', 'Gzip', 'Brotli']),
    '|---|---:|---:|---:|',
    ...Object.entries(bytes.every_file).map(([file, s]) => row([file, s.raw, s.gzip, s.brotli])),
  ];
  return `${lines.join('\n')}\n`;
}
