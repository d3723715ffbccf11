// Renders assets/icon.svg to the PNG sizes the manifests use (public/icon/<size>.png).
// Run by hand after changing the SVG: `node scripts/icons.mjs` (needs /usr/bin/chromium).
import { readFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const sizes = [16, 32, 48, 96, 128];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`wrote ${sizes.map((s) => `public/icon/${s}.png`).join(', ')}`);
