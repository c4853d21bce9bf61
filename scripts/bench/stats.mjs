// Median, minimum and maximum: budgets are checked on medians, so one slow run on a
// shared machine does not fail the bench, and the spread shows how far to trust it.

/** For an even count, the upper of the two middle values (never an average of two runs). */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Runs (objects of numbers with the same keys) → each key's stats. A missing figure
 *  fails the bench rather than sorting as NaN into a median. */
export function summarise(runs) {
  return Object.fromEntries(Object.keys(runs[0]).map((key) => {
    const values = runs.map((run) => run[key]);
    if (!values.every(Number.isFinite)) throw new Error(`${key}: a run has no figure (${values.join(', ')})`);
    return [key, stats(values)];
  }));
}
