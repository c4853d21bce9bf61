// Runs before the page is drawn (a classic script, same origin, so a strict CSP allows it).
// data-js: scripts run, so interactive controls may show; without it, CSS shows the
// static edition. data-panel (embed.html): which part ?panel= asks for; anything
// unknown or malformed falls back to the article. data-from-file: opened from a
// file:// address, where browsers refuse the page its module script and wasm, so it
// is the static edition from the first paint, with a notice naming the single file.
// data-theme: ?theme=light or dark, before the first paint (no flash); auto, the
// default, and anything else leave it to prefers-color-scheme.
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  if (location.protocol === 'file:' && root.getAttribute('data-edition') !== 'single-file') {
    root.setAttribute('data-static', '');
    root.setAttribute('data-from-file', '');
  }
  var query = new URLSearchParams(location.search);
  var theme = query.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  // embed-<part>.html names its part itself; embed.html takes it from ?panel=.
  if (root.getAttribute('data-page') === 'embed' && !root.hasAttribute('data-panel')) {
    var panel = query.get('panel');
    var known = ['article', 'casualties', 'comparison'];
    root.setAttribute('data-panel', known.indexOf(panel) >= 0 ? panel : 'article');
  }
  // A module script that cannot load (a sandboxed frame's opaque origin asks for CORS,
  // a network error) leaves the loader no chance to say so: the page is then static.
  document.addEventListener('error', function (event) {
    if (event.target instanceof HTMLScriptElement && event.target.type === 'module') root.setAttribute('data-static', '');
  }, true);
})();
