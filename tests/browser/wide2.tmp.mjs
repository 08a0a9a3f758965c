import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await b.newPage({ viewport: { width: 320, height: 640 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
await page.goto(pathToFileURL(process.argv[2]).href);
console.log(await page.evaluate(() => [...document.querySelectorAll(".hours th, .hours td, main")].map(e => e.tagName + " " + Math.round(e.getBoundingClientRect().left) + "-" + Math.round(e.getBoundingClientRect().right) + " " + getComputedStyle(e).paddingRight + " " + getComputedStyle(e).fontSize).join("; "))); console.log((await page.evaluate(() => [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent||'').trim().slice(0,50)))).slice(0,12).join('\n'));
await b.close();
