// The document as the limit page and the real page share it: every node but our
// scripts, preload links and the whitespace between the head's elements (the limit page
// drops the scripts, which joins the whitespace around them; the head is never drawn).
// A node is named by its path in this tree, child indices from <html>, so the same
// path finds the same node in either page. Plain browser script, loaded into both.
(function () {
  const skipped = (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.localName === 'script') return true;
      if (node.localName === 'link' && /(^|\s)(modulepreload|preload)(\s|$)/.test(node.getAttribute('rel') || '')) return true;
      return false;
    }
    if (node.nodeType === Node.TEXT_NODE) return node.parentNode?.localName === 'head' && !node.data.trim();
    return node.nodeType !== Node.COMMENT_NODE;
  };
  const children = (node) => [...node.childNodes].filter((child) => !skipped(child));

  /** Every node of the tree → its path ("0.3.1"), for the recorder. */
  function paths() {
    const map = new Map();
    const walk = (node, path) => {
      map.set(node, path);
      children(node).forEach((child, i) => walk(child, path === '' ? String(i) : `${path}.${i}`));
    };
    walk(document.documentElement, '');
    return map;
  }

  /** The node at `path`, or an error naming the path: the trees have parted. */
  function resolve(path) {
    let node = document.documentElement;
    for (const step of path === '' ? [] : path.split('.')) {
      node = children(node)[Number(step)];
      if (!node) throw new Error(`limit page: no node at ${path}`);
    }
    return node;
  }

  /** One line per node, path first: its tag and attributes, or its text. What the
   *  check compares between the two pages, node for node. */
  function dump() {
    const lines = [];
    for (const [node, path] of paths()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        const attributes = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
        lines.push(`${path} <${node.localName} ${attributes.join(' ')}>`);
      } else {
        lines.push(`${path} ${node.nodeType === Node.TEXT_NODE ? '#text' : '#comment'} ${JSON.stringify(node.data)}`);
      }
    }
    return lines;
  }

  window.__contentTree = { skipped, children, paths, resolve, dump };
})();
