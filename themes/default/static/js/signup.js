/* "Aanmelden als ondersteuner": checks the answers by the rules `steunwijzer check` uses
   (the same as crates/core/src/formats.rs and text.rs; tests/browser/signup.test.mjs
   holds the two to the same verdicts) and makes the provider file of them, to send to the
   editors by e-mail or to open on the forge. Nothing is stored or sent by the page itself.
   Without this script the form is sent as it is. */
(function () {
  'use strict';
  var form = document.querySelector('.signup__form');
  if (!form) return;
  var say = window.SteunwijzerSay || function (id) { return id; };
  var SUMMARY_MAX = Number(form.getAttribute('data-summary-max')) || 200;
  var NAME_MAX = 200;

  /* ---- The rules of check (formats.rs) ---- */
  function validHost(host) {
    var labels = host.split('.');
    if (labels.length < 2) return false;
    for (var i = 0; i < labels.length; i++) {
      var l = labels[i];
      if (!l || l.length > 63 || l[0] === '-' || l[l.length - 1] === '-' || !/^[\p{L}\p{N}-]+$/u.test(l)) return false;
    }
    var tld = labels[labels.length - 1];
    return tld.length >= 2 && /^\p{L}+$/u.test(tld);
  }
  function phone(raw) {
    var s = raw.trim(), digits = '';
    for (var i = 0; i < s.length; i++) {
      var c = s[i];
      if (c >= '0' && c <= '9') digits += c;
      else if (c === '+' && i === 0) digits += '00';
      else if (' -().\u00a0'.indexOf(c) < 0) return 'js-signup-phone-wrong';
    }
    var national = digits;
    if (digits.indexOf('0031') === 0) {
      var rest = digits.slice(4);
      national = '0' + (rest[0] === '0' ? rest.slice(1) : rest);
    } else if (digits.indexOf('00') === 0) return 'js-signup-phone-foreign';
    var service = ['0800', '0900', '0906', '0909'];
    for (var j = 0; j < service.length; j++) {
      if (national.indexOf(service[j]) === 0) {
        var n = national.length - service[j].length;
        return n === 4 || n === 7 ? null : 'js-signup-phone-wrong';
      }
    }
    if (national.indexOf('14') === 0 && (national.length === 5 || national.length === 6)) return null;
    if (['112', '113', '144'].indexOf(national) >= 0 || (national.indexOf('116') === 0 && national.length === 6)) return null;
    if (national.length === 10 && national[0] === '0' && national.indexOf('00') !== 0) return null;
    return 'js-signup-phone-wrong';
  }
  function email(raw) {
    var s = raw.trim();
    var at = s.indexOf('@');
    if (s.indexOf('mailto:') === 0 || at < 0) return 'js-signup-email-wrong';
    var local = s.slice(0, at), domain = s.slice(at + 1);
    var localOk = local && local[0] !== '.' && local[local.length - 1] !== '.' && local.indexOf('..') < 0 &&
      /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u.test(local);
    return localOk && validHost(domain) ? null : 'js-signup-email-wrong';
  }
  function website(raw) {
    var s = raw.trim();
    var rest = s.indexOf('https://') === 0 ? s.slice(8) : s.indexOf('http://') === 0 ? s.slice(7) : null;
    if (rest === null) return 'js-signup-website-https';
    if (/[\s"<>\u0000-\u001f\u007f]/.test(s)) return 'js-signup-website-wrong';
    var authority = rest.split(/[/?#]/)[0];
    var m = /^(.*):(\d+)$/.exec(authority);
    var host = m ? m[1] : authority;
    return authority.indexOf('@') < 0 && validHost(host) ? null : 'js-signup-website-wrong';
  }
  function postcode(raw) {
    var c = raw.replace(/\s+/g, '').toUpperCase();
    if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(c)) return 'js-signup-postcode-wrong';
    return ['SA', 'SD', 'SS'].indexOf(c.slice(4)) >= 0 ? 'js-signup-postcode-wrong' : null;
  }
  function name(raw) {
    var s = raw.trim();
    if (!s) return 'js-signup-required';
    if (/[\n\r\u2028\u2029\u0085\u000b\u000c]/.test(s) || /[\u0000-\u0008\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/.test(s)) return 'js-signup-name-wrong';
    if (Array.from(s).length > NAME_MAX) return 'js-signup-name-long';
    return /[\p{L}\p{N}]/u.test(s) ? null : 'js-signup-name-wrong';
  }
  /** The rules by field, for the test that compares them with check. */
  window.SteunwijzerSignupRules = { phone: phone, email: email, website: website, postcode: postcode, name: name };

  /* ---- The form ---- */
  var value = function (n) { var el = form.elements[n]; return el ? el.value.trim() : ''; };
  var checked = function (n) {
    return Array.prototype.filter.call(form.querySelectorAll('input[name="' + n + '"]'), function (i) { return i.checked; })
      .map(function (i) { return i.value; });
  };

  function problems() {
    var found = [];
    var add = function (field, id, args) { found.push({ field: field, text: say(id, args) }); };
    var nameWrong = name(value('name'));
    if (nameWrong) add('name', nameWrong, { max: NAME_MAX });
    var summary = value('summary');
    if (!summary) add('summary', 'js-signup-required');
    else if (Array.from(summary).length > SUMMARY_MAX) add('summary', 'js-signup-summary-long', { max: SUMMARY_MAX, count: Array.from(summary).length });
    if (!checked('kind').length) add('kind', 'js-signup-choose');
    if (!checked('life_domains').length) add('life_domains', 'js-signup-choose-one');
    if (!value('text')) add('text', 'js-signup-required');
    var rules = { phone: phone, email: email, website: website };
    var anyWay = false;
    Object.keys(rules).forEach(function (f) {
      var v = value(f);
      if (!v) return;
      anyWay = true;
      var wrong = rules[f](v);
      if (wrong) add(f, wrong);
    });
    var address = ['street', 'postcode', 'city'].map(value);
    if (address.some(Boolean)) {
      anyWay = true;
      ['street', 'postcode', 'city'].forEach(function (f, i) { if (!address[i]) add(f, 'js-signup-address-whole'); });
      if (address[1] && postcode(address[1])) add('postcode', 'js-signup-postcode-wrong');
    }
    if (!anyWay) add('contact', 'js-signup-contact-none');
    if (checked('free').length === 0 || checked('independent').length === 0) add('promises', 'js-signup-promises');
    return found;
  }

  function show(found) {
    form.querySelectorAll('.signup__error').forEach(function (p) { p.hidden = true; p.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
    var box = document.querySelector('.signup__errors');
    var list = box.querySelector('.signup__error-list');
    list.textContent = '';
    found.forEach(function (p) {
      var target = document.getElementById('sw-' + p.field);
      var error = document.getElementById('sw-' + p.field + '-error');
      if (error) { error.hidden = false; error.textContent = p.text; }
      if (target && target.matches('input, textarea')) {
        target.setAttribute('aria-invalid', 'true');
        var described = (target.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        if (described.indexOf(error.id) < 0) described.unshift(error.id);
        target.setAttribute('aria-describedby', described.join(' '));
      }
      var li = document.createElement('li');
      var a = document.createElement('a');
      var focus = target && !target.matches('input, textarea') ? target.querySelector('input') : target;
      a.href = '#' + (focus ? focus.id : 'aanmelden');
      // The list names the question too: "Naam: Vul dit in."
      var label = document.querySelector('label[for="sw-' + p.field + '"]') ||
        (target && target.querySelector('legend')) ||
        (error && error.closest('fieldset') && error.closest('fieldset').querySelector('legend'));
      var named = label ? label.textContent.trim() : '';
      a.textContent = (named ? named + (/[?.!\u061f]$/.test(named) ? ' ' : ': ') : '') + p.text;
      a.addEventListener('click', function (e) { if (focus) { e.preventDefault(); focus.focus(); } });
      li.appendChild(a);
      list.appendChild(li);
    });
    box.hidden = found.length === 0;
    if (found.length) box.focus();
  }

  /* ---- The provider file ---- */
  function quoted(s) { return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\s+/g, ' ').trim() + '"'; }
  function list(values) { return '[' + values.join(', ') + ']'; }
  function today() {
    var d = new Date();
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
  }
  function slug(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'aanbieder';
  }
  function file() {
    var lines = ['---'];
    var from = [value('sender'), value('sender_contact')].filter(Boolean).join(', ');
    lines.push('# ' + say('js-signup-file-note', { date: today(), from: from.replace(/[\r\n]/g, ' ') || '-' }));
    lines.push('name: ' + quoted(value('name')));
    lines.push('summary: ' + quoted(value('summary')));
    lines.push('kind: ' + checked('kind')[0]);
    lines.push('life_domains: ' + list(checked('life_domains')));
    if (checked('neighbourhoods').length) lines.push('neighbourhoods: ' + list(checked('neighbourhoods')));
    if (checked('languages').length) lines.push('languages: ' + list(checked('languages')));
    var contact = ['phone', 'email', 'website'].filter(value);
    var address = ['street', 'postcode', 'city'].filter(value);
    if (contact.length || address.length) {
      lines.push('contact:');
      contact.forEach(function (f) { lines.push('  ' + f + ': ' + quoted(value(f))); });
      if (address.length) {
        lines.push('  address:');
        address.forEach(function (f) { lines.push('    ' + f + ': ' + quoted(value(f))); });
      }
    }
    if (value('hours')) lines.push('opening_hours:', '  note: ' + quoted(value('hours')));
    if (checked('contact_modes').length) lines.push('contact_modes: ' + list(checked('contact_modes')));
    if (checked('accessibility').length) lines.push('accessibility: ' + list(checked('accessibility')));
    lines.push('free: true', 'independent: true', 'last_reviewed: ' + today(), '---');
    var text = form.elements.text.value.replace(/\r\n?/g, '\n').trim();
    return lines.join('\n') + '\n' + text + '\n';
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var found = problems();
    show(found);
    if (found.length) return;
    var text = file();
    var done = document.querySelector('.signup__done');
    var name = value('name');
    done.querySelector('.signup__file').value = text;
    var mail = done.querySelector('.signup__mail');
    if (mail) {
      var subject = say('js-signup-mail-subject', { name: name });
      mail.href = 'mailto:' + form.getAttribute('data-email') + '?subject=' + encodeURIComponent(subject) + '&body=' + encodeURIComponent(text);
    }
    var forge = done.querySelector('.signup__forge');
    if (forge) {
      var path = 'content/providers/' + slug(name) + '.md';
      forge.href = form.getAttribute('data-forge') + '?filename=' + encodeURIComponent(path) + '&value=' + encodeURIComponent(text);
    }
    form.hidden = true;
    done.hidden = false;
    done.focus();
  });
})();
