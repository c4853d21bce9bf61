// The wasm carries no page text: the article, the notes and the comparison are
// prerendered HTML, and only what moves is WebAssembly (issue 12). Three distinctive
// sentences, one of each, must be in dist/index.html (so this check cannot pass
// because the content changed) and must not be in the wasm, in UTF-8 or UTF-16.
import fs from 'node:fs';
import path from 'node:path';

const SENTENCES = {
  article: 'And although Russia has tried very hard to hush up refuseniks in the army, news has leaked out.',
  note: 'Our research did not find the article on Foreign Policy in Focus’s own site',
  'comparison cell': 'The last US combat troops left South Vietnam on 29 March 1973, two months after the Paris Peace Accords.',
};

const dir = process.argv[2] || 'dist';
const files = fs.readdirSync(dir);
const wasm = files.filter((file) => file.endsWith('.wasm'));
const page = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
let failed = wasm.length === 0;
if (failed) console.error(`no .wasm file in ${dir}`);
for (const [part, sentence] of Object.entries(SENTENCES)) {
  // The page escapes nothing in these sentences but may wrap the note's quotes.
  if (!page.includes(sentence)) {
    console.error(`the ${part} sentence is not in ${dir}/index.html any more: pick another from content/ (${sentence})`);
    failed = true;
  }
  for (const file of wasm) {
    const bytes = fs.readFileSync(path.join(dir, file));
    const probe = sentence.slice(0, 40);
    if (bytes.includes(Buffer.from(probe, 'utf8')) || bytes.includes(Buffer.from(probe, 'utf16le'))) {
      console.error(`${file} carries the ${part}'s text ("${probe}…"): it belongs in the prerendered HTML only`);
      failed = true;
    }
  }
}
if (failed) process.exit(1);
console.log(`  ${wasm.join(', ')}: no article, note or comparison text`);
