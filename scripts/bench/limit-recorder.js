// Records, in the real page, every DOM change our scripts make, as operations the
// limit page's player (limit-page.js) can make again: attribute and text changes and
// nodes inserted, moved or removed, each node named by its path in content-tree.js's
// tree at the start of the stretch being recorded. Nodes the client creates are
// written out as they stand at the stretch's end, with the changes made inside them
// since folded in. Runs first in the page (an init script), after content-tree.js.
//
// window.__limitRecorder.cut() ends a stretch: its operations, grouped by the event
// during which each was made ('load' before any), and names the nodes afresh for the
// next stretch. Until the parser is done only attribute changes count: everything
// else is the parser building the page, which the limit page's parser builds too.
(function () {
  const tree = () => window.__contentTree;
  let names = null; // node → path, at the stretch's start; null while the parser runs
  let records = []; // [event, MutationRecord]
  let during = 'load';
  const prevented = {}; // event type → true, since the last cut
  // Animation frames drawn since the event a change belongs to: the player makes a change
  // the client made frames later (in requestAnimationFrame) that many frames later too,
  // not in the press's own frame, where it would change what that frame draws. This
  // loop's callback is the first of each frame (it was asked for first), so a change made
  // in a frame's callbacks counts that frame.
  let frame = 0;
  let eventFrame = 0;
  const tick = () => requestAnimationFrame(() => { frame += 1; tick(); });
  tick();
  // The events of a press, by mouse, touch or key: a tap or a click starts with the
  // pointer coming over the control, and a page may answer that already.
  const EVENTS = ['pointerover', 'mouseover', 'focusin', 'touchstart', 'pointerdown', 'mousedown', 'touchend', 'pointerup', 'mouseup', 'click', 'keydown'];

  const keep = (list) => {
    for (const record of list) records.push([during, record, during === 'load' ? 0 : frame - eventFrame]);
  };
  // Records come to the callback at the end of each task, or sooner through take().
  const observer = new MutationObserver(keep);
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true });
  const take = () => keep(observer.takeRecords());

  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    take();
    names = tree().paths(); // the parser's tree, before the deferred scripts run
    records = records.filter(([, r]) => r.type === 'attributes' && names.has(r.target));
  });

  // Which event a change is made in: each event's capture on window takes the changes
  // made before it; a bubble listener sees whether the page kept the browser's default.
  // Only forward through a press: the browser sends the pointer's boundary events
  // (mouseover) again when the layout moves under it, and what the client does then, a
  // frame after its click, still belongs to the click.
  for (const type of EVENTS) {
    addEventListener(type, () => {
      take();
      if (EVENTS.indexOf(type) > EVENTS.indexOf(during)) {
        during = type;
        eventFrame = frame;
      }
    }, { capture: true });
    addEventListener(type, (event) => { if (event.defaultPrevented) prevented[type] = true; });
  }

  function toOperations(list) {
    const created = new Map(); // node → its number, for nodes the client made
    const ref = (node) => (names.has(node) ? { p: names.get(node) } : created.has(node) ? { k: created.get(node) } : null);
    // A made node as it stands now; a node that was there at the start, found inside
    // one, is named, not copied, and moved in when it is inserted.
    const write = (node) => {
      if (names.has(node)) return { p: names.get(node) };
      if (created.has(node)) return { k: created.get(node) };
      const k = created.size;
      created.set(node, k);
      if (node.nodeType === Node.TEXT_NODE) return { k, text: node.data };
      if (node.nodeType === Node.COMMENT_NODE) return { k, comment: node.data };
      return {
        k,
        tag: node.localName,
        ns: node.namespaceURI,
        attributes: [...node.attributes].map((a) => [a.namespaceURI, a.name, a.value]),
        children: [...node.childNodes].filter((child) => !tree().skipped(child)).map(write),
      };
    };
    const operations = [];
    list.forEach(([event, record, frames], i) => {
      const when = frames > 0 ? { frames } : {};
      const target = ref(record.target);
      // A change inside a node the client made is in that node as it was written out.
      if (!target || !('p' in target)) return;
      // A record holds the value before the change: the value after is the next one's
      // before, or what is there now.
      const later = record.type === 'childList' ? null
        : list.slice(i + 1).find(([, r]) => r.type === record.type && r.target === record.target && r.attributeName === record.attributeName);
      if (record.type === 'attributes') {
        const value = later ? later[1].oldValue : record.target.getAttributeNS(record.attributeNamespace, record.attributeName);
        operations.push({ event, ...when, op: 'attribute', node: target, ns: record.attributeNamespace, name: record.attributeName, value });
      } else if (record.type === 'characterData') {
        operations.push({ event, ...when, op: 'text', node: target, value: later ? later[1].oldValue : record.target.data });
      } else {
        for (const node of record.removedNodes) {
          if (tree().skipped(node)) continue;
          const removed = ref(node);
          if (!removed) throw new Error('limit recorder: a node was removed before it was seen');
          operations.push({ event, ...when, op: 'remove', parent: target, node: removed });
        }
        const added = [...record.addedNodes].filter((node) => !tree().skipped(node));
        if (added.length) {
          const before = record.nextSibling && !tree().skipped(record.nextSibling) ? ref(record.nextSibling) : null;
          operations.push({ event, ...when, op: 'insert', parent: target, nodes: added.map(write), before });
        }
      }
    });
    return operations;
  }

  window.__limitRecorder = {
    /** Ends the stretch: its operations, and which events' defaults the page prevented. */
    cut() {
      if (!names) throw new Error('limit recorder: the page is still being parsed');
      take();
      const operations = toOperations(records);
      records = [];
      during = 'load';
      names = tree().paths();
      const kept = { ...prevented };
      for (const type of Object.keys(prevented)) delete prevented[type];
      return { operations, prevented: kept };
    },
    /** A node's path in the tree the next stretch names nodes by. */
    pathOf: (node) => names.get(node),
  };
})();
