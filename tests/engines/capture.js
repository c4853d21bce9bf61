// Runs first in every page of the WebKit walk (capture-proxy.mjs puts it at the top of
// <head>), before the page's own scripts, and records what a console would show as an
// error: console.error calls (Rust panics land there), uncaught exceptions, unhandled
// promise rejections, resources that fail to load and CSP violations. It then removes
// its own <script> element, so the document the wasm starts on is the one readers get.
(function () {
  var seen = (window.__walkErrors = []);
  var original = console.error;
  console.error = function () {
    seen.push('console.error: ' + Array.prototype.map.call(arguments, String).join(' '));
    return original.apply(this, arguments);
  };
  window.addEventListener('error', function (event) {
    if (event instanceof ErrorEvent) seen.push('uncaught: ' + event.message);
    else if (event.target && event.target !== window) {
      seen.push('failed to load: ' + (event.target.src || event.target.href || event.target.tagName));
    }
  }, true); // capturing: load errors of elements do not bubble
  window.addEventListener('unhandledrejection', function (event) {
    var reason = event.reason;
    seen.push('unhandled rejection: ' + (reason && reason.message ? reason.message : String(reason)));
  });
  document.addEventListener('securitypolicyviolation', function (event) {
    seen.push('CSP violation: ' + event.violatedDirective + ' ' + event.blockedURI);
  });
  document.currentScript.remove();
})();
