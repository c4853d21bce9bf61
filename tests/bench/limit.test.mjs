// The bench's limit page (scripts/bench/limit.mjs) on a fixture whose stand-in client
// makes every kind of DOM change: the replay equals the real page node for node, and
// the check fails when the replay misses a single change. `node --test tests/bench/`.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM } from '../../playwright.config.mjs';
import { checkReplay, limitUrl, recordPress, writeLimitPage } from '../../scripts/bench/limit.mjs';
import { serve, stop } from '../../scripts/bench/server.mjs';

const FIXTURE = fileURLToPath(new URL('fixture', import.meta.url));
const PRESSES = [
  {
    id: 'go',
    label: 'Go',
    control: (page) => page.getByRole('button', { name: 'Go' }),
    done: (control) => control.getAttribute('aria-pressed').then((value) => value === 'true'),
  },
  {
    id: 'marker',
    label: 'Open the marker',
    control: (page) => page.getByRole('button', { name: 'marker' }),
    done: (control) => control.getAttribute('aria-expanded').then((value) => value === 'true'),
  },
];

let browser;
const servers = [];
/** Serves `dir` on a free port: → its address. */
async function served(dir) {
  const server = serve(dir, 0);
  servers.push(server);
  await once(server, 'listening');
  return `http://127.0.0.1:${server.address().port}/`;
}
const recordings = {};
before(async () => {
  browser = await chromium.launch(CHROMIUM);
  const site = await served(FIXTURE);
  for (const press of PRESSES) recordings[press.id] = await recordPress(browser, site, press);
});
after(async () => {
  await browser?.close();
  servers.forEach(stop);
});

/** Writes the limit page for `data` to a fresh folder and serves it. */
async function servedLimitPage(data) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limit-page-'));
  writeLimitPage(FIXTURE, dir, data);
  return served(dir);
}

test('the recording holds every kind of change, in the events they were made in', () => {
  const { load, press } = recordings.go;
  const kinds = new Set(press.operations.map((op) => op.op));
  assert.deepEqual([...kinds].sort(), ['attribute', 'insert', 'remove', 'text']);
  assert.ok(press.operations.every((op) => op.event === 'click'), 'the client changes the page in its click listener and a frame later');
  // The live region's second text went in a frame after the click: the player waits as long.
  assert.ok(press.operations.some((op) => op.op === 'insert' && op.frames === 1), 'a change a frame later is marked as one');
  assert.ok(press.operations.some((op) => op.op === 'attribute' && !op.frames), 'a change in the click is marked as none');
  // The start: the classic script's attribute, made while the parser ran, and the
  // client's, on <html> (path '') and on the marker.
  const marker = recordings.marker.press.control;
  const started = load.operations.map((op) => `${op.node.p}:${op.name}`).sort();
  assert.deepEqual(started, [':data-interactive', ':data-js', `${marker}:aria-expanded`, `${marker}:role`].sort());
  assert.deepEqual(recordings.marker.press.prevented, { click: true });
});

test('after each replayed press the limit page is the real page, node for node', async () => {
  const url = await servedLimitPage(recordings);
  for (const press of PRESSES) await checkReplay(browser, limitUrl(url, press), press, recordings[press.id]);
});

test('a replay that misses one change fails the check', async () => {
  const { go } = recordings;
  const inserted = new Set(go.press.operations.flatMap((op) => op.nodes || []).map((node) => node.p));
  // One change of each kind that shows in the end (a move's removal or a value set twice would not).
  const changes = {
    attribute: (op) => op.op === 'attribute' && op.name === 'data-idle' && op.value === null,
    text: (op) => op.op === 'text',
    insert: (op) => op.op === 'insert' && op.nodes.some((node) => node.tag === 'span'),
    removal: (op) => op.op === 'remove' && 'p' in op.node && !inserted.has(op.node.p),
  };
  for (const [kind, isIt] of Object.entries(changes)) {
    const i = go.press.operations.findIndex(isIt);
    assert.ok(i >= 0, `the recording has no ${kind} to leave out`);
    const operations = go.press.operations.filter((_, j) => j !== i);
    const url = await servedLimitPage({ go: { ...go, press: { ...go.press, operations } } });
    await assert.rejects(checkReplay(browser, limitUrl(url, PRESSES[0]), PRESSES[0], go), /not the real page after/, `without its ${kind}`);
  }
});
