/* "Mijn lijst": a resident puts providers on a list of their own, to print or to keep.
   The list is the providers' slugs in this browser's storage (the kiosk's ends with the
   visit: session storage, emptied by the reset); nothing about it leaves the device. The
   buttons ("Zet op mijn lijst") and the menu's link show only with this script. The list
   page loads each chosen provider's entry from the shard file that holds it (a script,
   which also works from file://), as the build wrote it in the page's language. */
(function () {
  'use strict';
  var t = window.SteunwijzerSay || function (id) { return id; };
  var kiosk = document.body.classList.contains('kiosk');
  var KEY = 'steunwijzer-mijn-lijst';
  var MAX = 20;
  var store = null;
  try {
    store = kiosk ? window.sessionStorage : window.localStorage;
    store.getItem(KEY);
  } catch (e) { store = null; }
  // Without storage (a locked-down browser) there is no list: the buttons stay hidden.
  if (!store) return;

  function read() {
    try {
      var list = JSON.parse(store.getItem(KEY) || '[]');
      return Array.isArray(list) ? list.filter(function (s) { return typeof s === 'string'; }).slice(0, MAX) : [];
    } catch (e) { return []; }
  }
  function write(list) {
    try {
      if (list.length) store.setItem(KEY, JSON.stringify(list)); else store.removeItem(KEY);
    } catch (e) { /* full or off: the page still shows what it can */ }
    update();
  }

  // Said once for each change, politely, by a region that is on the page from the start.
  var status = document.createElement('p');
  status.className = 'visually-hidden my-list-status';
  status.setAttribute('role', 'status');
  document.body.appendChild(status);
  function say(text) {
    status.textContent = '';
    setTimeout(function () { status.textContent = text; }, 50);
  }

  /** Shows every toggle, the menu's link and its count as the list is now. */
  function update() {
    var list = read();
    document.querySelectorAll('[data-list]').forEach(function (b) {
      var on = list.indexOf(b.getAttribute('data-list')) >= 0;
      b.querySelector('.list-toggle__text').textContent = t(on ? 'js-mylist-remove' : 'js-mylist-add');
      b.classList.toggle('list-toggle--on', on);
      var wrap = b.closest('[hidden]');
      if (wrap && wrap.classList.contains('list-toggle__wrap')) wrap.hidden = false;
    });
    document.querySelectorAll('.my-list-link').forEach(function (link) {
      link.hidden = list.length === 0 && !link.querySelector('[aria-current]');
      link.querySelector('.my-list-link__count').textContent = list.length ? t('js-mylist-count', { count: list.length }) : '';
    });
  }

  function toggle(slug, name) {
    var list = read(), at = list.indexOf(slug);
    if (at >= 0) {
      list.splice(at, 1);
      write(list);
      say(t('js-mylist-removed', { name: name, count: list.length }));
      return;
    }
    if (list.length >= MAX) {
      say(t('js-mylist-full', { count: MAX }));
      return;
    }
    list.push(slug);
    write(list);
    say(t('js-mylist-added', { name: name, count: list.length }));
  }

  document.addEventListener('click', function (ev) {
    var b = ev.target.closest && ev.target.closest('[data-list]');
    if (!b) return;
    toggle(b.getAttribute('data-list'), b.getAttribute('data-name') || '');
    if (!page) return;
    // Taken off on the list page: the focus goes to the next entry's button, or to the
    // heading when none is left, not to the top of the page.
    var entries = page.querySelector('.my-list__entries');
    var at = Array.prototype.indexOf.call(entries.children, b.closest('.my-list__entry'));
    show().then(function () {
      if (at < 0) return;
      var next = entries.children[Math.min(at, entries.children.length - 1)];
      (next ? next.querySelector('[data-list]') : page.querySelector('h1')).focus();
    });
  });

  /** A toggle for a card the search made: as the build makes one (macros::card). */
  function button(slug, name, lang) {
    var p = document.createElement('p'), b = document.createElement('button');
    var text = document.createElement('span'), who = document.createElement('span');
    p.className = 'list-toggle__wrap';
    b.type = 'button';
    b.className = kiosk ? 'list-toggle kiosk-button' : 'list-toggle';
    b.setAttribute('data-list', slug);
    b.setAttribute('data-name', name);
    text.className = 'list-toggle__text';
    who.className = 'visually-hidden';
    who.textContent = ': ' + name;
    if (lang) { who.lang = lang; who.dir = 'auto'; }
    b.appendChild(text);
    b.appendChild(who);
    p.appendChild(b);
    var on = read().indexOf(slug) >= 0;
    text.textContent = t(on ? 'js-mylist-remove' : 'js-mylist-add');
    b.classList.toggle('list-toggle--on', on);
    return p;
  }
  window.SteunwijzerList = {
    button: button,
    /** Forgets the list (the kiosk's reset for the next visitor). */
    clear: function () { try { store.removeItem(KEY); } catch (e) { /* off */ } }
  };

  // The list page: the chosen providers' entries, in the order they were chosen.
  var page = document.getElementById('mijn-lijst');
  var shards = page ? Number(page.getAttribute('data-shards')) || 1 : 1;
  var loaded = {}, waiting = {};
  window.__swList = function (n, data) {
    loaded[n] = data;
    (waiting[n] || []).forEach(function (f) { f(data); });
    delete waiting[n];
  };
  /** The shard of `slug`: FNV-1a of its UTF-8 bytes, as `my_list::shard_of` in the build. */
  function shardOf(slug) {
    var h = 2166136261;
    new TextEncoder().encode(slug).forEach(function (b) { h = Math.imul(h ^ b, 16777619) >>> 0; });
    return h % shards;
  }
  function load(n) {
    if (loaded[n]) return Promise.resolve(loaded[n]);
    return new Promise(function (resolve) {
      if (waiting[n]) { waiting[n].push(resolve); return; }
      waiting[n] = [resolve];
      var s = document.createElement('script');
      s.src = 'aanbieders-' + n + '.js';
      // A shard that does not load shows its providers as missing; the list is kept.
      s.onerror = function () { s.remove(); delete waiting[n]; resolve(null); };
      document.head.appendChild(s);
    });
  }

  var shown = 0;
  function show() {
    var list = read(), ticket = ++shown;
    return Promise.all(list.map(function (slug) { return load(shardOf(slug)); })).then(function (data) {
      if (ticket !== shown) return;
      var ol = page.querySelector('.my-list__entries');
      ol.textContent = '';
      var gone = [], failed = false;
      list.forEach(function (slug, i) {
        if (!data[i]) { failed = true; return; }
        var html = Object.prototype.hasOwnProperty.call(data[i], slug) ? data[i][slug] : null;
        if (typeof html !== 'string') { gone.push(slug); return; }
        // The entry as the build wrote it from the site's own content (escaped there).
        ol.insertAdjacentHTML('beforeend', html);
      });
      // A provider no longer in the guide leaves the list, with a word about it.
      if (gone.length) {
        write(list.filter(function (s) { return gone.indexOf(s) < 0; }));
        say(t('js-mylist-gone', { count: gone.length }));
      }
      var n = ol.children.length;
      page.querySelector('.my-list__empty').hidden = n > 0 || failed;
      page.querySelector('.my-list__failed').hidden = !failed;
      document.querySelectorAll('.my-list__when-full').forEach(function (el) { el.hidden = n === 0; });
      update();
    });
  }

  if (page) {
    page.querySelector('.my-list__ready').hidden = false;
    document.querySelectorAll('.my-list__print').forEach(function (b) {
      b.addEventListener('click', function () { window.print(); });
    });
    page.querySelector('.my-list__clear').addEventListener('click', function () {
      write([]);
      show().then(function () { page.querySelector('h1').focus(); });
      say(t('js-mylist-cleared'));
    });
    // The printed list says the day it is printed, in the page's language.
    var printed = page.querySelector('[data-list-printed]');
    window.addEventListener('beforeprint', function () {
      var day = new Intl.DateTimeFormat(document.documentElement.lang, { day: 'numeric', month: 'long', year: 'numeric' });
      printed.textContent = printed.getAttribute('data-list-printed').replace('{date}', day.format(new Date()));
    });
    show();
  }
  update();
  // Another tab changed the list, or Back showed this page from the cache.
  window.addEventListener('storage', function (ev) { if (ev.key === KEY) { update(); if (page) show(); } });
  window.addEventListener('pageshow', function (ev) { if (ev.persisted) { update(); if (page) show(); } });
})();
