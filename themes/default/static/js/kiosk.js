/* The kiosk: "Terug" within this visitor's pages, a slip to print, and a fresh start for
   the next visitor after a quiet while. The pages work without it; then "Terug" goes
   to the page above and nothing resets. */
(function () {
  'use strict';
  var body = document.body;
  var home = body.getAttribute('data-home');
  var atStart = body.hasAttribute('data-start');
  var idle = Number(body.getAttribute('data-idle')) * 1000 || 120000;
  var countdown = Number(body.getAttribute('data-countdown')) || 30;
  var dialog = document.querySelector('.kiosk-idle');
  var count = dialog && dialog.querySelector('.kiosk-idle__count');
  var stay = dialog && dialog.querySelector('.kiosk-idle__stay');
  var announce = document.querySelector('.kiosk-announce');
  var KEY = 'steunwijzer-kiosk-depth';
  // The words, from the page's messages (js/site/10-say.js, loaded first).
  var say = window.SteunwijzerSay || function (id) { return id; };

  function stored(value) {
    // Storage can be off in a locked-down browser; then "Terug" uses the history alone.
    try {
      if (value === undefined) return Number(sessionStorage.getItem(KEY)) || 0;
      if (value === null) sessionStorage.removeItem(KEY);
      else sessionStorage.setItem(KEY, String(value));
    } catch (e) { /* not available */ }
    return 0;
  }

  // How many pages this visitor went from the start page. The history entry keeps its
  // own number, so going back and forward keeps it right; a new page counts one more.
  // (kiosk-guard.js keeps the visit's number in the same state.)
  var state = history.state || {};
  var depth = atStart ? 0 : typeof state.kioskDepth === 'number' ? state.kioskDepth : stored() + 1;
  try {
    state.kioskDepth = depth;
    history.replaceState(state, '');
  } catch (e) { /* file:// in some browsers */ }
  stored(depth);

  // "Terug" goes back within this visitor's pages only, never into the last visitor's.
  var back = document.querySelector('[data-back]');
  if (back) {
    back.addEventListener('click', function (ev) {
      if (depth > 0 && history.length > 1) {
        ev.preventDefault();
        history.back();
      }
    });
  }

  // "Print deze gegevens": the browser prints the slip (the print stylesheet shows only
  // the slip); a kiosk started with --kiosk-printing prints without asking.
  var prints = document.querySelectorAll('.kiosk-print');
  prints.forEach(function (print) {
    // Hidden without JavaScript, where it could not print.
    var wrap = print.closest('[hidden]');
    if (wrap) wrap.hidden = false;
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  });
  // The slip says the day it is printed, in the page's language.
  var printed = document.querySelector('[data-printed]');
  if (printed) {
    window.addEventListener('beforeprint', function () {
      var day = new Intl.DateTimeFormat(document.documentElement.lang, { day: 'numeric', month: 'long', year: 'numeric' });
      printed.textContent = printed.getAttribute('data-printed').replace('{date}', day.format(new Date()));
    });
  }

  // The next visitor starts afresh: the form empty, and every page until now belongs to
  // an earlier visit (kiosk-guard.js sends Back from here to the start page).
  function restart() {
    stored(null);
    // The visitor's list ("Mijn lijst") goes with them.
    if (window.SteunwijzerList) window.SteunwijzerList.clear();
    if (window.SteunwijzerKiosk) window.SteunwijzerKiosk.nextVisit();
    document.querySelectorAll('input').forEach(function (i) {
      if (i.type === 'checkbox') i.checked = false; else i.value = '';
    });
    location.replace(home);
  }

  var again = document.querySelector('[data-restart]');
  if (again) {
    again.addEventListener('click', function (ev) {
      ev.preventDefault();
      restart();
    });
  }

  // A long press opens no menu (with "Open in new tab" or "Inspect") on a kiosk.
  document.addEventListener('contextmenu', function (ev) { ev.preventDefault(); });

  var timer = null, ticker = null, left = 0;

  function ask() {
    if (!dialog || typeof dialog.showModal !== 'function') { restart(); return; }
    left = countdown;
    count.textContent = String(left);
    dialog.showModal();
    stay.focus();
    announce.textContent = '';
    setTimeout(function () {
      announce.textContent = say('js-kiosk-idle', { count: countdown });
    }, 50);
    ticker = setInterval(function () {
      left -= 1;
      count.textContent = String(Math.max(left, 0));
      // One reminder for who cannot see the screen, not one per second.
      if (left === 10) announce.textContent = say('js-kiosk-left', { count: 10 });
      if (left <= 0) {
        clearInterval(ticker);
        restart();
      }
    }, 1000);
  }

  function wait() {
    clearTimeout(timer);
    timer = setTimeout(ask, idle);
  }

  function busy() {
    if (dialog && dialog.open) return;
    wait();
  }

  function keep() {
    clearInterval(ticker);
    announce.textContent = '';
    if (dialog.open) dialog.close();
    wait();
  }

  if (dialog) {
    stay.addEventListener('click', keep);
    // Escape answers "yes" too: who presses a key is still there.
    dialog.addEventListener('cancel', function (ev) { ev.preventDefault(); keep(); });
  }
  ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart', 'scroll'].forEach(function (type) {
    window.addEventListener(type, busy, { passive: true, capture: true });
  });
  // An untouched start page is already what the next visitor should see.
  if (!atStart) wait();
  // Back from the browser's cache: the timer starts again.
  window.addEventListener('pageshow', function (ev) { if (ev.persisted && !atStart) wait(); });
})();
