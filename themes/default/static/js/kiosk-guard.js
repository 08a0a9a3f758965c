/* The kiosk forgets the last visitor (docs/kiosk.md): each visit has a number in session
   storage; a page of an earlier one (Back after a reset) is hidden and the start page
   replaces it. Runs in <head>, before anything shows. */
(function () {
  'use strict';
  var KEY = 'steunwijzer-kiosk-visit', root = document.documentElement;
  function current() {
    try { return Number(sessionStorage.getItem(KEY)) || 0; } catch (e) { return -1; }
  }
  function mark(visit) {
    var state = history.state || {};
    state.kioskVisit = visit;
    try { history.replaceState(state, ''); } catch (e) { /* file:// in some browsers */ }
  }
  var state = history.state || {};
  var mine = typeof state.kioskVisit === 'number' ? state.kioskVisit : current();
  function fresh() {
    var now = current();
    if (now < 0 || mine >= now) return true;
    root.hidden = true;
    // A browser may keep a replaced entry's state: the start page is of this visit.
    mine = now;
    mark(now);
    location.replace(root.getAttribute('data-kiosk-home'));
    return false;
  }
  if (fresh()) mark(mine);
  window.addEventListener('pageshow', function (ev) { if (ev.persisted) fresh(); });
  window.SteunwijzerKiosk = {
    nextVisit: function () {
      var now = current();
      if (now < 0) return;
      try { sessionStorage.setItem(KEY, String(now + 1)); } catch (e) { return; }
      mark(now + 1);
    }
  };
})();
