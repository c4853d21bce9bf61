// Bytes: the first view of index.html and of its baseline, of every embed page
// (embed.html and any per-panel embed-*.html, found by name so a new one is counted
// without a change here), and every file in dist/.
import fs from 'node:fs';
import path from 'node:path';
import { compressedSizes, firstViewBytes } from '../bytes.mjs';

export const embedPages = (dist) => fs.readdirSync(dist).filter((file) => /^embed.*\.html$/.test(file)).sort();

export function sizes(dist, baselineDir) {
  const files = fs.readdirSync(dist).sort().filter((file) => fs.statSync(path.join(dist, file)).isFile());
  return {
    app: firstViewBytes(dist, 'index.html'),
    baseline: firstViewBytes(baselineDir, 'index.html'),
    embeds: Object.fromEntries(embedPages(dist).map((page) => [page, firstViewBytes(dist, page)])),
    every_file: Object.fromEntries(files.map((file) => [file, compressedSizes(fs.readFileSync(path.join(dist, file)))])),
  };
}
