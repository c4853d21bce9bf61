// Prints the ten slowest tests and the share of its timeout each used, so a test
// drifting toward its limit is seen long before it fails on a slow machine. The aim: on
// an idle 2-core machine no test uses more than a third. A test past half fails the
// run: on a machine three times slower it would not finish.

const SHOWN = 10;
const AIM = 1 / 3;
const LIMIT = 1 / 2;

export default class SlowestReporter {
  constructor() { this.runs = []; }

  onTestEnd(test, result) {
    if (result.status === 'skipped') return;
    const project = test.parent.project()?.name ?? '';
    this.runs.push({ title: `[${project}] ${test.titlePath().slice(2).join(' › ')}`, duration: result.duration, timeout: test.timeout });
  }

  onEnd() {
    const slowest = [...this.runs].sort((a, b) => b.duration / b.timeout - a.duration / a.timeout).slice(0, SHOWN);
    const over = this.runs.filter((run) => run.duration > run.timeout * AIM).length;
    const lines = slowest.map(({ title, duration, timeout }) => {
      const share = duration / timeout;
      const flag = share > AIM ? '  ← over a third' : '';
      return `  ${(duration / 1000).toFixed(1).padStart(5)} s of ${timeout / 1000} s  ${(share * 100).toFixed(0).padStart(3)}%  ${title}${flag}`;
    });
    console.log(`\nSlowest tests by share of their timeout (aim: under ${Math.round(AIM * 100)}%; ${over} over):\n${lines.join('\n')}`);
    const past = this.runs.filter((run) => run.duration > run.timeout * LIMIT);
    for (const { title, duration, timeout } of past) {
      console.log(`  FAILED: ${title} used ${Math.round((duration / timeout) * 100)}% of its ${timeout / 1000} s timeout (limit ${LIMIT * 100}%)`);
    }
    if (past.length > 0) return { status: 'failed' };
    return undefined;
  }

  printsToStdio() { return false; }
}
