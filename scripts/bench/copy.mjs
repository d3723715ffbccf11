// A static copy of Tend's own pages: the HTML a Tend page has once it has rendered, with its module
// scripts taken out, written into a copy of the build (same stylesheets, fonts, boot.js, manifest
// and worker). It shows the same item in the same look with none of Tend's JavaScript running, so
// Tend against the copy is what Tend's code costs, and the copy against the one-paragraph baseline
// is what the page's design costs (its DOM, stylesheet, fonts and painting).
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitInPage } from './chromium.mjs';

/**
 * The rendered document (puppeteer's page.content(): doctype and all) as static HTML. Module
 * scripts and their preloads go (they are the code); so do the attributes Tend's code sets on
 * <html> to say it is ready. boot.js stays: it is a classic script that sets the look before the
 * first frame, and its attributes are set again.
 * Inline style attributes stay but are blocked by the extension's CSP (style-src 'self'), as they
 * would be in any static page of the extension: only the sun's position (two custom properties)
 * falls back to its default.
 */
export function staticHtml(rendered) {
  const html = rendered
    .replace(/<script\b[^>]*\btype="module"[^>]*>[^<]*<\/script>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>/g, '')
    .replace(/<html\b[^>]*>/, (tag) => tag.replace(/ data-tend-[a-z-]+="[^"]*"/g, ''));
  // A copy that still ran Tend's code would measure nothing: fail rather than report it.
  if (/\btype="module"|\bmodulepreload\b/.test(html)) throw new Error('The static copy still has a module script');
  return html;
}

/** Runs in the page: `content` shows text and Tend's page says it is ready (or, a new tab, that the view is recorded). */
const settled = (content) =>
  Boolean(document.querySelector(content)?.textContent?.trim()) &&
  ['data-tend-ready', 'data-tend-recorded'].some((a) => document.documentElement.hasAttribute(a));

/**
 * Copies the built extension `tendDir` to `copyDir` and replaces each of `pages` ({ file, url, and
 * the `content` it shows, by default the item's title }) with what Tend rendered at `url` in
 * `tend`'s browser once settled.
 * @param {{ browser: import('puppeteer-core').Browser }} tend
 */
export async function writeStaticCopy(tend, tendDir, copyDir, pages) {
  rmSync(copyDir, { recursive: true, force: true });
  cpSync(tendDir, copyDir, { recursive: true });
  for (const { file, url, content = '[data-testid="item-title"]' } of pages) {
    const page = await tend.browser.newPage();
    try {
      await page.goto(url);
      await waitInPage(page, settled, content, `Tend's ${file} settled, to copy`);
      writeFileSync(join(copyDir, file), staticHtml(await page.content()));
    } finally {
      await page.close();
    }
  }
  return copyDir;
}
