/* The kiosk's own keyboard: a kiosk often has a touch screen and no keyboard. Keys for the
   page's language (Dutch letters with their accents, Turkish, Polish, Ukrainian, Arabic),
   a key to switch to Latin letters, space, "wis" (one letter) and "wis alles". It types
   into the search field beside it as a keyboard would (an `input` event, so the search
   answers at once); nothing is sent or kept anywhere. Hidden without JavaScript. */
(function () {
  'use strict';
  var LATIN = ['1 2 3 4 5 6 7 8 9 0', 'q w e r t y u i o p', 'a s d f g h j k l', 'z x c v b n m'];
  var LAYOUTS = {
    nl: LATIN.concat(['é ë è ï ü ö á à ç ô']),
    en: LATIN.concat(['é ë ï ü ö ç']),
    tr: ['1 2 3 4 5 6 7 8 9 0', 'q w e r t y u ı o p ğ ü', 'a s d f g h j k l ş i', 'z x c v b n m ö ç'],
    pl: LATIN.concat(['ą ć ę ł ń ó ś ź ż']),
    uk: ['1 2 3 4 5 6 7 8 9 0', 'й ц у к е н г ш щ з х ї', 'ф і в а п р о л д ж є', 'я ч с м и т ь б ю ґ \''],
    ar: ['1 2 3 4 5 6 7 8 9 0', 'ض ص ث ق ف غ ع ه خ ح ج د', 'ش س ي ب ل ا ت ن م ك ط', 'ئ ء ؤ ر لا ى ة و ز ظ']
  };

  document.querySelectorAll('.kiosk-keys').forEach(function (box) {
    var field = document.getElementById(box.getAttribute('data-for'));
    if (!field) return;
    var lang = (document.documentElement.lang || 'nl').split('-')[0];
    var own = LAYOUTS[lang] || LAYOUTS.nl;
    var latin = /[a-z]/.test(own[1]);

    function type(text) {
      var at = field.selectionStart == null ? field.value.length : field.selectionStart;
      var end = field.selectionEnd == null ? at : field.selectionEnd;
      var value = field.value.slice(0, at) + text + field.value.slice(end);
      if (value.length > (field.maxLength > 0 ? field.maxLength : 200)) return;
      field.value = value;
      try { field.setSelectionRange(at + text.length, at + text.length); } catch (e) { /* type=search */ }
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }

    function erase(all) {
      var at = field.selectionStart == null ? field.value.length : field.selectionStart;
      var end = field.selectionEnd == null ? at : field.selectionEnd;
      if (all) { field.value = ''; at = 0; }
      else if (end > at) { field.value = field.value.slice(0, at) + field.value.slice(end); }
      else if (at > 0) {
        // One letter back, also when it is two UTF-16 units.
        var before = Array.from(field.value.slice(0, at));
        before.pop();
        var rest = field.value.slice(at);
        field.value = before.join('') + rest;
        at = field.value.length - rest.length;
      }
      try { field.setSelectionRange(at, at); } catch (e) { /* type=search */ }
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }

    function key(label, name, act, wide) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'kiosk-key' + (wide ? ' kiosk-key--wide' : '');
      // For touch: who has a keyboard of their own does not Tab through fifty keys.
      b.tabIndex = -1;
      b.textContent = label;
      if (name) b.setAttribute('aria-label', name);
      // The field keeps its caret: the key does not take the focus.
      b.addEventListener('mousedown', function (ev) { ev.preventDefault(); });
      b.addEventListener('click', act);
      return b;
    }

    function draw(rows) {
      box.textContent = '';
      rows.forEach(function (row) {
        var line = document.createElement('div');
        line.className = 'kiosk-keys__row';
        row.split(' ').forEach(function (c) { line.appendChild(key(c, null, function () { type(c); })); });
        box.appendChild(line);
      });
      var last = document.createElement('div');
      last.className = 'kiosk-keys__row';
      if (!latin) {
        var showing = rows === own;
        last.appendChild(key(showing ? 'abc' : own[1].split(' ').slice(0, 3).join(''), box.getAttribute('data-key-switch'),
          function () { draw(showing ? LAYOUTS.nl : own); }, true));
      }
      last.appendChild(key(box.getAttribute('data-key-space'), null, function () { type(' '); }, true));
      last.appendChild(key('⌫', box.getAttribute('data-key-back'), function () { erase(false); }, true));
      last.appendChild(key(box.getAttribute('data-key-clear'), null, function () { erase(true); }, true));
      box.appendChild(last);
    }

    draw(own);
    box.hidden = false;
  });
})();
