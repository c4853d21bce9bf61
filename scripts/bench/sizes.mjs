// Bytes: the first view of index.html and of its baseline, and every file in dist/.
import fs from 'node:fs';
import path from 'node:path';
import { compressedSizes, firstViewBytes } from '../bytes.mjs';

export function sizes(dist, baselineDir) {
  const files = fs.readdirSync(dist).sort().filter((file) => fs.statSync(path.join(dist, file)).isFile());
  return {
    app: firstViewBytes(dist, 'index.html'),
    baseline: firstViewBytes(baselineDir, 'index.html'),
    every_file: Object.fromEntries(files.map((file) => [file, compressedSizes(fs.readFileSync(path.join(dist, file)))])),
  };
}
