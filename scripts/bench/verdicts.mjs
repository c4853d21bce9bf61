// Every budget in budgets.json against the results, apart from how they are shown:
// one verdict per budget, { id, label, value, limit, pass }. Timings are checked on
// medians, layout shift on the worst run.
import { INTERACTIONS } from './interactions.mjs';

export function verdicts(results, budgets) {
  const { baseline, app, interactions, lighthouse, bytes } = results;
  const list = [];
  const add = (id, label, value, limit, pass) => list.push({ id, label, value, limit, pass });
  const baselineFcp = baseline.first_contentful_paint.median;

  const fcp = app.first_contentful_paint.median / baselineFcp;
  add('fcp', 'first contentful paint / baseline’s', fcp, budgets.fcp_to_baseline_fcp, fcp <= budgets.fcp_to_baseline_fcp);
  add('cls', 'cumulative layout shift (worst run)', app.cumulative_layout_shift.max, budgets.cls, app.cumulative_layout_shift.max < budgets.cls);
  const interactive = app.interactive.median / baselineFcp;
  add('interactive', 'interactive / baseline’s first contentful paint', interactive, budgets.interactive_to_baseline_fcp, interactive <= budgets.interactive_to_baseline_fcp);
  for (const { id, label } of INTERACTIONS) {
    const median = interactions[id].event_ms.median;
    add(`interaction:${id}`, `${label} (Event Timing)`, median, budgets.interactions_ms[id], median <= budgets.interactions_ms[id]);
  }
  // Only the categories budgets.json names for a page: embeds are noindex on purpose,
  // which Lighthouse's SEO score counts against them, so theirs is shown, not held.
  for (const [page, categories] of Object.entries(budgets.lighthouse)) {
    for (const [category, limit] of Object.entries(categories)) {
      const score = lighthouse[page][category].median;
      add(`lighthouse:${page}:${category}`, `Lighthouse ${category}, ${page}`, score, limit, score >= limit);
    }
  }
  const gzip = bytes.app.total.gzip;
  add('first_view', 'first view of index.html, gzip bytes', gzip, budgets.first_view_gzip_bytes, gzip <= budgets.first_view_gzip_bytes);
  return list;
}
