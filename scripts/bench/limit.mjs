// The limit page: how fast a press can be on this DOM, on this machine, today. It is
// the built HTML with no script of ours, plus a player (limit-page.js) that makes
// exactly the DOM changes the client made for that press, recorded once with a
// MutationObserver during a real press on the real page (limit-recorder.js). So the
// limit follows whatever the client does, however the DOM is redesigned; each
// interaction is then held to a ratio of the limit's time, measured in the same run.
//
// recordPress: one press on the real page → its recording. writeLimitPage: the page
// and its data in bench/limit/. checkReplay: after the replayed press the limit page's
// DOM is the real page's, node for node (attributes and text), or the bench stops.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptlessHtml, writePage } from './baseline.mjs';
import { openPhone, press, settle, untilInteractive } from './phone.mjs';
import { serve, stop } from './server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const CONTENT_TREE = path.join(here, 'content-tree.js');
const PLAYER = path.join(here, 'limit-page.js');
const RECORDER = path.join(here, 'limit-recorder.js');
const dump = (page) => page.evaluate(() => window.__contentTree.dump());

/** On a fresh real page: the changes up to the press (starting, `prepare`, whatever the
 *  scroll to the control set off), then the press's own, with the DOM before and after. */
export async function recordPress(browser, url, interaction) {
  const { context, page, errors } = await openPhone(browser, { initScripts: [{ path: CONTENT_TREE }, { path: RECORDER }] });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await untilInteractive(page);
    if (interaction.prepare) await interaction.prepare(page);
    const control = await interaction.control(page);
    await control.scrollIntoViewIfNeeded();
    await settle(page);
    const load = await page.evaluate(() => window.__limitRecorder.cut());
    const controlPath = await control.evaluate((element) => window.__limitRecorder.pathOf(element));
    const before = await dump(page);
    await press(interaction, control);
    if (!await interaction.done(control, page)) throw new Error(`${interaction.label}: the press did not do its work`);
    await settle(page);
    await settle(page);
    const changes = await page.evaluate(() => window.__limitRecorder.cut());
    const after = await dump(page);
    if (errors.length) throw new Error(`${url}: errors in the page: ${errors.join('; ')}`);
    if (!changes.operations.length) throw new Error(`${interaction.label}: the press changed nothing in the DOM`);
    return { load, press: { ...changes, control: controlPath }, dom: { before, after } };
  } finally {
    await context.close();
  }
}

/** `dir`/index.html: the scriptless HTML with the player and every press's recording
 *  (without the DOM dumps, which only the check reads). Load it as ?press=<id>. */
export function writeLimitPage(dist, dir, recordings) {
  const scripts = ['content-tree.js', 'limit-data.js', 'limit-page.js'].map((file) => `<script defer src="${file}"></script>`).join('');
  writePage(dist, dir, scriptlessHtml(dist).replace('</head>', `${scripts}</head>`));
  fs.copyFileSync(CONTENT_TREE, path.join(dir, 'content-tree.js'));
  fs.copyFileSync(PLAYER, path.join(dir, 'limit-page.js'));
  const data = Object.fromEntries(Object.entries(recordings).map(([id, { load, press }]) => [id, { load, press }]));
  fs.writeFileSync(path.join(dir, 'limit-data.js'), `window.__limitRecordings = ${JSON.stringify(data)};\n`);
}

/** The first few lines where two dumps part, for the error. */
function differences(expected, actual) {
  const lines = [];
  for (let i = 0; i < Math.max(expected.length, actual.length) && lines.length < 5; i++) {
    if (expected[i] !== actual[i]) lines.push(`  real:  ${expected[i] ?? '(nothing)'}\n  limit: ${actual[i] ?? '(nothing)'}`);
  }
  return lines.join('\n');
}

/** The limit page before the press and after it equals the real page, or throws. */
export async function checkReplay(browser, url, interaction, recording) {
  const { context, page, errors } = await openPhone(browser);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await untilInteractive(page);
    const control = await interaction.control(page);
    await control.scrollIntoViewIfNeeded();
    await settle(page);
    for (const [moment, act] of [['before', async () => {}], ['after', () => press(interaction, control)]]) {
      await act();
      await settle(page);
      const diff = differences(recording.dom[moment], await dump(page));
      if (diff) throw new Error(`the limit page is not the real page ${moment} “${interaction.label}”:\n${diff}`);
    }
    if (errors.length) throw new Error(`${url}: errors in the limit page: ${errors.join('; ')}`);
  } finally {
    await context.close();
  }
}

/** Records every press on `site`, writes the limit page to `dir`, serves it on `port`
 *  and checks each replay there: → { recordings, server, url }; stop the server. */
export async function buildLimitPage(browser, { site, dist, dir, port }, interactions, progress = () => {}) {
  const recordings = {};
  for (const interaction of interactions) {
    progress(`recording “${interaction.label}” on the real page…`);
    recordings[interaction.id] = await recordPress(browser, site, interaction);
  }
  writeLimitPage(dist, dir, recordings);
  const server = serve(dir, port);
  const url = `http://127.0.0.1:${port}/`;
  try {
    for (const interaction of interactions) await checkReplay(browser, limitUrl(url, interaction), interaction, recordings[interaction.id]);
  } catch (error) {
    stop(server);
    throw error;
  }
  progress('the limit page replays every press node for node');
  return { recordings, server, url };
}

/** Where the limit page replays `interaction`. */
export const limitUrl = (limitSite, interaction) => `${limitSite}?press=${interaction.id}`;
