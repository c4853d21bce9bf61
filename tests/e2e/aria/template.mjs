// What a screen reader hears, as the reviewed templates in this folder say it must be,
// filled from the facts: the accessibility tree's shape is written down once, and every
// name in it comes from the content, so a new estimate or note changes what is
// expected, not the file.
//
// A template is an aria snapshot (Playwright's YAML) with:
//   {{path}}               a value from the context (`a.b`), or of the item (`.name`)
//   {{#each path}} … {{/each}}     its lines once per item of a list
//   {{#if path}} … {{/if}}, {{#unless path}} … {{/unless}}     its lines, or not
//   {{lines path}}          a list of lines, each indented as the token is
// Snapshots are compared in a canonical form (`canonical`): no YAML quoting, and no
// names on rows and on cells with children, which browsers compute from their content.

/** A snapshot's lines with YAML quoting undone and computed names dropped. */
export function canonical(snapshot) {
  return snapshot.split('\n').filter((line) => line.trim()).map((line) => {
    const [, indent, rest] = line.match(/^(\s*)- (.*)$/) || [null, '', line];
    let key = rest;
    let value;
    let colon = false;
    if (rest.startsWith("'")) {
      let end = 1;
      while (end < rest.length && !(rest[end] === "'" && rest[end + 1] !== "'")) end += rest[end] === "'" ? 2 : 1;
      key = rest.slice(1, end).replace(/''/g, "'");
      const after = rest.slice(end + 1);
      colon = after.startsWith(':');
      if (after.startsWith(': ')) value = after.slice(2);
    } else {
      const at = rest.indexOf(': ');
      if (at >= 0) [key, value] = [rest.slice(0, at), rest.slice(at + 2)];
      else if (rest.endsWith(':')) [key, colon] = [rest.slice(0, -1), true];
    }
    if (value !== undefined && value.startsWith('"')) value = JSON.parse(value);
    // A row's name is its cells' text run together; a cell with children, theirs.
    if (/^(row|cell) "/.test(key) && (colon || value !== undefined)) key = key.replace(/ ".*"$/, '');
    return `${indent}- ${key}${value !== undefined ? `: ${value}` : colon ? ':' : ''}`;
  });
}

function lookup(path, scope) {
  const [root, item] = scope;
  let value = path.startsWith('.') ? item : root;
  for (const part of path.replace(/^\./, '').split('.').filter(Boolean)) value = value?.[part];
  return value;
}

/** The template's lines, filled from `context`. */
export function fill(template, context) {
  return run(template.split('\n').filter((line) => line.trim()), [context, context]);
}

function run(lines, scope) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const block = line.trim().match(/^\{\{#(each|if|unless) ([.\w]+)\}\}$/);
    if (block) {
      const [, kind, path] = block;
      let depth = 1;
      let end = i + 1;
      for (; end < lines.length; end++) {
        if (/^\{\{#(each|if|unless) /.test(lines[end].trim())) depth++;
        if (/^\{\{\/(each|if|unless)\}\}$/.test(lines[end].trim()) && --depth === 0) break;
      }
      if (depth !== 0) throw new Error(`template: {{#${kind} ${path}}} is never closed`);
      const body = lines.slice(i + 1, end);
      const value = lookup(path, scope);
      if (kind === 'each') {
        if (!Array.isArray(value)) throw new Error(`template: ${path} is not a list`);
        for (const item of value) out.push(...run(body, [scope[0], item]));
      } else if (Boolean(value) === (kind === 'if')) {
        out.push(...run(body, scope));
      }
      i = end;
      continue;
    }
    const many = line.match(/^(\s*)\{\{lines ([.\w]+)\}\}$/);
    if (many) {
      for (const inserted of lookup(many[2], scope)) out.push(`${many[1]}${inserted}`);
      continue;
    }
    out.push(line.replace(/\{\{([.\w]+)\}\}/g, (_, path) => {
      const value = lookup(path, scope);
      if (value === undefined || value === null) throw new Error(`template: no value for {{${path}}}`);
      return String(value);
    }));
  }
  return out;
}
