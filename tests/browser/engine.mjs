// Runs the browser search engine in Node on the exported files of a built site.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

/** Loads search-engine.js (the hashed file in assets/js) into a fresh context. */
export function loadEngine(site) {
  const dir = join(site, 'assets', 'js');
  const file = readdirSync(dir).find((f) => /^search-engine-[0-9a-f]{8}\.js$/.test(f));
  const context = vm.createContext({});
  vm.runInContext(readFileSync(join(dir, file), 'utf8'), context);
  return context.SteunwijzerSearch;
}

/**
 * An engine on the site's exported index. `loaded` records every file name loaded, in
 * order, for the transfer measurements.
 */
export async function openIndex(site) {
  const api = loadEngine(site);
  const dir = join(site, 'search');
  const loaded = [];
  const cache = new Map();
  const read = (name) => {
    if (!cache.has(name)) {
      loaded.push(name);
      let data;
      const code = readFileSync(join(dir, `${name}.js`), 'utf8');
      new Function('__sw', code)((n, d) => { if (n !== name) throw new Error(`${name} says it is ${n}`); data = d; });
      cache.set(name, Promise.resolve(data));
    }
    return cache.get(name);
  };
  const metaName = readdirSync(dir).find((f) => f.startsWith('m-')).slice(0, -3);
  const meta = await read(metaName);
  return { api, engine: new api.Engine(meta, read), loaded, meta };
}
