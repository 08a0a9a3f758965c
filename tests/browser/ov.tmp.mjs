import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { readdirSync, readFileSync } from 'node:fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const root of process.argv.slice(2)) {
  const prov = readdirSync(root + '/aanbieders', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).filter((s) => !readFileSync(root + '/aanbieders/' + s + '/index.html', 'utf8').includes('refresh'));
  for (const slug of prov.slice(0, 45)) for (const size of [16, 24, 32]) for (const width of [320, 360]) {
    const page = await b.newPage({ viewport: { width, height: 640 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: size, fixed: 13 } });
    await page.goto(pathToFileURL(`${root}/aanbieders/${slug}/index.html`).href);
    const r = await page.evaluate(() => { const out = [];
      for (const el of document.querySelectorAll('.hours th, .time')) { const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) { const re = /\S+/g;
          for (let m = re.exec(node.data); m; m = re.exec(node.data)) { const rg = document.createRange(); rg.setStart(node, m.index); rg.setEnd(node, m.index + m[0].length);
            const tops = new Set([...rg.getClientRects()].filter((x) => x.width > 0).map((x) => Math.round(x.top))); if (tops.size > 1) out.push(m[0]); } } }
      return { broken: out, over: document.documentElement.scrollWidth - document.documentElement.clientWidth }; });
    if (r.broken.length || r.over > 0) console.log(root.split('/')[2], slug, width, size, JSON.stringify(r));
    await page.close();
  }
}
await b.close();
console.log('done');
