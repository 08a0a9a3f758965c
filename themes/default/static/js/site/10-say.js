/* The interface's words for the scripts, in the page's language: the messages of the
   page's <script type="application/json" id="sw-messages"> block (made from the message
   catalogue, locales/<language>.ftl), with the language's plural rules. A message is a
   list of parts: text, {var: name}, or {sel: name, v: {key: parts}, d: default key}. */
(function () {
  'use strict';
  var block = document.getElementById('sw-messages');
  var messages = {};
  try { messages = block ? JSON.parse(block.textContent) : {}; } catch (e) { messages = {}; }
  var root = document.documentElement;
  var rules = null;
  try { rules = new Intl.PluralRules(root.lang || 'nl'); } catch (e) { rules = null; }
  // Right to left, a value keeps its own direction inside the sentence (as on the pages).
  var isolate = root.dir === 'rtl';

  function variant(part, args) {
    var n = args[part.sel], v = part.v;
    var key = Object.prototype.hasOwnProperty.call(v, String(n)) ? String(n)
      : rules && typeof n === 'number' ? rules.select(n) : part.d;
    return v[key] || v[part.d];
  }
  function show(parts, args) {
    return parts.map(function (part) {
      if (typeof part === 'string') return part;
      if (part.sel) return show(variant(part, args), args);
      var value = args[part['var']];
      value = value === undefined || value === null ? '' : String(value);
      return isolate ? '\u2068' + value + '\u2069' : value;
    }).join('');
  }
  /** The message `id` with `args` ({count: 3}); the id itself when the page lacks it. */
  window.SteunwijzerSay = function (id, args) {
    return messages[id] ? show(messages[id], args || {}) : id;
  };
})();
