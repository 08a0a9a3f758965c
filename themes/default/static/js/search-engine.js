/* steunwijzer search engine: the query rules of src/search/query.rs and the analysis of
   src/search/analyser.rs, run on the files exported by src/search/export.rs. Plain
   JavaScript that runs in browsers and in Node (for the parity tests); no DOM here. */
(function (root) {
  'use strict';

  // ---- Analysis -------------------------------------------------------------------

  var WORD = /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]+/gu;
  var MARK = /\p{M}/gu;
  var SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ħ': 'h', 'ı': 'i', 'þ': 'th', 'ς': 'σ' };
  var ASCII = /^[\x00-\x7f]*$/;

  function utf8Length(s) {
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800) n += 2;
      else if (c >= 0xd800 && c < 0xdc00) { n += 4; i++; }
      else n += 3;
    }
    return n;
  }

  function fold(word) {
    if (ASCII.test(word)) return word;
    return word.normalize('NFKD').replace(MARK, '').replace(/[ßæœøđðłħıþς]/g, function (c) { return SPECIAL[c]; });
  }

  // Snowball (Porter) Dutch, as generated into rust-stemmers 1.2.0 (dutch.rs). Works on
  // ASCII words; positions are string indexes.
  function isV(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y' || c === '\u00e8'; }
  function isVI(c) { return isV(c) || c === 'I'; }
  function isVJ(c) { return isV(c) || c === 'j'; }

  function stemAscii(word) {
    var s = word.replace(/[\u00e1\u00e4]/g, 'a').replace(/[\u00e9\u00eb]/g, 'e').replace(/[\u00ed\u00ef]/g, 'i')
      .replace(/[\u00f3\u00f6]/g, 'o').replace(/[\u00fa\u00fc]/g, 'u');
    if (s.charAt(0) === 'y') s = 'Y' + s.slice(1);
    // i between vowels and y after a vowel are consonants: mark them I and Y. (Snowball's
    // `goto` leaves the cursor at the vowel, so the search goes on right after it.)
    var c = 0;
    for (;;) {
      var found = false;
      for (var p = c; p < s.length; p++) {
        if (!isV(s.charAt(p))) continue;
        if (s.charAt(p + 1) === 'i' && p + 2 < s.length && isV(s.charAt(p + 2))) {
          s = s.slice(0, p + 1) + 'I' + s.slice(p + 2); c = p + 1; found = true; break;
        }
        if (s.charAt(p + 1) === 'y') {
          s = s.slice(0, p + 1) + 'Y' + s.slice(p + 2); c = p + 1; found = true; break;
        }
      }
      if (!found) break;
    }
    // Regions: p1 after the first non-vowel following a vowel (at least 3), p2 likewise after p1.
    var len = s.length, p1 = len, p2 = len, i = 0;
    regions: {
      while (i < len && !isV(s.charAt(i))) i++;
      if (i >= len) break regions;
      i++;
      while (i < len && isV(s.charAt(i))) i++;
      if (i >= len) break regions;
      i++;
      p1 = i < 3 ? 3 : i;
      while (i < len && !isV(s.charAt(i))) i++;
      if (i >= len) break regions;
      i++;
      while (i < len && isV(s.charAt(i))) i++;
      if (i >= len) break regions;
      p2 = i + 1;
    }
    var eFound = false;
    function ends(x) { return s.length >= x.length && s.slice(s.length - x.length) === x; }
    function endsAt(pos, x) { return pos >= x.length && s.slice(pos - x.length, pos) === x; }
    function cut(n) { s = s.slice(0, s.length - n); }
    function undouble() {
      if (ends('kk') || ends('dd') || ends('tt')) { cut(1); return true; }
      return false;
    }
    function eEnding() {
      eFound = false;
      if (!ends('e')) return false;
      var at = s.length - 1;
      if (!(p1 <= at)) return false;
      if (at < 1 || isV(s.charAt(at - 1))) return false;
      cut(1);
      eFound = true;
      return undouble();
    }
    function enEnding(n) { // the suffix is the last n characters
      var at = s.length - n;
      if (!(p1 <= at)) return false;
      if (at < 1 || isV(s.charAt(at - 1))) return false;
      if (endsAt(at, 'gem')) return false;
      cut(n);
      return undouble();
    }
    // Step 1
    if (ends('heden')) {
      if (p1 <= s.length - 5) s = s.slice(0, s.length - 5) + 'heid';
    } else if (ends('ene')) {
      enEnding(3);
    } else if (ends('en')) {
      enEnding(2);
    } else if (ends('se') || ends('s')) {
      var n = ends('se') ? 2 : 1, at = s.length - n;
      if (p1 <= at && at >= 1 && !isVJ(s.charAt(at - 1))) cut(n);
    }
    // Step 2
    eEnding();
    // Step 3
    if (ends('heid')) {
      var h = s.length - 4;
      if (p2 <= h && !(h >= 1 && s.charAt(h - 1) === 'c')) {
        cut(4);
        if (ends('en')) enEnding(2);
      }
    }
    // Step 4
    var m = null;
    if (ends('end')) m = ['end', 1]; else if (ends('ing')) m = ['ing', 1]; else if (ends('ig')) m = ['ig', 2];
    else if (ends('lijk')) m = ['lijk', 3]; else if (ends('baar')) m = ['baar', 4]; else if (ends('bar')) m = ['bar', 5];
    if (m) {
      var b = s.length - m[0].length;
      if (p2 <= b) {
        if (m[1] === 1) {
          cut(m[0].length);
          var g = s.length - 2;
          if (ends('ig') && p2 <= g && !(g >= 1 && s.charAt(g - 1) === 'e')) cut(2);
          else undouble();
        } else if (m[1] === 2) {
          if (!(b >= 1 && s.charAt(b - 1) === 'e')) cut(2);
        } else if (m[1] === 3) {
          cut(4);
          eEnding();
        } else if (m[1] === 4) {
          cut(4);
        } else if (eFound) {
          cut(3);
        }
      }
    }
    // Step 5: undouble a vowel before a final consonant (maan -> man).
    var L = s.length;
    if (L >= 4 && !isVI(s.charAt(L - 1))) {
      var dv = s.slice(L - 3, L - 1);
      if ((dv === 'aa' || dv === 'ee' || dv === 'oo' || dv === 'uu') && !isV(s.charAt(L - 4))) {
        s = s.slice(0, L - 2) + s.slice(L - 1);
      }
    }
    return s.replace(/Y/g, 'y').replace(/I/g, 'i');
  }

  function stem(word) { return ASCII.test(word) ? stemAscii(word) : word; }

  /** The term of a folded word: the site's own term for it (a Map), or its stem. */
  function termOf(folded, own) { return own && own.has(folded) ? own.get(folded) : stem(folded); }

  /** Words of a text, as the index analyser makes them: [{folded, term}]. */
  function words(text, stop, maxBytes, own) {
    var out = [];
    var tokens = String(text).match(WORD) || [];
    for (var i = 0; i < tokens.length; i++) {
      if (utf8Length(tokens[i]) > maxBytes) continue;
      var folded = fold(tokens[i].toLowerCase());
      if (stop.has(folded)) continue;
      out.push({ folded: folded, term: termOf(folded, own) });
    }
    return out;
  }

  // Compound words (src/search/compound.rs): two parts, or else three, each at least
  // `min` letters and known; a part followed by another may drop a linking "s"; the
  // longest first part wins.
  function head(cs, min, known) {
    var whole = cs.join('');
    if (known(whole)) return whole;
    if (cs.length > min && cs[cs.length - 1] === 's') {
      var rest = cs.slice(0, -1).join('');
      if (known(rest)) return rest;
    }
    return null;
  }
  function splitTwo(cs, min, known) {
    var n = cs.length;
    if (n < 2 * min) return null;
    for (var i = n - min; i >= min; i--) {
      var right = cs.slice(i).join('');
      if (!known(right)) continue;
      var left = head(cs.slice(0, i), min, known);
      if (left !== null) return [left, right];
    }
    return null;
  }
  function split(word, min, known) {
    var cs = chars(word), two = splitTwo(cs, min, known);
    if (two) return two;
    var n = cs.length;
    if (n < 3 * min) return null;
    for (var i = n - 2 * min; i >= min; i--) {
      var first = head(cs.slice(0, i), min, known);
      if (first === null) continue;
      var rest = splitTwo(cs.slice(i), min, known);
      if (rest) return [first, rest[0], rest[1]];
    }
    return null;
  }
  /** Every piece a split of `word` may ask about, so their files load at once. */
  function pieces(word, min) {
    var cs = chars(word), out = [];
    if (cs.length < 2 * min) return out;
    for (var a = 0; a + min <= cs.length; a++) {
      for (var b = a + min; b <= cs.length; b++) out.push(cs.slice(a, b).join(''));
    }
    return out;
  }

  /** The trailing run of letters and digits: the word still being typed. */
  function openEnd(text) {
    var m = /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]+$/u.exec(text);
    return m ? m[0] : '';
  }

  function chars(s) { return Array.from(s); }

  // Compare by code point, as Rust compares strings.
  function cmp(a, b) {
    if (a === b) return 0;
    var x = chars(a), y = chars(b), n = Math.min(x.length, y.length);
    for (var i = 0; i < n; i++) {
      var d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  // Edit distance with swaps of neighbours (optimal string alignment), over characters.
  function distance(a, b) {
    var s = chars(a), t = chars(b), n = s.length, m = t.length, d = [];
    for (var i = 0; i <= n; i++) { d.push([i]); }
    for (var j = 1; j <= m; j++) d[0][j] = j;
    for (i = 1; i <= n; i++) {
      for (j = 1; j <= m; j++) {
        var v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
        d[i][j] = v;
      }
    }
    return d[n][m];
  }

  function allowedEdits(n) { return n <= 4 ? 0 : n <= 8 ? 1 : 2; }

  /** tantivy's field-norm table (id → token count): exact up to 40, then eight steps of
   *  each power of two from 2 on (the Rust test `norm_table_is_tantivys` keeps it true). */
  var NORMS = (function () {
    var t = [], v = 0;
    for (var i = 0; i < 256; i++) { v = i <= 40 ? i : v + 2 * Math.pow(2, Math.floor((i - 41) / 8)); t.push(v); }
    return t;
  })();

  /** The number of bits set (query words: at most 32). */
  function ones(x) { var c = 0; for (; x; x >>>= 1) c += x & 1; return c; }

  function key(term) { return chars(term).slice(0, 2).join(''); }

  function pushNew(into, from) { from.forEach(function (d) { if (into.indexOf(d) < 0) into.push(d); }); }

  /** As `suggest` in query.rs: known = [[word, folded, [life domain indexes]]]. */
  function suggest(plan, known, max, MIN_PART) {
    known = known.map(function (k) { return [k[0], fold(k[0].toLowerCase()), k[1]]; });
    var typed = [];
    plan.forEach(function (w) { var x = w.part_of || w.word; if (typed.indexOf(x) < 0) typed.push(x); });
    var exact = [], close = [];
    typed.forEach(function (word, wi) {
      var len = chars(word).length, limit = allowedEdits(len) + 1, near = [], isKnown = false;
      known.forEach(function (k, ki) {
        var kl = chars(k[1]).length;
        // A known word the typed one starts or ends with ("geld" in "geldcoach").
        var part = kl >= MIN_PART && k[1].length < word.length && k[1].indexOf(' ') < 0 &&
          (word.startsWith(k[1]) || word.endsWith(k[1]));
        if (Math.abs(kl - len) > limit) { if (part) near.push([limit + 1, wi, ki]); return; }
        var d = distance(word, k[1]);
        if (d === 0) { isKnown = true; pushNew(exact, k[2]); } else if (d <= limit && 2 * d < Math.min(len, kl)) near.push([d, wi, ki]);
        else if (part) near.push([limit + 1, wi, ki]);
      });
      if (!isKnown) close = close.concat(near);
    });
    close.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    var chosen = [];
    close.forEach(function (c) {
      var k = known[c[2]];
      if (chosen.length < max && typed.indexOf(k[1]) < 0 && chosen.every(function (x) { return x[0] !== k[0]; })) chosen.push(k);
    });
    var domains = exact;
    if (domains.length === 0) chosen.forEach(function (k) { pushNew(domains, k[2]); });
    return { words: chosen.map(function (k) { return k[0]; }), domains: domains.slice(0, max) };
  }

  // ---- Engine ---------------------------------------------------------------------

  /** `load(name)` resolves to the data of the exported file `name` (without `.js`). */
  function Engine(meta, load) {
    this.meta = meta;
    this.load = load;
    this.stop = new Set(meta.stopWords);
    this.weak = new Set(meta.weakWords || []);
    this.own = new Map(Object.entries(meta.ownTerms || {}));
    // "key name key name …": a key (two letters) never holds a space.
    var pairs = (meta.dict || '').split(' ');
    this.dict = new Map();
    for (var i = 0; i + 1 < pairs.length; i += 2) this.dict.set(pairs[i], pairs[i + 1]);
    this.postingsCache = {};
  }

  /** The dictionary entries of the files for `keys`, loaded in parallel, by term. */
  Engine.prototype.entries = async function (keys) {
    var unique = Array.from(new Set(keys)), out = new Map();
    var lists = await Promise.all(unique.map(this.dictShard, this));
    lists.forEach(function (list) { list.forEach(function (e) { out.set(e[0], e); }); });
    return out;
  };

  Engine.prototype.dictShard = function (k) {
    // The hash alone, or "filekey-hash" for a key that is not plain ASCII letters and digits.
    var v = this.dict.get(k);
    if (!v) return Promise.resolve([]);
    return this.load('d-' + (v.indexOf('-') < 0 ? k + '-' : '') + v);
  };

  /** Step 1: the words of the query, and which one is being typed. */
  Engine.prototype.kept = function (text) {
    var meta = this.meta;
    var raw = words(text, this.stop, meta.maxWordBytes, this.own), weak = this.weak;
    var trailing = fold(openEnd(String(text)).toLowerCase());
    // Weak words count only in a query of nothing else.
    var isWeak = function (w) { return chars(w.folded).length <= 1 || weak.has(w.folded); };
    var meaningful = raw.some(function (w) { return !isWeak(w); });
    var kept = [];
    for (var i = 0; i < raw.length; i++) {
      var w = raw[i], pos = -1;
      if (meaningful && isWeak(w)) continue;
      for (var j = 0; j < kept.length; j++) if (kept[j].term === w.term) { pos = j; break; }
      if (pos < 0) {
        if (kept.length >= meta.maxWords) continue;
        kept.push({ word: w.folded, term: w.term, prefix: null });
        pos = kept.length - 1;
      }
      if (i === raw.length - 1 && trailing !== '' && w.folded === trailing) kept[pos].prefix = w.folded;
    }
    return kept;
  };

  /** Steps 1 and 2 of the query rules: the words and their terms (or parts). The files
   *  of all words load at once: one round trip, a second only for a compound or a typo. */
  Engine.prototype.plan = async function (text) {
    var self = this, meta = this.meta;
    var kept = this.kept(text);
    var found = await Promise.all(kept.map(function (q) {
      var keys = [key(q.term)];
      if (q.prefix !== null) keys.push(key(q.prefix));
      return self.entries(keys);
    }));
    var out = [];
    for (var k = 0; k < kept.length; k++) {
      var q = kept[k], terms = [], entries = found[k];
      if (entries.has(q.term)) terms.push({ term: q.term, match: 'exact', weight: meta.weights.exact, entry: entries.get(q.term) });
      if (q.prefix !== null && chars(q.prefix).length >= meta.prefixMinChars) {
        var p = q.prefix, cands = [];
        entries.forEach(function (e) { if (e[0].startsWith(p) && e[0] !== q.term) cands.push(e); });
        cands.sort(function (a, b) { return b[1] - a[1] || cmp(a[0], b[0]); });
        cands.slice(0, meta.maxExpansions).forEach(function (e) {
          terms.push({ term: e[0], match: 'prefix', weight: meta.weights.prefix, entry: e });
        });
      }
      if (terms.length === 0) {
        var parts = await this.parts(q.word);
        if (parts) { parts.forEach(function (x) { out.push(x); }); continue; }
        terms = await this.fuzzy(q);
      }
      out.push({ word: q.word, term: q.term, terms: terms });
    }
    return out;
  };

  /** A word's parts as query words, or null when it does not split. */
  Engine.prototype.parts = async function (word) {
    var self = this, meta = this.meta, min = meta.minPartChars;
    var terms = pieces(word, min).map(function (x) { return termOf(x, self.own); });
    if (terms.length === 0) return null;
    var entries = await this.entries(terms.map(key));
    var parts = split(word, min, function (x) { return entries.has(termOf(x, self.own)); });
    if (!parts) return null;
    return parts.map(function (x) {
      var t = termOf(x, self.own);
      return { word: x, term: t, part_of: word, terms: [{ term: t, match: 'part', weight: meta.weights.part, entry: entries.get(t) }] };
    });
  };

  /** Terms within the allowed edits, with the same first letter. */
  Engine.prototype.fuzzy = async function (q) {
    var meta = this.meta, edits = allowedEdits(chars(q.word).length);
    if (edits === 0 || q.term === '') return [];
    var first = chars(q.term)[0];
    var keys = Array.from(this.dict.keys()).filter(function (x) { return chars(x)[0] === first; });
    var entries = await this.entries(keys), fuzzy = [];
    entries.forEach(function (e) {
      if (e[0] === q.term) return;
      var d = distance(q.term, e[0]);
      if (d <= edits) fuzzy.push([d, e]);
    });
    fuzzy.sort(function (a, b) { return a[0] - b[0] || b[1][1] - a[1][1] || cmp(a[1][0], b[1][0]); });
    return fuzzy.slice(0, meta.maxExpansions).map(function (f) {
      return { term: f[1][0], match: 'fuzzy', weight: meta.weights.fuzzy, entry: f[1] };
    });
  };

  Engine.prototype.postings = async function (entry) {
    var data = await this.load(this.meta.postings[entry[2]]);
    return data[entry[0]] || [];
  };

  function decodeBits(str, charsPerDoc, n) {
    var out = new Uint32Array(n);
    var A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (var d = 0; d < n; d++) {
      var v = 0;
      for (var i = 0; i < charsPerDoc; i++) v += A.indexOf(str.charAt(d * charsPerDoc + i)) * Math.pow(64, i);
      out[d] = v;
    }
    return out;
  }

  Engine.prototype.domainMasks = async function () {
    if (!this._domains) {
      var m = this.meta;
      this._domains = decodeBits(await this.load(m.facets), Math.ceil(m.lifeDomains.length / 6), m.docs);
    }
    return this._domains;
  };

  Engine.prototype.attrMasks = async function () {
    if (!this._attrs) {
      var m = this.meta, a = await this.load(m.attrs);
      this._attrs = {
        neighbourhoods: decodeBits(a.neighbourhoods, Math.ceil(m.neighbourhoods.length / 6), m.docs),
        languages: decodeBits(a.languages, Math.ceil(m.languages.length / 6), m.docs),
        contactModes: decodeBits(a.contactModes, 1, m.docs),
      };
    }
    return this._attrs;
  };

  function maskOf(list, selected, by) {
    var m = 0;
    list.forEach(function (x, i) { if (selected.indexOf(by ? x[by] : x) >= 0) m += Math.pow(2, i); });
    return m;
  }

  /**
   * Runs a request {text, lifeDomains, neighbourhoods, languages, contactModes, limit}. Returns
   * {words, allWords, total, lifeDomainCounts, results: [{doc, score}], crisis}.
   */
  Engine.prototype.search = async function (req) {
    var self = this, meta = this.meta, n = meta.docs;
    var hoods = req.neighbourhoods || [], langs = req.languages || [], domains = req.lifeDomains || [];
    var ways = req.contactModes || [], others = hoods.length || langs.length || ways.length;
    // The filter files load while the words are looked up: they never wait for each other.
    var masksP = this.domainMasks();
    var attrsP = others ? this.attrMasks() : Promise.resolve(null);
    masksP.catch(function () {}); attrsP.catch(function () {});
    var plan = await this.plan(req.text || '');
    var postings = await Promise.all(plan.map(function (p) {
      return Promise.all(p.terms.map(function (c) { return self.postings(c.entry); }));
    }));
    var scores = new Float64Array(n), matched = new Uint32Array(n), about = new Uint32Array(n);
    var norms = NORMS, k1 = meta.k1, b = meta.b;
    for (var w = 0; w < plan.length; w++) {
      var bit = Math.pow(2, w);
      for (var t = 0; t < plan[w].terms.length; t++) {
        var choice = plan[w].terms[t];
        var fields = postings[w][t];
        var byField = {};
        for (var x = 0; x < fields.length; x += 2) byField[fields[x]] = fields[x + 1];
        for (var f = 0; f < meta.fields.length; f++) {
          var list = byField[f];
          if (!list) continue;
          var entries = [], doc = 0;
          for (var y = 0; y < list.length;) {
            var v = list[y++];
            doc += Math.floor(v / 2);
            var tf = v % 2 ? list[y++] : 1;
            entries.push(doc, tf, list[y++]);
          }
          var df = entries.length / 3;
          var avg = meta.fields[f].tokens / n;
          var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          var boost = meta.fields[f].boost * choice.weight;
          var aboutBit = meta.fields[f].strong && choice.match !== 'fuzzy' ? bit : 0;
          for (var e = 0; e < entries.length; e += 3) {
            var d = entries[e], freq = entries[e + 1];
            var norm = k1 * (1 - b + b * norms[entries[e + 2]] / avg);
            scores[d] += idf * (1 + k1) * (freq / (freq + norm)) * boost;
            matched[d] |= bit;
            about[d] |= aboutBit;
          }
        }
      }
    }
    var attrs = await attrsP;
    var hoodMask = maskOf(meta.neighbourhoods, hoods, 'slug'), langMask = maskOf(meta.languages, langs, 'slug');
    var wayMask = maskOf(meta.contactModes, ways);
    function passesOthers(d) {
      if (hoods.length) { var h = attrs.neighbourhoods[d]; if (h !== 0 && !(h & hoodMask)) return false; }
      if (langs.length && !(attrs.languages[d] & langMask)) return false;
      if (ways.length && !(attrs.contactModes[d] & wayMask)) return false;
      return true;
    }
    var all = Math.pow(2, plan.length) - 1, pool = [], allWords = true, d2;
    if (plan.length === 0) {
      if (others || domains.length) for (d2 = 0; d2 < n; d2++) if (passesOthers(d2)) pool.push(d2);
    } else {
      for (d2 = 0; d2 < n; d2++) if (matched[d2] === all && passesOthers(d2)) pool.push(d2);
      if (pool.length === 0) {
        allWords = false;
        for (d2 = 0; d2 < n; d2++) if (matched[d2] !== 0 && passesOthers(d2)) pool.push(d2);
      }
    }
    var masks = await masksP;
    var counts = meta.lifeDomains.map(function (ld, i) {
      var bitI = Math.pow(2, i), c = 0;
      pool.forEach(function (d) { if (masks[d] & bitI) c++; });
      return { slug: ld.slug, count: c };
    });
    if (domains.length) {
      var dm = maskOf(meta.lifeDomains, domains, 'slug');
      pool = pool.filter(function (d) { return masks[d] & dm; });
    }
    // More words matched, then more words the provider is about, then the score.
    pool.sort(function (a, c) {
      return ones(matched[c]) - ones(matched[a]) || ones(about[c]) - ones(about[a]) || scores[c] - scores[a] || a - c;
    });
    var limit = req.limit === undefined ? 10 : req.limit;
    var answer = {
      words: plan.map(function (p) {
        var out = { word: p.word, term: p.term, terms: p.terms.map(function (c) { return { term: c.term, match: c.match, weight: c.weight }; }) };
        if (p.part_of) out.part_of = p.part_of;
        return out;
      }),
      allWords: allWords,
      total: pool.length,
      lifeDomainCounts: counts,
      results: pool.slice(0, limit).map(function (d) { return { doc: d, score: scores[d] }; }),
      crisis: this.isCrisis(req.text || ''),
      situations: this.situationsOf(req.text || ''),
    };
    if (!allWords) {
      var hit = 0, shown = [];
      pool.forEach(function (d) { hit |= matched[d]; });
      plan.forEach(function (p, i) { var x = p.part_of || p.word; if (hit & Math.pow(2, i) && shown.indexOf(x) < 0) shown.push(x); });
      answer.matchedWords = shown;
    }
    if (pool.length === 0 && plan.length > 0) {
      var withoutFilters = null;
      if (others || domains.length) {
        var any = 0;
        for (d2 = 0; d2 < n; d2++) if (matched[d2] === all) any++;
        if (any === 0) for (d2 = 0; d2 < n; d2++) if (matched[d2] !== 0) any++;
        withoutFilters = any;
      }
      answer.suggestions = await this.suggestions(plan, masks, withoutFilters);
    }
    return answer;
  };

  /** As `situations_of` in query.rs: the life situations ([slug, title, phrases]) whose
   *  title or one of whose words the query holds every term of. */
  Engine.prototype.situationsOf = function (text) {
    var holds = this.holds(text, this.stop);
    return (this.meta.situations || []).filter(function (s) { return s[2].some(holds); })
      .slice(0, this.meta.maxSituations).map(function (s) { return { slug: s[0], title: s[1] }; });
  };

  /** A test of whether `text`'s terms (without `stop`) hold every term of a phrase, its
   *  terms joined by a space (terms never hold one). */
  Engine.prototype.holds = function (text, stop) {
    var terms = words(text, stop, this.meta.maxWordBytes, this.own).map(function (w) { return w.term; });
    return function (p) { return p !== '' && p.split(' ').every(function (t) { return terms.indexOf(t) >= 0; }); };
  };

  /** Whether the query's words (as typed, before the dictionary) hold every term of one
   *  of the vocabulary's crisis words: then the crisis numbers come first. */
  Engine.prototype.isCrisis = function (text) {
    // Stop words kept: "wil niet meer leven" is more than "leven".
    return (this.meta.crisis || []).some(this.holds(text, new Set()));
  };

  /** Step 7: known words close to the resident's words, their life domains (with all
   *  their providers counted), and the count without filters. */
  Engine.prototype.suggestions = async function (plan, masks, withoutFilters) {
    var meta = this.meta, known = meta.known ? await this.load(meta.known) : [];
    var picked = suggest(plan, known, meta.maxSuggestions, meta.minPartChars);
    var out = {
      words: picked.words,
      lifeDomains: picked.domains.filter(function (i) { return i < meta.lifeDomains.length; }).map(function (i) {
        var bitI = Math.pow(2, i), c = 0;
        for (var d = 0; d < masks.length; d++) if (masks[d] & bitI) c++;
        return { slug: meta.lifeDomains[i].slug, count: c };
      }),
    };
    if (withoutFilters !== null) out.withoutFilters = withoutFilters;
    return out;
  };

  /** Slug, name and summary of documents, by id. */
  Engine.prototype.docs = async function (ids) {
    var size = this.meta.chunkSize, self = this;
    return Promise.all(ids.map(async function (id) {
      var chunk = await self.load(self.meta.chunks[Math.floor(id / size)]);
      var r = chunk[id % size];
      return {
        doc: id, slug: r[0], name: r[1], summary: r[2],
        kind: r[3], neighbourhoods: r[4] || [], languages: r[5] || [], walkIn: !!r[6], phone: r[7] || null,
      };
    }));
  };

  root.SteunwijzerSearch = { fold: fold, stem: stem, words: words, split: split, openEnd: openEnd, distance: distance, Engine: Engine };
})(typeof globalThis !== 'undefined' ? globalThis : this);
