/* The search page: results as you type, filters, and the search in the address bar.
   Without this script the page shows its topic links and says that search needs
   JavaScript. Index files are loaded as <script> tags, which also works from file://. */
(function () {
  'use strict';
  var app = document.getElementById('zoeken');
  if (!app || !window.SteunwijzerSearch || !window.SteunwijzerSay || !('normalize' in String.prototype)) return;
  var t = window.SteunwijzerSay;

  var form = app.querySelector('.search__form');
  var input = app.querySelector('#zoekterm');
  var status = app.querySelector('.search__status');
  var list = app.querySelector('.search__results');
  var more = app.querySelector('.search__more');
  var filters = app.querySelector('.search__filters');
  var none = app.querySelector('.search__none');
  var loose = app.querySelector('.search__loose');
  var unfilter = app.querySelector('.search__unfilter');
  var suggest = app.querySelector('.search__suggest');
  // Help that is never a result: the crisis numbers (before the results for a crisis
  // word, after them when nothing or only part was found) and the person to call.
  var crisisFirst = app.querySelector('.crisis--first');
  var crisisAfter = app.querySelector('.crisis--after');
  var frontDoor = app.querySelector('.front-door');
  var hint = app.querySelector('.situation-hint');
  /** The life situations the words lead to, as links before the results. */
  function showSituations(list) {
    if (!hint) return;
    var ul = hint.querySelector('ul');
    ul.textContent = '';
    list.forEach(function (s) {
      var li = document.createElement('li'), a = document.createElement('a');
      a.href = root + 'situaties/' + s.slug + '/index.html';
      a.textContent = titles[s.slug] || s.title;
      if (contentLang && !titles[s.slug]) { a.lang = contentLang; a.dir = 'auto'; }
      li.appendChild(a);
      ul.appendChild(li);
    });
    hint.hidden = list.length === 0;
  }
  function showHelp(crisis, unsure) {
    if (crisisFirst) crisisFirst.hidden = !crisis;
    if (crisisAfter) crisisAfter.hidden = crisis || !unsure;
    if (frontDoor) frontDoor.hidden = !unsure;
  }
  var root = app.getAttribute('data-root');
  var metaSrc = app.getAttribute('data-index');
  var base = metaSrc.slice(0, metaSrc.lastIndexOf('/') + 1);
  var PAGE = 10;
  var municipality = app.getAttribute('data-municipality');
  var contentLang = app.getAttribute('data-content-lang');
  var pageLang = document.documentElement.lang;
  // The situations' titles in the page's language, where the editors translated them.
  var titlesData = document.getElementById('sw-situations');
  var titles = titlesData ? JSON.parse(titlesData.textContent) : {};
  var kinds = {};
  (app.getAttribute('data-kinds') || '').split('|').forEach(function (pair) {
    var i = pair.indexOf('=');
    if (i > 0) kinds[pair.slice(0, i)] = pair.slice(i + 1);
  });

  /** The language's name as the filter shows it ("Turks"). */
  function languageName(code) {
    var label = form.querySelector('label[for="taal-' + code + '"]');
    return label ? label.textContent.trim() : code;
  }

  /** What a resident needs to choose, as on the life-domain pages: kind and area, then
   *  walk-in, languages and the phone number. */
  function cardMeta(d) {
    var first = [kinds[d.kind] || d.kind, d.neighbourhoods.length ? d.neighbourhoods.join(', ') : t('card-whole', { municipality: municipality })];
    var second = [];
    if (d.walkIn) second.push(t('card-walk-in'));
    if (d.languages.length) second.push(t('card-also-in', { languages: d.languages.map(languageName).join(', ') }));
    var p = document.createElement('p');
    p.className = 'card__meta';
    p.textContent = first.join(' · ') + (second.length ? '. ' + second.join(' · ') : '');
    if (d.phone) {
      p.appendChild(document.createTextNode((second.length ? ' · ' : '. ') + t('card-phone') + ' '));
      // A link to call, as on the other pages' cards; in the kiosk, which cannot call, text.
      var a = document.createElement(kiosk ? 'span' : 'a');
      if (!kiosk) a.href = 'tel:' + telOf(d.phone);
      a.textContent = d.phone;
      p.appendChild(a);
    }
    return p;
  }

  var kiosk = document.body.classList.contains('kiosk');

  /** The `tel:` target of a Dutch number as written, as `formats::phone` makes it:
   *  +31 for a 10-digit number, the number itself for 0800/0900, 14 0xx and 112. */
  function telOf(display) {
    var d = display.replace(/^(\+|00)31 *(\(?0\)?)?/, '0').replace(/\D/g, '');
    return d.length === 10 && !/^0(800|90[069])/.test(d) ? '+31' + d.slice(1) : d;
  }

  // Loading index files: each file calls __sw(name, data).
  var waiting = {}, loaded = {};
  window.__sw = function (name, data) {
    loaded[name] = Promise.resolve(data);
    if (waiting[name]) waiting[name].resolve(data);
  };
  function load(name) {
    if (loaded[name]) return loaded[name];
    if (!waiting[name]) {
      var w = waiting[name] = {};
      w.promise = new Promise(function (resolve, reject) { w.resolve = resolve; w.reject = reject; });
      var s = document.createElement('script');
      s.src = base + name + '.js';
      // A failed file is forgotten, so the next search tries it again.
      s.onerror = function () {
        delete waiting[name];
        s.remove();
        w.reject(new Error(name));
      };
      document.head.appendChild(s);
    }
    return waiting[name].promise;
  }

  var engine = null;
  function getEngine() {
    if (!engine) {
      engine = load(metaSrc.slice(base.length, -3)).then(function (meta) {
        return new window.SteunwijzerSearch.Engine(meta, load);
      }, function (e) {
        engine = null;
        throw e;
      });
    }
    return engine;
  }

  function checked(name) {
    return Array.prototype.map.call(form.querySelectorAll('input[name="' + name + '"]:checked'), function (c) { return c.value; });
  }

  // The filters: the name in the address and the form, and in the state.
  var KEYS = [['levensgebied', 'ld'], ['wijk', 'wijk'], ['taal', 'taal'], ['contact', 'contact']];

  function state() {
    var s = { q: input.value };
    KEYS.forEach(function (k) { s[k[1]] = checked(k[0]); });
    return s;
  }

  function toUrl(s) {
    var p = new URLSearchParams();
    if (s.q.trim()) p.append('q', s.q);
    KEYS.forEach(function (k) { s[k[1]].forEach(function (v) { p.append(k[0], v); }); });
    var q = p.toString();
    return location.pathname + (q ? '?' + q : '');
  }

  function fromUrl() {
    var p = new URLSearchParams(location.search);
    input.value = p.get('q') || '';
    KEYS.forEach(function (k) {
      var values = p.getAll(k[0]);
      form.querySelectorAll('input[name="' + k[0] + '"]').forEach(function (c) { c.checked = values.indexOf(c.value) >= 0; });
      if (values.length) filters.open = true;
    });
  }

  // Marks the words of `text` that match the query's terms.
  function highlight(el, text, terms, meta) {
    var re = /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]+/gu, last = 0, m;
    var stop = new Set(meta.stopWords), own = new Map(Object.entries(meta.ownTerms || {}));
    while ((m = re.exec(text))) {
      var w = window.SteunwijzerSearch.words(m[0], stop, meta.maxWordBytes, own)[0];
      if (w && terms.has(w.term)) {
        el.appendChild(document.createTextNode(text.slice(last, m.index)));
        var mark = document.createElement('mark');
        mark.textContent = m[0];
        el.appendChild(mark);
        last = m.index + m[0].length;
      }
    }
    el.appendChild(document.createTextNode(text.slice(last)));
  }

  function say(text) {
    // A polite live region only speaks changes; clear first so the same count is read again.
    status.textContent = '';
    setTimeout(function () { status.textContent = text; }, 50);
  }

  var shown = PAGE, current = 0;

  // Say that the search is busy when an answer takes more than a moment (a slow
  // connection loads the index files one by one); a quick answer never shows it.
  var BUSY_AFTER = 400;

  async function run() {
    var ticket = ++current;
    var busy = setTimeout(function () { if (ticket === current) say(t('js-busy')); }, BUSY_AFTER);
    try {
      await answer(ticket);
    } catch (err) {
      if (ticket !== current) return;
      // Never the last question's results under the new one.
      list.textContent = '';
      list.hidden = true;
      more.hidden = true;
      none.hidden = false;
      showHelp(false, true);
      say(t('js-failed'));
    } finally {
      clearTimeout(busy);
    }
  }

  async function answer(ticket) {
    var s = state();
    var e = await getEngine();
    var answer = await e.search({ text: s.q, lifeDomains: s.ld, neighbourhoods: s.wijk, languages: s.taal, contactModes: s.contact, limit: shown });
    if (ticket !== current) return;
    var counts = {};
    answer.lifeDomainCounts.forEach(function (c) { counts[c.slug] = c.count; });
    var searching = s.q.trim() !== '' || s.ld.length || s.wijk.length || s.taal.length || s.contact.length;
    form.querySelectorAll('[data-count]').forEach(function (el) {
      el.textContent = searching ? '(' + counts[el.getAttribute('data-count')] + ')' : '';
    });
    var docs = await e.docs(answer.results.map(function (r) { return r.doc; }), pageLang);
    if (ticket !== current) return;
    var terms = new Set();
    answer.words.forEach(function (w) { w.terms.forEach(function (t) { terms.add(t.term); }); });
    list.textContent = '';
    docs.forEach(function (d) {
      var li = document.createElement('li'), h = document.createElement('h2'), a = document.createElement('a');
      li.className = 'card';
      h.className = 'card__title';
      a.href = root + 'aanbieders/' + d.slug + '/index.html';
      highlight(a, d.name, terms, e.meta);
      h.appendChild(a);
      var p = document.createElement('p');
      p.className = 'card__summary';
      // The summary in the page's language when the provider gives one.
      var own = d.translated;
      highlight(p, own || d.summary, terms, e.meta);
      // On a page in another language, the providers' words say they are in the site's.
      if (contentLang) (own ? [h] : [h, p]).forEach(function (el) { el.lang = contentLang; el.dir = 'auto'; });
      li.appendChild(h);
      li.appendChild(p);
      li.appendChild(cardMeta(d));
      // "Zet op mijn lijst", as on the build's cards (js/site/20-my-list.js).
      if (window.SteunwijzerList) li.appendChild(window.SteunwijzerList.button(d.slug, d.name, contentLang));
      list.appendChild(li);
    });
    list.hidden = docs.length === 0;
    none.hidden = !(searching && answer.total === 0);
    // A crisis word shows the numbers first; an answer that found nothing or only part of
    // the words shows them after the results, with the person to call.
    showHelp(answer.crisis, s.q.trim() !== '' && (answer.total === 0 || !answer.allWords));
    showSituations(searching ? answer.situations || [] : []);
    // Nothing found: the count without filters, the words meant, the life domains.
    var ways = answer.suggestions || { words: [], lifeDomains: [] };
    var without = ways.withoutFilters || 0;
    showSuggestions(ways, e.meta);
    loose.hidden = without === 0;
    loose.querySelector('.search__loose-text').textContent = without === 0 ? ''
      : t('js-without-filters', { count: without });
    more.hidden = answer.total <= docs.length;
    var n = answer.total, found = t('js-found', { count: n });
    var first = answer.crisis ? t('js-crisis-first') + ' ' : '';
    var msg;
    if (!searching) msg = '';
    else if (first) msg = first + (n > 0 ? found : t('js-none'));
    else if (n === 0 && without > 0) msg = t('js-none-filters', { count: without });
    else if (n === 0 && suggest.children.length) {
      msg = t('js-none') + ' ' + Array.prototype.map.call(suggest.children, function (p) { return p.textContent; }).join(' ');
    }
    else if (n === 0) msg = t('js-none-try');
    else if (!answer.allWords) {
      msg = t('js-partly', { count: n, words: (answer.matchedWords || []).join(', ') });
    }
    else msg = found;
    // The life situations the words lead to, after what was found.
    var situations = searching ? answer.situations || [] : [];
    if (situations.length) msg += ' ' + t('js-situations', { titles: situations.map(function (s) { return titles[s.slug] || s.title; }).join(', ') });
    say(msg);
  }

  /** "Bedoelde u schulden?" and "Bedoelt u Inkomen? 18 aanbieders", as links. */
  function showSuggestions(ways, meta) {
    suggest.textContent = '';
    function para(before, items, after) {
      var p = document.createElement('p');
      p.appendChild(document.createTextNode(before + ' '));
      items.forEach(function (item, i) {
        if (i) p.appendChild(document.createTextNode(i === items.length - 1 ? ' ' + t('js-or') + ' ' : ', '));
        var a = document.createElement('a');
        a.href = item.href;
        a.textContent = item.text;
        if (item.lang) { a.lang = item.lang; a.dir = 'auto'; }
        p.appendChild(a);
        if (item.after) p.appendChild(document.createTextNode(item.after));
      });
      p.appendChild(document.createTextNode(after));
      suggest.appendChild(p);
    }
    if (ways.words.length) {
      para(t('js-meant-words'), ways.words.map(function (w) {
        return { text: w, href: location.pathname + '?q=' + encodeURIComponent(w) };
      }), t('js-meant-end'));
    }
    var domains = ways.lifeDomains.map(function (d) {
      var link = none.querySelector('a[data-slug="' + d.slug + '"]');
      // The page's own link names the life domain in the page's language (or marked as Dutch).
      return link && { text: link.textContent, lang: link.lang, href: link.getAttribute('href'), after: ' ' + t('js-topic-count', { count: d.count }) };
    }).filter(Boolean);
    if (domains.length) para(t('js-meant-topics'), domains, t('js-meant-end'));
  }

  var timer = null;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(function () {
      history.replaceState(null, '', toUrl(state()));
      shown = PAGE;
      run();
    }, 250);
  }

  function now() {
    clearTimeout(timer);
    var url = toUrl(state());
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    shown = PAGE;
    run();
  }

  // The entry file and the life-domain bits are needed by every search: fetch them when
  // the resident starts, so typing and Enter wait only for the files of their words.
  function warm() {
    getEngine().then(function (e) { return e.domainMasks(); }).catch(function () { /* tried again on search */ });
  }
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('input', later);
  form.addEventListener('change', function (ev) { if (ev.target !== input) now(); });
  form.addEventListener('submit', function (ev) { ev.preventDefault(); now(); });
  more.addEventListener('click', function () {
    var first = list.children.length;
    shown += PAGE;
    run().then(function () {
      var next = list.children[first];
      if (next) next.querySelector('a').focus();
    });
  });
  unfilter.addEventListener('click', function () {
    form.querySelectorAll('input[type="checkbox"]:checked').forEach(function (c) { c.checked = false; });
    now();
    input.focus();
  });
  window.addEventListener('popstate', function () { fromUrl(); shown = PAGE; run(); });

  // Wide screens show the filters beside the results; small ones keep them folded.
  if (window.matchMedia('(min-width: 60rem)').matches) filters.open = true;
  fromUrl();
  if (location.search) {
    // Arriving with a question (from the header search, or a shared address): the focus
    // starts in the search field, so the next Tab reaches the results.
    if (document.activeElement === document.body && input.value) input.focus({ preventScroll: true });
    run();
  }
})();
