// The limit page's player: no client, only the DOM changes the client made, as
// limit-recorder.js wrote them down in the real page. On load it makes the changes the
// client made up to the measured press (starting, and any press before it); then, on
// the same control, it makes the press's changes synchronously in a listener for the
// same event (and those the client made frames later, as many frames later), keeping
// or preventing the browser's default as the client did. Every
// node is found and every new node built beforehand, so a press costs the changes
// alone. ?press=<id> names the press (limit-data.js holds each).
(function () {
  const { resolve } = window.__contentTree;
  const recording = window.__limitRecordings[new URLSearchParams(location.search).get('press')];
  if (!recording) throw new Error(`limit page: no recording for ${location.search}`);

  /** Finds every node a stretch names and builds every node it makes, before any change
   *  moves the paths: → lookup({ p } | { k }). */
  function prepare(operations) {
    const found = new Map();
    const made = new Map();
    const placeholders = new Map(); // made node → [[comment, ref]]: nodes moved into it
    const find = (ref) => {
      if ('k' in ref) return made.get(ref.k);
      if (!found.has(ref.p)) found.set(ref.p, resolve(ref.p));
      return found.get(ref.p);
    };
    const written = (spec) => 'text' in spec || 'comment' in spec || 'tag' in spec;
    const build = (spec, owner) => {
      if (!written(spec)) {
        if ('p' in spec) find(spec);
        const mark = document.createComment('');
        placeholders.get(owner).push([mark, spec]);
        return mark;
      }
      let node;
      if ('text' in spec) node = document.createTextNode(spec.text);
      else if ('comment' in spec) node = document.createComment(spec.comment);
      else {
        node = spec.ns ? document.createElementNS(spec.ns, spec.tag) : document.createElement(spec.tag);
        for (const [ns, name, value] of spec.attributes) ns ? node.setAttributeNS(ns, name, value) : node.setAttribute(name, value);
      }
      made.set(spec.k, node);
      placeholders.set(node, owner ? placeholders.get(owner) : []);
      for (const child of spec.children || []) node.append(build(child, node));
      return node;
    };
    for (const operation of operations) {
      for (const key of ['node', 'parent', 'before']) if (operation[key] && 'p' in operation[key]) find(operation[key]);
      for (const spec of operation.nodes || []) {
        if (written(spec)) build(spec, null);
        else if ('p' in spec) find(spec);
      }
    }
    const lookup = (ref) => {
      const node = find(ref);
      // A made node takes the nodes the client moved into it as it goes in.
      for (const [mark, moved] of placeholders.get(node)?.splice(0) || []) mark.replaceWith(find(moved));
      return node;
    };
    return lookup;
  }

  function apply(operations, lookup) {
    for (const op of operations) {
      if (op.op === 'attribute') {
        const node = lookup(op.node);
        if (op.value === null) node.removeAttributeNS(op.ns, op.name);
        else if (op.ns) node.setAttributeNS(op.ns, op.name, op.value);
        else node.setAttribute(op.name, op.value);
      } else if (op.op === 'text') {
        lookup(op.node).data = op.value;
      } else if (op.op === 'remove') {
        const node = lookup(op.node);
        if (node.parentNode === lookup(op.parent)) node.remove();
      } else {
        const parent = lookup(op.parent);
        const before = op.before ? lookup(op.before) : null;
        for (const spec of op.nodes) parent.insertBefore(lookup(spec), before?.parentNode === parent ? before : null);
      }
    }
  }

  /** Runs `f` in the `frames`th animation frame from now. */
  const afterFrames = (frames, f) => (frames > 0 ? requestAnimationFrame(() => afterFrames(frames - 1, f)) : f());

  apply(recording.load.operations, prepare(recording.load.operations));

  const { control, operations, prevented } = recording.press;
  const lookup = prepare(operations);
  const target = resolve(control);
  const events = [...new Set(operations.map((op) => op.event).filter((type) => type !== 'load'))];
  // Changes made before the press's first event (none, usually) go with that event.
  const first = events[0] ?? 'click';
  const types = [...new Set([first, ...events, ...Object.keys(prevented)])];
  for (const type of types) {
    const own = operations.filter((op) => op.event === type || (type === first && op.event === 'load'));
    // Once: the changes are this press's, made the first time its event comes (the
    // pointer may come over a control's parts more than once).
    let done = false;
    target.addEventListener(type, (event) => {
      if (prevented[type]) event.preventDefault();
      if (done) return;
      done = true;
      apply(own.filter((op) => !op.frames), lookup);
      // What the client made frames later, as many frames later (recorded in order).
      for (const frames of [...new Set(own.map((op) => op.frames).filter(Boolean))]) {
        afterFrames(frames, () => apply(own.filter((op) => op.frames === frames), lookup));
      }
    });
  }
})();
