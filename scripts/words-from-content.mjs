// Every reader-visible word of the built pages comes from content/: each run of three
// words in a page's text, its accessible names and its metadata must stand, word for
// word, in a content file, or join two pieces that do where a template's placeholder is
// filled ("Seen at" + "India Today"). Runs are broken by punctuation and by figures,
// which are formatted from data. A phrase spelled in Rust, JS or CSS fails here, with
// the page and the phrase.
//   node scripts/words-from-content.mjs [DIST] [CONTENT]
import fs from 'node:fs';
import path from 'node:path';

const [dist = 'dist', content = process.env.REFUSENIKS_CONTENT || 'content'] = process.argv.slice(2);
const RUN = 3;
// What a reader sees or hears besides text: names, descriptions, labels CSS shows, and
// what the live region says.
const ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'data-announce', 'data-label', 'data-side', 'data-sort-by'];

/** The words of `text`, in runs broken by punctuation, figures and placeholders. */
function runs(text) {
  return text
    // A no-break space (Russian keeps «в Украине», «1 351» together) is a space.
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\{[a-z_]+\}/g, '|')
    .replace(/\[\^[a-z0-9-]+\]/g, '|')
    .split(/[^\p{L}\p{M}’'\- ]+/u)
    .map((run) => run.split(/\s+/).map((word) => word.replace(/^[-’']+|[-’']+$/g, '').toLowerCase()).filter(Boolean))
    .filter((words) => words.length > 0);
}

const grams = (words) => words.slice(0, words.length - RUN + 1).map((_, i) => words.slice(i, i + RUN).join(' '));

// Every run of three words in content/, and the words that start and end each piece a
// placeholder may join.
const known = new Set();
const starts = new Set();
const ends = new Set();
// The English's files and each translation's (content/ru/): one pool, since a page of
// one edition may name another in its words (the language switch, the notice's titles).
const contentFiles = fs.readdirSync(content, { recursive: true })
  .filter((file) => /\.(toml|md)$/.test(file) && path.basename(file) !== 'README.md');
for (const file of contentFiles) {
  const text = fs.readFileSync(path.join(content, file), 'utf8').replace(/\\n/g, ' ');
  for (const words of runs(text)) {
    for (const gram of grams(words)) known.add(gram);
    for (const n of [1, 2]) {
      starts.add(words.slice(0, n).join(' '));
      ends.add(words.slice(-n).join(' '));
    }
  }
}
/** In content/, or a piece's end joined to another's start. */
const joins = (gram) => {
  const [a, b, c] = gram.split(' ');
  return known.has(gram) || (ends.has(`${a} ${b}`) && starts.has(c)) || (ends.has(a) && starts.has(`${b} ${c}`));
};

const decode = (text) => text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' })[name]);
let problems = 0;
// Every edition's pages: dist/*.html and each translation's folder's (dist/ru/*.html).
const pages = fs.readdirSync(dist, { recursive: true }).filter((file) => file.endsWith('.html'));
for (const page of pages) {
  const html = fs.readFileSync(path.join(dist, page), 'utf8').replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, ' ');
  const pieces = [...html.replace(/<[^>]*>/g, '\u0000').split('\u0000')];
  for (const [, name, value] of html.matchAll(/\s([a-z-]+)="([^"]*)"/g)) if (ATTRIBUTES.includes(name)) pieces.push(value);
  // The description and the social cards' words (not the single file's policy).
  for (const [, value] of html.matchAll(/<meta (?:name|property)="[^"]*" content="([^"]*)"/g)) pieces.push(value);
  const unknown = new Set();
  for (const piece of pieces) {
    for (const words of runs(decode(piece))) for (const gram of grams(words)) if (!joins(gram)) unknown.add(gram);
  }
  for (const gram of unknown) console.error(`${dist}/${page}: “${gram}” is in the page but in no file of ${content}/`);
  problems += unknown.size;
}
if (pages.length === 0) {
  console.error(`no pages in ${dist}/`);
  process.exit(1);
}
if (problems > 0) process.exit(1);
console.log(`every run of ${RUN} words in ${pages.length} pages of ${dist}/ is in ${content}/ (${known.size} runs known)`);
