/* steunwijzer serve: reloads the page after each rebuild and shows content errors on top
   of the last good page. Added to pages by the preview server only, never to a build. */
(function () {
  'use strict';
  // The words come from the message catalogue, as attributes of this script's element.
  var words = (document.currentScript || {}).dataset || {};
  var panel = null;
  function show(text) {
    if (!panel) {
      panel = document.createElement('div');
      panel.setAttribute('role', 'alert');
      panel.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
        'background:#fff;color:#1b1b1b;border-top:6px solid #a5281b;padding:1rem;font:16px/1.5 system-ui,sans-serif;' +
        'box-shadow:0 -4px 12px rgba(0,0,0,.3)';
      var h = document.createElement('h2');
      h.textContent = words.title || '';
      h.style.cssText = 'margin:0 0 .5rem;font-size:1.25rem';
      var pre = document.createElement('pre');
      pre.style.cssText = 'white-space:pre-wrap;margin:0 0 .5rem;font:14px/1.4 ui-monospace,monospace';
      var close = document.createElement('button');
      close.type = 'button';
      close.textContent = words.hide || '×';
      close.onclick = function () { panel.hidden = true; };
      panel.appendChild(h);
      panel.appendChild(pre);
      panel.appendChild(close);
      document.body.appendChild(panel);
    }
    panel.querySelector('pre').textContent = text;
    panel.hidden = false;
  }
  var source = new EventSource('/__steunwijzer/events');
  source.addEventListener('reload', function () { location.reload(); });
  // A page served before a rebuild it did not hear of (it was loading then) loads again.
  source.addEventListener('hello', function (e) {
    if (words.generation && e.data !== words.generation) location.reload();
  });
  // The search export follows an edit a moment after its page: only a page that
  // searches loads it again.
  source.addEventListener('search', function () {
    if (document.querySelector('[data-index]')) location.reload();
  });
  // After a template the web edition's pages come first and the kiosk's a moment later.
  var kiosk = location.pathname.indexOf('/kiosk/') === 0;
  source.addEventListener('web', function () { if (!kiosk) location.reload(); });
  source.addEventListener('kiosk', function () { if (kiosk) location.reload(); });
  source.addEventListener('errors', function (e) { show(e.data); });
})();
