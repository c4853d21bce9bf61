// What a reader downloads for the first view of a page (index.html unless told): the
// page and every asset it loads before it is interactive (CSS, the page script, the
// loader, the wasm-bindgen JS and the wasm), each measured raw, gzip -9 and brotli -11.
// Run as a script (./x test does), it fails when the gzip total is over budget.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

export function compressedSizes(data) {
  return {
    raw: data.length,
    gzip: zlib.gzipSync(data, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The files `page` loads (the page first), found by following its references (and
 *  the loader's), each relative to the file that names it: an edition's page in its
 *  folder (ru/index.html) loads the shared assets from `../`. An embed is a page like
 *  any other: embed.html, embed-casualties.html. */
export function firstViewFiles(dir, page = 'index.html') {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !fs.existsSync(path.join(dir, file))) return;
    seen.add(file);
    if (!/\.(html|js)$/.test(file)) return;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const refs = /(?:href|src|from|import|module_or_path:|URL)\s*=?\s*\(?["']((?:\.\.?\/)+[\w./-]+\.(?:css|js|wasm))["']/g;
    for (const [, ref] of text.matchAll(refs)) visit(path.posix.normalize(path.posix.join(path.posix.dirname(file), ref)));
  };
  visit(page);
  return [...seen];
}

export function firstViewBytes(dir, page = 'index.html') {
  const files = Object.fromEntries(firstViewFiles(dir, page).map((file) => [file, compressedSizes(fs.readFileSync(path.join(dir, file)))]));
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const sizes of Object.values(files)) for (const kind of Object.keys(total)) total[kind] += sizes[kind];
  return { files, total };
}

/** Every edition's article page: index.html, and each translation's (ru/index.html). */
export function editionPages(dir) {
  const folders = fs.readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'index.html')));
  return ['index.html', ...folders.map((entry) => `${entry.name}/index.html`)];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] || 'dist';
  const budgets = JSON.parse(fs.readFileSync('budgets.json', 'utf8'));
  // Each edition's page holds to its budget: a translation's own, if it has one.
  for (const page of editionPages(dir)) {
    const edition = page.includes('/') ? page.split('/')[0] : 'en';
    const budget = budgets.first_view_gzip_bytes_by_edition?.[edition] ?? budgets.first_view_gzip_bytes;
    const { files, total } = firstViewBytes(dir, page);
    for (const type of ['html', 'css', 'js', 'wasm']) {
      if (!Object.keys(files).some((file) => file.endsWith(`.${type}`))) {
        console.error(`first view of ${dir}/${page} loads no .${type} file: the byte count would be wrong`);
        process.exit(1);
      }
    }
    console.log(`${page}:`);
    for (const [file, sizes] of Object.entries(files)) console.log(`  ${file.padEnd(44)} ${String(sizes.gzip).padStart(8)} gzip`);
    console.log(`  ${'first view'.padEnd(44)} ${String(total.gzip).padStart(8)} gzip (budget ${budget})`);
    if (total.gzip > budget) {
      console.error(`first view of ${page} is ${total.gzip} bytes gzip, over the budget of ${budget} in budgets.json`);
      process.exit(1);
    }
  }
}
