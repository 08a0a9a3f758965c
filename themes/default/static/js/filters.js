/* The filters of a list page (a life domain, a situation). The stylesheet already hides
 * the cards that do not fit, also without JavaScript; this says how many fit (the page's
 * message js-list-fits, through js/site/10-say.js), shows a way back when none does, keeps the
 * choice in the address (a link to "Turkish, walk-in" can be shared) and hides the
 * cards itself for a browser without :has(). Every word it shows comes from the page. */
(function () {
  'use strict';
  var box = document.querySelector('.filterable');
  if (!box) return;
  var form = box.querySelector('.list-filters');
  var status = box.querySelector('.list-filters__status');
  var none = box.querySelector('.list-filters__none');
  var cards = box.querySelectorAll('.card');
  var NAMES = ['wijk', 'taal', 'contact'];

  function chosen() {
    var c = { up: [] };
    NAMES.forEach(function (name) {
      var r = form.querySelector('input[name="' + name + '"]:checked');
      c[name] = r ? r.value : '';
      if (r && name === 'wijk' && r.getAttribute('data-up')) c.up = r.getAttribute('data-up').split(' ');
    });
    return c;
  }

  function words(card, name) { return (card.getAttribute('data-' + name) || '').split(' '); }

  /* As filters.css: a place chosen keeps the cards that lie within it (data-in) and those
   * that name a place it lies in (the choice's data-up). */
  function fits(card, c) {
    return NAMES.every(function (name) {
      var have = words(card, name);
      if (!c[name] || have.indexOf(c[name]) >= 0 || have.indexOf('*') >= 0) return true;
      return name === 'wijk' && (words(card, 'in').indexOf(c.wijk) >= 0
        || c.up.some(function (u) { return have.indexOf(u) >= 0; }));
    });
  }

  /** "3 of the 12 providers fit your choice", from the page's messages (js/site/10-say.js). */
  function say(n) {
    var total = Number(form.getAttribute('data-total'));
    return window.SteunwijzerSay ? window.SteunwijzerSay('js-list-fits', { count: n, total: total }) : String(n);
  }

  function apply(announce) {
    var c = chosen(), n = 0, any = false, p = new URLSearchParams(location.search);
    cards.forEach(function (card) {
      card.hidden = !fits(card, c);
      if (!card.hidden) n++;
    });
    NAMES.forEach(function (name) {
      if (c[name]) { any = true; p.set(name, c[name]); } else p.delete(name);
    });
    none.hidden = n > 0;
    if (announce || any) status.textContent = any ? say(n) : '';
    var q = p.toString();
    try { history.replaceState(null, '', location.pathname + (q ? '?' + q : '') + location.hash); } catch (e) { /* file:// */ }
  }

  function fromUrl() {
    var p = new URLSearchParams(location.search);
    NAMES.forEach(function (name) {
      var v = p.get(name), r = v && form.querySelector('input[name="' + name + '"][value="' + CSS.escape(v) + '"]');
      if (r) { r.checked = true; form.querySelector('details').open = true; }
    });
  }

  form.classList.add('is-live');
  form.addEventListener('change', function () { apply(true); });
  // A reset changes the radios after its event: apply on the next turn.
  form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  box.querySelector('.list-filters__all').addEventListener('click', function () {
    // reset() has changed the radios when it returns: apply now, not a turn later.
    form.reset();
    apply(true);
    form.querySelector('summary').focus();
  });
  fromUrl();
  apply(false);
})();
