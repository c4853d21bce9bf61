// The embeds' classic script (after page.js, in <head>): tells the page that frames us
// our height, in every protocol a host may listen for, from the first layout on and
// whenever the body's size changes. A classic script, not the wasm: inside WordPress's
// sandbox (an opaque origin) a module script and the wasm need CORS, a classic one
// does not, so the frame is sized even when only the static edition can show.
//   pym.js 1.3: only when the parent named us (?childId=); answers its width message.
//   WordPress (wp-embed.js): only when it gave a secret (#?secret=); answers "ready".
//   Embedly: a JSON string it listens for without asking.
// Nothing received is evaluated or shown: only those two exact shapes, from our
// parent, are acted on, and only by sending our height again.
(function () {
  if (window.parent === window) return;
  var parent = window.parent;
  var pymId = new URLSearchParams(location.search).get('childId');
  if (!/^[\w-]{1,100}$/.test(pymId || '')) pymId = null;
  // Read now: once a note opens, the address bar's fragment is the note's.
  var secret = (/^#\?secret=([A-Za-z0-9]{1,64})$/.exec(location.hash) || [])[1];
  // WordPress keeps the frame at most 1000 px high and lets it not scroll: CSS then
  // makes a taller embed scroll inside its body instead of being cut off.
  if (secret) document.documentElement.setAttribute('data-host', 'wordpress');
  var embedlySrc = location.href;
  var last = -1;

  function send(again) {
    if (!document.body) return;
    var height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last && !again) return;
    last = height;
    if (pymId) parent.postMessage('pymxPYMx' + pymId + 'xPYMxheightxPYMx' + height, '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret: secret }, '*');
    parent.postMessage(JSON.stringify({ context: 'iframe.resize', src: embedlySrc, height: height }), '*');
  }

  function asksForHeight(data) {
    if (typeof data === 'string') {
      return pymId !== null && data.length <= 256 && /^pymxPYMx[\w-]+xPYMxwidthxPYMx\d{1,6}$/.test(data) &&
        data.split('xPYMx')[1] === pymId;
    }
    return Boolean(secret) && data !== null && typeof data === 'object' && data.message === 'ready' && data.secret === secret;
  }

  addEventListener('message', function (event) {
    if (event.source === parent && asksForHeight(event.data)) send(true);
  });
  if (secret && window.origin === 'null') keepLinksAlive();
  // Sent once the document is parsed (measuring lays it out at once: a frame out of
  // view, or hidden as WordPress hides it until it speaks, is not rendered, and no
  // observer reports there), then on each change the observer sees. A height equal to
  // the last one sent is not sent again, so a host's answer never loops.
  document.addEventListener('DOMContentLoaded', function () {
    send(false);
    if ('ResizeObserver' in window) new ResizeObserver(function () { send(false); }).observe(document.body);
  });
  addEventListener('load', function () { send(false); });

  // WordPress's sandbox allows scripts only: no new tab, no leaving the frame. A link
  // to our own host is followed by wp-embed.js when asked ("link", what its own embeds
  // send); a link elsewhere cannot work there, so it becomes its text and its address
  // (data-href, which CSS shows), never a link that does nothing. Links inside the page
  // (a marker to its source) work as they are. Notes and cards the wasm copies in later
  // are treated as they arrive.
  function keepLinksAlive() {
    var leaves = function (a) { return a.host !== location.host || a.pathname !== location.pathname || a.target; };
    var unlink = function (root) {
      if (!root.querySelectorAll) return;
      var links = root.matches && root.matches('a[href]') ? [root] : [].slice.call(root.querySelectorAll('a[href]'));
      links.forEach(function (a) {
        if (a.host === location.host || !leaves(a)) return;
        a.setAttribute('data-href', a.href);
        ['href', 'target', 'rel', 'tabindex', 'aria-describedby', 'download'].forEach(function (name) { a.removeAttribute(name); });
      });
    };
    document.addEventListener('click', function (event) {
      var a = event.target.closest && event.target.closest('a[href]');
      if (!a || !leaves(a) || event.defaultPrevented) return;
      event.preventDefault();
      if (/^https?:$/.test(a.protocol)) parent.postMessage({ message: 'link', value: a.href, secret: secret }, '*');
    });
    document.addEventListener('DOMContentLoaded', function () {
      unlink(document.body);
      new MutationObserver(function (changes) {
        changes.forEach(function (change) { [].forEach.call(change.addedNodes, unlink); });
      }).observe(document.body, { childList: true, subtree: true });
    });
  }
})();
