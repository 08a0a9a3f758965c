// Runs the browser search engine in Node on the exported files of a built site.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import vm from 'node:vm';

/** Loads search-engine.js (the hashed file in assets/js) into a fresh context. */
export function loadEngine(site) {
  const dir = join(site, 'assets', 'js');
  const file = (name) => readdirSync(dir).find((f) => new RegExp(`^${name}-[0-9a-f]{8}\\.js$`).test(f));
  const context = vm.createContext({});
  // The stemmer first, as the search page loads it.
  for (const name of ['stem-nl', 'search-engine']) vm.runInContext(readFileSync(join(dir, file(name)), 'utf8'), context);
  return context.SteunwijzerSearch;
}

/**
 * An engine on the site's exported index. `loaded` records every file name loaded, in
 * order, for the transfer measurements. `rounds()` gives the round trips of the files
 * loaded since the last call: a file asked for while no file is on its way starts no new
 * round trip only if it was asked for together with others (files answer in a later task,
 * as a network would, so the files a step asks for at once share one round trip).
 */
export async function openIndex(site) {
  const api = loadEngine(site);
  const dir = join(site, 'search');
  const loaded = [];
  const cache = new Map();
  // Round trip of each file: one more than the latest round trip finished when it was asked for.
  let finished = 0, deepest = 0, base = 0;
  const read = (name) => {
    if (!cache.has(name)) {
      loaded.push(name);
      let data;
      const code = readFileSync(join(dir, `${name}.js`), 'utf8');
      new Function('__sw', code)((n, d) => { if (n !== name) throw new Error(`${name} says it is ${n}`); data = d; });
      const round = finished + 1;
      deepest = Math.max(deepest, round);
      cache.set(name, new Promise((resolve) => setTimeout(() => { finished = Math.max(finished, round); resolve(data); }, 0)));
    }
    return cache.get(name);
  };
  const metaName = readdirSync(dir).find((f) => f.startsWith('m-')).slice(0, -3);
  const meta = await read(metaName);
  const rounds = () => { const n = deepest - base; base = deepest; finished = deepest; return n; };
  rounds();
  return { api, engine: new api.Engine(meta, read), loaded, meta, rounds };
}

/** Bytes on the wire: what gzip makes of a file, or the file itself if that is smaller. */
export const wire = (buf) => Math.min(buf.length, gzipSync(buf).length);

/**
 * What a browser downloads for each query in turn on the built site `out`, the engine run
 * in Node: requests and bytes (gzip) of the search files, and of the two search scripts
 * with the first query; plus the number of results. Later queries count only new files.
 */
export async function queryTransfer(out, queries) {
  const jsDir = join(out, 'assets', 'js');
  const client = readdirSync(jsDir).filter((f) => f.startsWith('search')).reduce((n, f) => n + wire(readFileSync(join(jsDir, f))), 0);
  const { engine, loaded } = await openIndex(out);
  const rows = [];
  let seen = 0;
  for (const q of queries) {
    const answer = await engine.search({ text: q, limit: 10 });
    await engine.docs(answer.results.map((r) => r.doc));
    const files = loaded.slice(seen);
    seen = loaded.length;
    let bytes = files.reduce((n, f) => n + wire(readFileSync(join(out, 'search', `${f}.js`))), 0);
    let requests = files.length;
    if (rows.length === 0) { bytes += client; requests += 2; }
    rows.push({ q, bytes, requests, total: answer.total });
  }
  return rows;
}
