// Every budget in budgets.json against the results, apart from how they are shown:
// one verdict per budget, { id, label, value, limit, pass }. Timings are checked on
// medians, layout shift on the worst run; interactions against the limit page's median
// in the same run, never against a number of milliseconds.
import { INTERACTIONS } from './interactions.mjs';

/** The most an interaction may take, given its limit page's median: `ratio` times it,
 *  or `slack_ms` more when that is larger (Event Timing's 8 ms steps). */
export const allowedMs = (limitMs, { ratio, slack_ms: slack }) => Math.max(limitMs * ratio, limitMs + slack);

export function verdicts(results, budgets) {
  const { baseline, app, interactions, lighthouse, lighthouse_budgets: held, bytes } = results;
  const list = [];
  const add = (id, label, value, limit, pass) => list.push({ id, label, value, limit, pass });
  const baselineFcp = baseline.first_contentful_paint.median;

  const fcp = app.first_contentful_paint.median / baselineFcp;
  add('fcp', 'first contentful paint / baseline’s', fcp, budgets.fcp_to_baseline_fcp, fcp <= budgets.fcp_to_baseline_fcp);
  add('cls', 'cumulative layout shift (worst run)', app.cumulative_layout_shift.max, budgets.cls, app.cumulative_layout_shift.max < budgets.cls);
  const interactive = app.interactive.median / baselineFcp;
  add('interactive', 'interactive / baseline’s first contentful paint', interactive, budgets.interactive_to_baseline_fcp, interactive <= budgets.interactive_to_baseline_fcp);
  for (const { id, label } of INTERACTIONS) {
    const median = interactions[id].app.event_ms.median;
    const allowed = allowedMs(interactions[id].limit.event_ms.median, budgets.interactions_to_limit);
    add(`interaction:${id}`, `${label} (Event Timing, ms, against the limit page’s)`, median, allowed, median <= allowed);
  }
  // Only the categories budgets.json names for a page: embeds are noindex on purpose,
  // which Lighthouse's SEO score counts against them, so theirs is shown, not held.
  for (const [page, categories] of Object.entries(held)) {
    for (const [category, limit] of Object.entries(categories)) {
      const score = lighthouse[page][category].median;
      add(`lighthouse:${page}:${category}`, `Lighthouse ${category}, ${page}`, score, limit, score >= limit);
    }
  }
  const gzip = bytes.app.total.gzip;
  add('first_view', 'first view of index.html, gzip bytes', gzip, budgets.first_view_gzip_bytes, gzip <= budgets.first_view_gzip_bytes);
  return list;
}
