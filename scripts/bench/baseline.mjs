// The plain-HTML baseline: dist/index.html with every script and preload removed. The
// same text, notes (as endnotes) and CSS: the static edition a reader without
// JavaScript gets, and the yardstick the page's load timings are held to. The limit
// page (limit.mjs) starts from the same HTML.
import fs from 'node:fs';
import path from 'node:path';

/** dist/index.html without our scripts and the preloads for them. */
export function scriptlessHtml(dist) {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '');
  if (/<script|\.wasm/.test(html)) throw new Error('the baseline still loads a script');
  return html;
}

/** A fresh `dir` holding `html` as index.html and dist/'s CSS and images beside it. */
export function writePage(dist, dir, html) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  for (const file of fs.readdirSync(dist)) {
    if (/\.(css|svg)$/.test(file)) fs.copyFileSync(path.join(dist, file), path.join(dir, file));
  }
}

export function writeBaseline(dist, dir) {
  writePage(dist, dir, scriptlessHtml(dist));
}
