// What the page must show, for every browser test: written by the `facts` binary from the
// content folder the page is built from (REFUSENIKS_CONTENT, else content/), by the same
// functions the components call. Tests derive every count, name and label from it, so an
// editor's change to the content never turns them red.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FACTS_FILE = `${ROOT}target/facts.json`;
/** One edition's facts: the English's in FACTS_FILE, a translation's beside it. */
export const factsFile = (edition = 'en') => (edition === 'en' ? FACTS_FILE : `${ROOT}target/facts-${edition}.json`);

/** Writes every edition's facts (tests/e2e/global-setup.mjs, tests/engines/run.mjs,
 * the bench): the English's first, which lists the others. */
export function writeFacts() {
  const write = (edition) => execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'facts', '--', factsFile(edition), edition], { cwd: ROOT, stdio: 'inherit' });
  write('en');
  for (const { lang } of readFacts('en').editions) if (lang !== 'en') write(lang);
}

/** One edition's facts (the English's unless named), as the last writeFacts() left them. */
export function readFacts(edition = 'en') {
  const facts = JSON.parse(fs.readFileSync(factsFile(edition), 'utf8'));
  const words = facts.content.words;
  /** An interface word with its placeholders filled: word('notes.close_name', { number: 3 }). */
  const word = (key, values = {}) => {
    if (!(key in words)) throw new Error(`no interface word ${key}`);
    return words[key].replace(/\{([a-z_]+)\}/g, (_, name) => {
      if (!(name in values)) throw new Error(`${key}: no value for {${name}}`);
      return String(values[name]);
    });
  };
  return { ...facts, words, word };
}
