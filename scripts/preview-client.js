// The editors' preview, in the page: served by scripts/preview.py at
// /__preview/reload.js and never part of dist/. When a rebuild succeeds the tab reloads
// at the same scroll position (the open note is in the address, #note-<slot>, which a
// reload keeps); while the build has problems they are shown over the last good page.
(() => {
  const loaded = Number(new URL(document.currentScript.src).searchParams.get('v'));
  const SCROLL = 'refuseniks-preview-scroll';
  const root = document.documentElement;

  // The page's own scroll to an open note (once interactive) comes first, then ours.
  history.scrollRestoration = 'manual';
  const saved = JSON.parse(sessionStorage.getItem(SCROLL) || 'null');
  sessionStorage.removeItem(SCROLL);
  if (saved && saved.path === location.pathname) {
    const ready = () => root.hasAttribute('data-interactive') || root.hasAttribute('data-static');
    const restore = () => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => scrollTo(saved.x, saved.y))));
    if (ready()) restore();
    else {
      const waiting = new MutationObserver(() => { if (ready()) { waiting.disconnect(); restore(); } });
      waiting.observe(root, { attributes: true });
    }
  }

  const events = new EventSource('/__preview/events');
  events.onmessage = (event) => {
    const { version, problems } = JSON.parse(event.data);
    if (problems.length > 0) return show(problems);
    if (version !== loaded) {
      events.close();
      sessionStorage.setItem(SCROLL, JSON.stringify({ path: location.pathname, x: scrollX, y: scrollY }));
      location.reload();
      return;
    }
    document.getElementById('preview-problems')?.remove();
  };

  // Styled through the CSSOM, which the page's style-src 'self' allows (a style
  // attribute in markup it would not).
  function show(problems) {
    let box = document.getElementById('preview-problems');
    if (!box) {
      box = document.createElement('section');
      box.id = 'preview-problems';
      box.setAttribute('role', 'alert');
      box.setAttribute('aria-label', 'Preview: the build stopped');
      Object.assign(box.style, {
        position: 'fixed', insetBlockStart: '0', insetInline: '0', zIndex: '2147483647', maxBlockSize: '70vh', overflow: 'auto',
        padding: '1rem 1.25rem', background: '#fff4f4', color: '#4a0000', borderBlockEnd: '4px solid #b00020',
        font: '15px/1.45 system-ui, sans-serif', boxShadow: '0 4px 16px rgb(0 0 0 / 0.25)',
      });
      document.body.append(box);
    }
    const heading = document.createElement('p');
    heading.textContent = 'The build stopped: you are seeing the last good page. Fix these and save; this goes away by itself.';
    Object.assign(heading.style, { margin: '0 0 0.5rem', fontWeight: 'bold' });
    const list = document.createElement('ul');
    Object.assign(list.style, { margin: '0', paddingInlineStart: '1.25rem', font: '14px/1.5 ui-monospace, monospace', whiteSpace: 'pre-wrap' });
    list.append(...problems.map((problem) => {
      const item = document.createElement('li');
      item.textContent = problem;
      return item;
    }));
    box.replaceChildren(heading, list);
  }
})();
