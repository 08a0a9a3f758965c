/* steunwijzer search engine: the query rules of crates/search/src/query.rs and the analysis
   of analyser.rs, run on the files exported by export.rs, function for function (plan,
   choose, score, filters, pool, domainCounts, hits, suggest). The Dutch stemmer is
   stem-nl.js, generated from Snowball's definition. A classic script (it must load from
   file://) that runs in browsers and in Node for the parity tests; no DOM here. */
((root) => {
  'use strict';

  // ---- Analysis (analyser.rs) -----------------------------------------------------

  const WORD = /[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]+/gu;
  const MARK = /\p{M}/gu;
  const SPECIAL = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ħ': 'h', 'ı': 'i', 'þ': 'th', 'ς': 'σ' };
  const ASCII = /^[\x00-\x7f]*$/;
  const snowball = root.SteunwijzerStem.stemmer;

  const utf8Length = (s) => {
    let n = 0;
    for (const c of s) { const p = c.codePointAt(0); n += p < 0x80 ? 1 : p < 0x800 ? 2 : p < 0x10000 ? 3 : 4; }
    return n;
  };

  const fold = (word) => ASCII.test(word) ? word
    : word.normalize('NFKD').replace(MARK, '').replace(/[ßæœøđðłħıþς]/g, (c) => SPECIAL[c]);

  /** Snowball's Dutch stem of a folded word; a word of other letters is its own stem. */
  const stem = (word) => ASCII.test(word) ? snowball(word) : word;

  /** The term of a folded word: the site's own term for it (a Map), or its stem. */
  const termOf = (folded, own) => own && own.has(folded) ? own.get(folded) : stem(folded);

  /** Words of a text, as the index analyser makes them: [{folded, term}]. */
  function words(text, stop, maxBytes, own) {
    const out = [];
    for (const token of String(text).match(WORD) || []) {
      if (utf8Length(token) > maxBytes) continue;
      const folded = fold(token.toLowerCase());
      if (!stop.has(folded)) out.push({ folded, term: termOf(folded, own) });
    }
    return out;
  }

  // ---- Compound words (compound.rs) -------------------------------------------------
  // Two parts, or else three, each at least `min` letters and known; a part followed by
  // another may drop a linking "s"; the longest first part wins.

  const chars = (s) => Array.from(s);

  function head(cs, min, known) {
    const whole = cs.join('');
    if (known(whole)) return whole;
    if (cs.length > min && cs[cs.length - 1] === 's') {
      const rest = cs.slice(0, -1).join('');
      if (known(rest)) return rest;
    }
    return null;
  }

  function splitTwo(cs, min, known) {
    for (let i = cs.length - min; i >= min; i--) {
      const right = cs.slice(i).join('');
      if (!known(right)) continue;
      const left = head(cs.slice(0, i), min, known);
      if (left !== null) return [left, right];
    }
    return null;
  }

  function split(word, min, known) {
    const cs = chars(word);
    const two = splitTwo(cs, min, known);
    if (two) return two;
    for (let i = cs.length - 2 * min; i >= min; i--) {
      const first = head(cs.slice(0, i), min, known);
      const rest = first === null ? null : splitTwo(cs.slice(i), min, known);
      if (rest) return [first, ...rest];
    }
    return null;
  }

  /** Every piece a split of `word` may ask about, so their files load at once. */
  function pieces(word, min) {
    const cs = chars(word), out = [];
    if (cs.length < 2 * min) return out;
    for (let a = 0; a + min <= cs.length; a++) {
      for (let b = a + min; b <= cs.length; b++) out.push(cs.slice(a, b).join(''));
    }
    return out;
  }

  // ---- Small rules (query.rs) ---------------------------------------------------------

  /** The trailing run of letters and digits: the word still being typed. */
  const openEnd = (text) => (/[\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]+$/u.exec(text) || [''])[0];

  /** Compares by code point, as Rust compares strings. */
  function cmp(a, b) {
    const x = chars(a), y = chars(b);
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      const d = x[i].codePointAt(0) - y[i].codePointAt(0);
      if (d) return d;
    }
    return x.length - y.length;
  }

  /** Edit distance with swaps of neighbours (optimal string alignment), over characters. */
  function distance(a, b) {
    const s = chars(a), t = chars(b);
    const d = Array.from({ length: s.length + 1 }, (_, i) => [i]);
    for (let j = 1; j <= t.length; j++) d[0][j] = j;
    for (let i = 1; i <= s.length; i++) {
      for (let j = 1; j <= t.length; j++) {
        let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
        d[i][j] = v;
      }
    }
    return d[s.length][t.length];
  }

  const allowedEdits = (n) => n <= 4 ? 0 : n <= 8 ? 1 : 2;

  /** tantivy's field-norm table (id → token count): exact up to 40, then eight steps of
   *  each power of two from 2 on (the Rust test `norm_table_is_tantivys` keeps it true). */
  const NORMS = [];
  for (let i = 0, v = 0; i < 256; i++) NORMS.push(v = i <= 40 ? i : v + 2 * 2 ** Math.floor((i - 41) / 8));

  /** The number of bits set (query words: at most 32). */
  const ones = (x) => { let c = 0; for (; x; x >>>= 1) c += x & 1; return c; };

  const key = (term) => chars(term).slice(0, 2).join('');

  const pushNew = (into, from) => from.forEach((d) => { if (!into.includes(d)) into.push(d); });

  /** A bit per item of `list` (its `by` field) that `selected` holds. */
  const maskOf = (list, selected, by) => list.reduce((m, x, i) => selected.includes(by ? x[by] : x) ? m + 2 ** i : m, 0);

  /** As `suggest` in query.rs: known = [[word, [life domain indexes]]]. */
  function suggest(plan, known, max, minPart) {
    known = known.map(([word, domains]) => [word, fold(word.toLowerCase()), domains]);
    const typed = [];
    pushNew(typed, plan.map((w) => w.part_of || w.word));
    const exact = [];
    let close = [];
    typed.forEach((word, wi) => {
      const len = chars(word).length, limit = allowedEdits(len) + 1, near = [];
      let isKnown = false;
      known.forEach(([, k, domains], ki) => {
        const kl = chars(k).length;
        // A known word the typed one starts or ends with ("geld" in "geldcoach").
        const part = kl >= minPart && k.length < word.length && !k.includes(' ') && (word.startsWith(k) || word.endsWith(k));
        if (Math.abs(kl - len) > limit) { if (part) near.push([limit + 1, wi, ki]); return; }
        const d = distance(word, k);
        if (d === 0) { isKnown = true; pushNew(exact, domains); } else if (d <= limit && 2 * d < Math.min(len, kl)) near.push([d, wi, ki]);
        else if (part) near.push([limit + 1, wi, ki]);
      });
      if (!isKnown) close = close.concat(near);
    });
    close.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    const chosen = [];
    for (const [, , ki] of close) {
      const k = known[ki];
      if (chosen.length < max && !typed.includes(k[1]) && chosen.every((x) => x[0] !== k[0])) chosen.push(k);
    }
    const domains = exact;
    if (domains.length === 0) chosen.forEach((k) => pushNew(domains, k[2]));
    return { words: chosen.map((k) => k[0]), domains: domains.slice(0, max) };
  }

  /** Turns the bits of each document ("charsPerDoc" base-64 letters) into numbers. */
  function decodeBits(str, charsPerDoc, n) {
    const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const out = new Uint32Array(n);
    for (let d = 0; d < n; d++) {
      for (let i = 0; i < charsPerDoc; i++) out[d] += A.indexOf(str.charAt(d * charsPerDoc + i)) * 64 ** i;
    }
    return out;
  }

  /** A term's postings ([field, [doc delta·2 + has tf, tf?, norm, …], …]) as
   *  [field, [doc, tf, norm, …]] lists. */
  function decodePostings(fields) {
    const out = [];
    for (let x = 0; x < fields.length; x += 2) {
      const list = fields[x + 1], entries = [];
      for (let y = 0, doc = 0; y < list.length;) {
        const v = list[y++];
        doc += Math.floor(v / 2);
        entries.push(doc, v % 2 ? list[y++] : 1, list[y++]);
      }
      out.push([fields[x], entries]);
    }
    // In field order, as the scores add up in query.rs.
    return out.sort((p, q) => p[0] - q[0]);
  }

  // ---- Engine -----------------------------------------------------------------------

  class Engine {
    /** `load(name)` resolves to the data of the exported file `name` (without `.js`). */
    constructor(meta, load) {
      this.meta = meta;
      this.load = load;
      this.stop = new Set(meta.stopWords);
      this.weak = new Set(meta.weakWords || []);
      this.own = new Map(Object.entries(meta.ownTerms || {}));
      // "key name key name …": a key (two letters) never holds a space.
      const pairs = (meta.dict || '').split(' ');
      this.dict = new Map();
      for (let i = 0; i + 1 < pairs.length; i += 2) this.dict.set(pairs[i], pairs[i + 1]);
    }

    /** The dictionary entries ([term, providers, postings file]) of the files for `keys`,
     *  loaded in parallel, by term. */
    async entries(keys) {
      const out = new Map();
      const lists = await Promise.all([...new Set(keys)].map((k) => this.dictShard(k)));
      lists.forEach((list) => list.forEach((e) => out.set(e[0], e)));
      return out;
    }

    dictShard(k) {
      // The hash alone, or "filekey-hash" for a key that is not plain ASCII letters and digits.
      const v = this.dict.get(k);
      return v ? this.load('d-' + (v.includes('-') ? '' : k + '-') + v) : Promise.resolve([]);
    }

    /** As `kept_words`: the words of the query (weak words only in a query of nothing
     *  else, each term once, at most `maxWords`), and which one is being typed. */
    keptWords(text) {
      const raw = words(text, this.stop, this.meta.maxWordBytes, this.own);
      const trailing = fold(openEnd(String(text)).toLowerCase());
      const isWeak = (w) => chars(w.folded).length <= 1 || this.weak.has(w.folded);
      const meaningful = raw.some((w) => !isWeak(w));
      const kept = [];
      raw.forEach((w, i) => {
        if (meaningful && isWeak(w)) return;
        let k = kept.find((x) => x.term === w.term);
        if (!k) {
          if (kept.length >= this.meta.maxWords) return;
          kept.push(k = { word: w.folded, term: w.term, prefix: null });
        }
        if (i === raw.length - 1 && trailing !== '' && w.folded === trailing) k.prefix = w.folded;
      });
      return kept;
    }

    /** As `plan`: every kept word with the terms it is looked up by. The files of all
     *  words load at once: one round trip, a second only for a compound or a typo. */
    async plan(text) {
      const kept = this.keptWords(text);
      const found = await Promise.all(kept.map((q) => this.entries(q.prefix === null ? [key(q.term)] : [key(q.term), key(q.prefix)])));
      const out = [];
      for (let i = 0; i < kept.length; i++) out.push(...await this.choose(kept[i], found[i]));
      return out;
    }

    /** As `choose`: the exact term and the terms the typed word starts; else the word's
     *  parts; else the terms within its allowed edits. */
    async choose(q, entries) {
      const { weights } = this.meta;
      const terms = entries.has(q.term) ? [{ term: q.term, match: 'exact', weight: weights.exact, entry: entries.get(q.term) }] : [];
      terms.push(...this.prefixTerms(q, entries));
      if (terms.length > 0) return [{ word: q.word, term: q.term, terms }];
      return await this.parts(q.word) || [{ word: q.word, term: q.term, terms: await this.fuzzyTerms(q) }];
    }

    /** As `prefix_terms`: the most common terms the word being typed starts. */
    prefixTerms(q, entries) {
      const { meta } = this, p = q.prefix;
      if (p === null || chars(p).length < meta.prefixMinChars) return [];
      return [...entries.values()].filter((e) => e[0].startsWith(p) && e[0] !== q.term)
        .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, meta.maxExpansions)
        .map((e) => ({ term: e[0], match: 'prefix', weight: meta.weights.prefix, entry: e }));
    }

    /** A word's parts as query words, or null when it does not split. */
    async parts(word) {
      const min = this.meta.minPartChars, term = (x) => termOf(x, this.own);
      const terms = pieces(word, min).map(term);
      if (terms.length === 0) return null;
      const entries = await this.entries(terms.map(key));
      const parts = split(word, min, (x) => entries.has(term(x)));
      return parts && parts.map((x) => {
        const t = term(x);
        return { word: x, term: t, part_of: word, terms: [{ term: t, match: 'part', weight: this.meta.weights.part, entry: entries.get(t) }] };
      });
    }

    /** As `fuzzy_terms`: terms within the allowed edits, with the same first letter. */
    async fuzzyTerms(q) {
      const edits = allowedEdits(chars(q.word).length);
      if (edits === 0 || q.term === '') return [];
      const first = chars(q.term)[0];
      const entries = await this.entries([...this.dict.keys()].filter((x) => chars(x)[0] === first));
      return [...entries.values()].filter((e) => e[0] !== q.term).map((e) => [distance(q.term, e[0]), e])
        .filter(([d]) => d <= edits)
        .sort((a, b) => a[0] - b[0] || b[1][1] - a[1][1] || cmp(a[1][0], b[1][0]))
        .slice(0, this.meta.maxExpansions)
        .map(([, e]) => ({ term: e[0], match: 'fuzzy', weight: this.meta.weights.fuzzy, entry: e }));
    }

    async postings(entry) {
      const data = await this.load(this.meta.postings[entry[2]]);
      return decodePostings(data[entry[0]] || []);
    }

    /** As `score`: BM25 over the fields of every term of every word; per document the
     *  score, the words it matched and the words it is about (a strong field). */
    async score(plan) {
      const { meta } = this, n = meta.docs, { k1, b } = meta;
      const scores = new Float64Array(n), matched = new Uint32Array(n), about = new Uint32Array(n);
      const postings = await Promise.all(plan.map((p) => Promise.all(p.terms.map((c) => this.postings(c.entry)))));
      plan.forEach((p, w) => p.terms.forEach((choice, t) => {
        for (const [f, entries] of postings[w][t]) {
          const field = meta.fields[f], df = entries.length / 3;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          const boost = field.boost * choice.weight, avg = field.tokens / n;
          const aboutBit = field.strong && choice.match !== 'fuzzy' ? 2 ** w : 0;
          for (let e = 0; e < entries.length; e += 3) {
            const d = entries[e], freq = entries[e + 1];
            const norm = k1 * (1 - b + b * NORMS[entries[e + 2]] / avg);
            scores[d] += idf * (1 + k1) * (freq / (freq + norm)) * boost;
            matched[d] |= 2 ** w;
            about[d] |= aboutBit;
          }
        }
      }));
      // More words matched, then more words the provider is about, then the score.
      const order = (x, y) => ones(matched[y]) - ones(matched[x]) || ones(about[y]) - ones(about[x]) || scores[y] - scores[x] || x - y;
      return { scores, matched, order };
    }

    async domainMasks() {
      const m = this.meta;
      this.masks = this.masks || decodeBits(await this.load(m.facets), Math.ceil(m.lifeDomains.length / 6), m.docs);
      return this.masks;
    }

    async attrMasks() {
      const m = this.meta;
      if (!this.attrs) {
        const a = await this.load(m.attrs);
        // Places and languages: each document's own, as numbers in the meta's lists.
        this.attrs = {
          neighbourhoods: a.neighbourhoods,
          languages: a.languages,
          contactModes: decodeBits(a.contactModes, 1, m.docs),
        };
      }
      return this.attrs;
    }

    /** As `filters`: whether a document passes the request's filters other than the life
     *  domains. A place chosen keeps the providers of the whole municipality (who name no
     *  place), those naming it or a place it lies in, and those naming a place within it. */
    filters(req, attrs) {
      const { meta } = this, { hoods, langs, ways } = req, places = meta.neighbourhoods;
      const numbers = (list, chosen) => new Set(list.map((x, i) => chosen.includes(x.slug) ? i : -1).filter((i) => i >= 0));
      const chosen = numbers(places, hoods), langSet = numbers(meta.languages, langs);
      // A place and the places it lies in, nearest first (as many steps as places at most).
      const up = (i) => { const out = []; for (let k = 0; i !== undefined && k <= places.length; i = places[i].up, k++) out.push(i); return out; };
      const around = new Set([...chosen].flatMap(up));
      const fits = (n) => around.has(n) || up(n).some((i) => chosen.has(i));
      const wayMask = maskOf(meta.contactModes, ways);
      return (d) => !(hoods.length && attrs.neighbourhoods[d].length && !attrs.neighbourhoods[d].some(fits))
        && !(langs.length && !attrs.languages[d].some((l) => langSet.has(l)))
        && !(ways.length && !(attrs.contactModes[d] & wayMask));
    }

    /** As `pool`: the documents that match every word and pass the filters, or else
     *  those that match any; without words, every document that passes (with a filter). */
    pool(words, matched, passes, filtered) {
      const all = 2 ** words - 1, n = this.meta.docs, pick = (test) => {
        const out = [];
        for (let d = 0; d < n; d++) if (test(d) && passes(d)) out.push(d);
        return out;
      };
      if (words === 0) return { pool: filtered ? pick(() => true) : [], allWords: true };
      const pool = pick((d) => matched[d] === all);
      return pool.length ? { pool, allWords: true } : { pool: pick((d) => matched[d] !== 0), allWords: false };
    }

    /** As `domain_counts`: how many documents of `docs` each life domain has. */
    domainCounts(docs, masks) {
      return this.meta.lifeDomains.map((ld, i) => ({ slug: ld.slug, count: docs.reduce((c, d) => c + (masks[d] & 2 ** i ? 1 : 0), 0) }));
    }

    /**
     * Runs a request {text, lifeDomains, neighbourhoods, languages, contactModes, limit}. Returns
     * {words, allWords, total, lifeDomainCounts, results: [{doc, score}], crisis, situations}.
     */
    async search(request) {
      const text = request.text || '';
      const req = { hoods: request.neighbourhoods || [], langs: request.languages || [], ways: request.contactModes || [] };
      const domains = request.lifeDomains || [];
      const others = req.hoods.length || req.langs.length || req.ways.length;
      // The filter files load while the words are looked up: they never wait for each other.
      const masksP = this.domainMasks(), attrsP = others ? this.attrMasks() : Promise.resolve(null);
      masksP.catch(() => {}); attrsP.catch(() => {});
      const plan = await this.plan(text);
      const { scores, matched, order } = await this.score(plan);
      const passes = this.filters(req, await attrsP);
      let { pool, allWords } = this.pool(plan.length, matched, passes, others || domains.length);
      const masks = await masksP;
      const lifeDomainCounts = this.domainCounts(pool, masks);
      const dm = maskOf(this.meta.lifeDomains, domains, 'slug');
      if (domains.length) pool = pool.filter((d) => masks[d] & dm);
      pool.sort(order);
      const answer = {
        words: plan.map(({ word, term, terms, part_of }) => ({
          word, term, terms: terms.map((c) => ({ term: c.term, match: c.match, weight: c.weight })), ...part_of && { part_of },
        })),
        allWords,
        total: pool.length,
        lifeDomainCounts,
        results: pool.slice(0, request.limit === undefined ? 10 : request.limit).map((d) => ({ doc: d, score: scores[d] })),
        crisis: this.isCrisis(text),
        situations: this.situationsOf(text),
      };
      if (!allWords) answer.matchedWords = matchedWords(plan, pool, matched);
      if (pool.length === 0 && plan.length > 0) {
        const all = this.pool(plan.length, matched, () => true, true).pool.length;
        answer.suggestions = await this.suggestions(plan, masks, others || domains.length ? all : null);
      }
      return answer;
    }

    /** As `situations_of` in query.rs: the life situations ([slug, title, phrases]) whose
     *  title or one of whose words the query holds every term of. */
    situationsOf(text) {
      const holds = this.holds(text, this.stop);
      return (this.meta.situations || []).filter((s) => s[2].some(holds))
        .slice(0, this.meta.maxSituations).map(([slug, title]) => ({ slug, title }));
    }

    /** A test of whether `text`'s terms (without `stop`) hold every term of a phrase, its
     *  terms joined by a space (terms never hold one). */
    holds(text, stop) {
      const terms = words(text, stop, this.meta.maxWordBytes, this.own).map((w) => w.term);
      return (p) => p !== '' && p.split(' ').every((t) => terms.includes(t));
    }

    /** As `is_crisis`: whether the query's words (as typed, before the dictionary) hold
     *  every term of one of the vocabulary's crisis words: then the crisis numbers come
     *  first. Stop words count: "wil niet meer leven" is more than "leven". */
    isCrisis(text) {
      return (this.meta.crisis || []).some(this.holds(text, new Set()));
    }

    /** As `suggestions`: known words close to the resident's words, their life domains
     *  (with all their providers counted), and the count without filters. */
    async suggestions(plan, masks, withoutFilters) {
      const { meta } = this, known = meta.known ? await this.load(meta.known) : [];
      const picked = suggest(plan, known, meta.maxSuggestions, meta.minPartChars);
      const all = Array.from(masks.keys());
      const counts = this.domainCounts(all, masks);
      const out = { words: picked.words, lifeDomains: picked.domains.filter((i) => i < meta.lifeDomains.length).map((i) => counts[i]) };
      if (withoutFilters !== null) out.withoutFilters = withoutFilters;
      return out;
    }

    /** As `hits`: slug, name, summary and what the card shows of documents, by id; with
     *  `lang`, the summary its provider gives in that language, if any (`translated`). */
    async docs(ids, lang) {
      const size = this.meta.chunkSize;
      const list = (this.meta.translated || {})[lang];
      const own = list ? await this.load(list) : {};
      return Promise.all(ids.map(async (id) => {
        const c = Math.floor(id / size);
        const r = (await this.load(this.meta.chunks[c]))[id % size];
        const t = own[c] ? (await this.load(own[c]))[id % size] : undefined;
        return {
          doc: id, slug: r[0], name: r[1], summary: r[2],
          kind: r[3], neighbourhoods: r[4] || [], languages: r[5] || [], walkIn: !!r[6], phone: r[7] || null,
          translated: t || null,
        };
      }));
    }
  }

  /** As `matched_words`: the words (as typed, a compound once) some document of `pool`
   *  matched, when none matched them all. */
  function matchedWords(plan, pool, matched) {
    const hit = pool.reduce((h, d) => h | matched[d], 0), shown = [];
    plan.forEach((p, i) => { if (hit & 2 ** i) pushNew(shown, [p.part_of || p.word]); });
    return shown;
  }

  root.SteunwijzerSearch = { fold, stem, words, split, openEnd, distance, Engine };
})(typeof globalThis !== 'undefined' ? globalThis : this);
