// The reader's core walk, written once for every engine. It needs a small driver
// (firefox.mjs, webkit.mjs):
//   goto(path)               load a page (relative to the site), return after its load event
//   evaluate(fn, ...args)    run fn in the page, return its JSON-able result
//   click(find, ...args)     a real click on the element find(...args) returns in the page
//   press(key)               a real key press, to whatever has focus ('Escape')
//   errors()                 console errors and uncaught exceptions so far, as strings
// Each step checks what a reader sees, by polling the page until a deadline, and fails
// with what the page last showed.

const HYDRATION_MS = 20_000;
const UI_MS = 5_000;

const STEPS = [
  ['index.html becomes interactive', async (driver) => {
    await open(driver, './');
  }],

  ['a footnote opens on click, and Escape closes it with focus back on its marker', async (driver) => {
    const { markerId, noteId } = await driver.evaluate(markerInArticle, 0);
    const note = () => driver.evaluate(noteState, markerId, noteId);
    await until(`#${noteId} starts closed`, UI_MS, note, (s) => s.expanded === 'false' && !s.shown);
    await driver.click(byId, markerId);
    const opened = await until(`#${noteId} opens when #${markerId} is clicked`, UI_MS, note, (s) => s.expanded === 'true' && s.shown);
    // Escape closes the note holding focus, else the newest. A reader presses it with focus
    // where the click left it, on the marker (Safari on macOS would not focus a clicked
    // button; WebKitGTK and Firefox on Linux do), so this walk checks that, not forces it.
    if (opened.focus !== 'marker' && opened.focus !== 'note') throw new Error(`after the click, focus is on ${opened.focus}, not on the marker or in its note`);
    await driver.press('Escape');
    await until(`Escape closes #${noteId} and returns focus to #${markerId}`, UI_MS, note,
      (s) => s.expanded === 'false' && !s.shown && s.focus === 'marker');
  }],

  ['a note’s address opens it on load', async (driver) => {
    const { markerId, noteId } = await driver.evaluate(markerInArticle, 2);
    await driver.goto('about:blank'); // a fresh load, not a same-page fragment change
    await open(driver, `./#${noteId}`);
    await until(`#${noteId} is open after loading ./#${noteId}`, UI_MS, () => driver.evaluate(noteState, markerId, noteId),
      (s) => s.expanded === 'true' && s.shown);
  }],

  ['the casualty chart switches to a log scale', async (driver, { facts }) => {
    const killed = facts.estimates.filter((e, i) => facts.content.casualties.estimates[i].measure === 'killed');
    const smallest = killed.sort((a, b) => a.places.figure - b.places.figure)[0];
    const mark = () => driver.evaluate(markPosition, smallest.id);
    const linear = await until(`on the linear scale, the ${smallest.figure} mark is drawn`, UI_MS, mark, (s) => s.position !== null);
    await driver.click(panelButton, facts.panel.choices['scale:log']);
    await until(`on the log scale, the ${smallest.figure} mark moves right, out of the corner`, UI_MS, mark,
      (s) => s.position !== null && s.position > linear.position + 0.2);
  }],

  ['the estimates table sorts by figure', async (driver, { facts }) => {
    await driver.click(panelButton, facts.panel.choices['view:table']);
    const table = () => driver.evaluate(tableState);
    const shown = await until('the Table view shows the table', UI_MS, table, (s) => s.width > 200 && s.height > 200);
    const column = facts.words['casualties.column_figure'];
    if (shown.header !== column) throw new Error(`the 4th column is "${shown.header}", not "${column}"`);
    await driver.click(() => document.querySelectorAll('#casualties table thead th')[3].querySelector('button'));
    const descending = [...facts.estimates].sort((a, b) => b.places.figure - a.places.figure).map((e) => e.figure);
    await until(`the ${column} column sorts descending, largest first`, UI_MS, table,
      (s) => s.sort === 'descending' && JSON.stringify(s.figures) === JSON.stringify(descending));
  }],

  ['embed.html?panel=casualties draws its chart', async (driver) => {
    await open(driver, './embed.html?panel=casualties');
    await until('#embed-casualties is the only part shown, with more than 10 marks drawn', UI_MS, () => driver.evaluate(embedState),
      (s) => s.shown.join() === 'embed-casualties' && s.marks > 10 && s.drawn === s.marks);
  }],

  ['the single-file edition is interactive from a file:// address', async (driver, { singleFile }) => {
    await open(driver, singleFile);
    const { markerId, noteId } = await driver.evaluate(markerInArticle, 0);
    await driver.click(byId, markerId);
    await until(`in the single file, #${noteId} opens when #${markerId} is clicked`, UI_MS,
      () => driver.evaluate(noteState, markerId, noteId), (s) => s.expanded === 'true' && s.shown);
  }],

  ['index.html from a file:// address is the static edition, its markers footnote links', async (driver, { hostedFile }) => {
    await driver.goto(hostedFile);
    await until('the page from a file is static, with the notice naming refuseniks.html', UI_MS, () => driver.evaluate(fileState),
      (s) => s.static && s.fromFile && !s.interactive && s.notice.includes('refuseniks.html'));
    const { markerId } = await driver.evaluate(markerInArticle, 2);
    await driver.click(byId, markerId);
    await until(`#${markerId} takes the reader to its endnote`, UI_MS, () => driver.evaluate(() => location.hash),
      (hash) => /^#source-[a-z0-9-]+$/.test(hash));
  }],

  ['no console errors or uncaught exceptions on any page', async (driver) => {
    const errors = await driver.errors();
    if (errors.length) throw new Error(`${errors.length} error(s):\n  ${errors.join('\n  ')}`);
  }],
];

/** Runs every step in order, printing each with its duration; a failed step throws with
 * `error.step` set. `progress.step` names the step running, for run.mjs's messages;
 * `site.singleFile` and `site.hostedFile` are the file:// addresses of dist/refuseniks.html
 * and dist/index.html, `site.facts` what the page must show (tests/facts.mjs). */
export async function walk(driver, say, progress = {}, site = {}) {
  let seen = 0;
  for (const [index, [name, run]] of STEPS.entries()) {
    const label = `${index + 1}. ${name}`;
    progress.step = `step ${label}`;
    const started = performance.now();
    try {
      await run(driver, site);
      // Errors are checked after every step too, so a failure names the step that caused it.
      const errors = await driver.errors();
      if (errors.length > seen) throw new Error(`console errors or uncaught exceptions:\n  ${errors.slice(seen).join('\n  ')}`);
      seen = errors.length;
    } catch (error) {
      error.step = label;
      throw error;
    }
    say(`ok ${label} (${((performance.now() - started) / 1000).toFixed(2)} s)`);
  }
}

/** Loads `path` and waits for the WebAssembly to take the page over. */
async function open(driver, path) {
  await driver.goto(path);
  await until(`${path} becomes interactive (html[data-interactive])`, HYDRATION_MS, () => driver.evaluate(rootState), (s) => {
    if (s.static) throw new Error(`${path}: the WebAssembly did not start (the loader set html[data-static]); the page stays static`);
    return s.interactive;
  });
}

/** Reads the page with `read` until `accept` takes what it saw, or fails after `timeoutMs`. */
async function until(what, timeoutMs, read, accept) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await read();
    if (accept(seen)) return seen;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s; last seen ${JSON.stringify(seen)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Page functions: each runs inside the page, so it must not use anything from this file.

function rootState() {
  const root = document.documentElement;
  return { interactive: root.hasAttribute('data-interactive'), static: root.hasAttribute('data-static'), readyState: document.readyState };
}

function fileState() {
  const root = document.documentElement;
  return {
    static: root.hasAttribute('data-static'),
    fromFile: root.hasAttribute('data-from-file'),
    interactive: root.hasAttribute('data-interactive'),
    notice: [...document.querySelectorAll('.notice')].filter((p) => p.getClientRects().length > 0).map((p) => p.textContent).join(' '),
  };
}

function byId(id) {
  return document.getElementById(id);
}

function markerInArticle(index) {
  const marker = document.querySelectorAll('article.story .marker')[index];
  if (!marker) throw new Error(`no marker number ${index + 1} in article.story`);
  return { markerId: marker.id, noteId: marker.getAttribute('aria-controls') };
}

function noteState(markerId, noteId) {
  const marker = document.getElementById(markerId);
  const note = document.getElementById(noteId);
  const active = document.activeElement;
  let focus = 'nothing';
  if (active && active === marker) focus = 'marker';
  else if (active && note && note.contains(active)) focus = 'note';
  else if (active) focus = active.tagName.toLowerCase() + (active.id ? `#${active.id}` : '');
  return {
    expanded: marker && marker.getAttribute('aria-expanded'),
    shown: !!note && note.getClientRects().length > 0 && getComputedStyle(note).visibility !== 'hidden',
    focus,
  };
}

function panelButton(name) {
  return [...document.querySelectorAll('#casualties .panel-controls button')].find((button) => button.textContent.trim() === name);
}

function markPosition(id) {
  const marks = document.querySelectorAll(`#casualties .chart-view .mark[data-estimate="${id}"]`);
  if (marks.length !== 1) return { position: null, marks: marks.length }; // exactly one such mark
  const mark = marks[0];
  // The drawn symbol (a <use> of its shape), not the mark's <g>, whose box Firefox
  // may make wider than what is drawn.
  const track = mark.parentElement.getBoundingClientRect();
  // Both scales are drawn; CSS shows the chosen one's (WebKit gives a box to the
  // hidden one too, so it is told apart by its group's display).
  const shown = (p) => getComputedStyle(p.closest('.on-linear, .on-log') || p).display !== 'none';
  const symbol = [...mark.querySelectorAll('use')].find(shown);
  const box = symbol ? symbol.getBoundingClientRect() : { left: 0, width: 0 };
  return { position: track.width > 0 ? (box.left + box.width / 2 - track.left) / track.width : null, trackWidth: track.width };
}

function tableState() {
  const table = document.querySelector('#casualties table');
  if (!table) return { table: 'missing' };
  const box = table.getBoundingClientRect();
  const header = table.querySelectorAll('thead th')[3];
  return {
    width: Math.round(box.width),
    height: Math.round(box.height),
    header: header && header.textContent.trim(),
    sort: header && header.getAttribute('aria-sort'),
    figures: [...table.querySelectorAll('.table-rows td.number')].map((cell) => cell.textContent.trim()),
  };
}

function embedState() {
  // The estimates' marks of the groups shown (the chart carries every measure's; CSS
  // shows one; the later counts' marks show on the log scale only).
  const marks = [...document.querySelectorAll('#embed-casualties .chart-view .chart-group')]
    .filter((group) => group.offsetParent !== null).flatMap((group) => [...group.querySelectorAll('.chart-rows .mark')]);
  return {
    shown: [...document.querySelectorAll('.embed-part')].filter((part) => part.offsetParent !== null).map((part) => part.id),
    marks: marks.length,
    drawn: marks.filter((mark) => {
      // What is drawn (see markPosition): its shown scale's symbol has a box.
      return [...mark.querySelectorAll('use')].some((symbol) => {
        const box = symbol.getBoundingClientRect();
        return getComputedStyle(symbol.closest('.on-linear, .on-log') || symbol).display !== 'none' && box.width > 0 && box.height > 0;
      });
    }).length,
  };
}
