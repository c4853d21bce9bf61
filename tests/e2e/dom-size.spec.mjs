// The page's size in elements, once the wasm has started: every element costs style and
// layout on every press (bench/results.md), so the count is a budget (budgets.json's
// dom_elements), held as the bench measures it: document.querySelectorAll('*') in
// Chromium, which does not reach into <template>s (what no first view shows waits there).
import fs from 'node:fs';
import { test, expect, open } from './fixtures.mjs';

const budget = JSON.parse(fs.readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8')).dom_elements;

/** Elements in the page, and in each of its parts (for the message when over budget). */
const count = (page) => page.evaluate(() => {
  const parts = Object.fromEntries([...document.querySelectorAll('main section[id], main figure[id], main [class~="panel"][id]')]
    .map((part) => [part.id, part.querySelectorAll('*').length + 1]));
  return { total: document.querySelectorAll('*').length, parts };
});

test('the page keeps to its budget of elements', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the tree is the same at every width');
  expect(budget, 'budgets.json has dom_elements').toBeGreaterThan(0);
  for (const path of ['./', './embed.html']) {
    await open(page, path);
    const { total, parts } = await count(page);
    expect(total, `${path}: ${total} elements (${JSON.stringify(parts)}), budget ${budget}`).toBeLessThanOrEqual(budget);
  }
});
