// What a page costs in bytes. "Before the item is visible": the page's classic scripts, its
// stylesheets and the static import closure of its entry module (the item renders as soon as
// those have run; everything else is a dynamic import). "In total": every JS and CSS file the
// page requested in the browser.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix } from 'node:path';

const size = (root, file) => {
  const body = readFileSync(join(root, file));
  return { raw: body.length, gzip: gzipSync(body).length };
};

const sum = (root, files) =>
  [...files].reduce(
    (acc, f) => {
      const s = size(root, f);
      return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, files: acc.files + 1 };
    },
    { raw: 0, gzip: 0, files: 0 },
  );

/** Files reached from `entry` through static `import … from "./x.js"` statements only. */
function staticClosure(root, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      visit(posix.normalize(posix.join(dirname(file), match[1])));
    }
  };
  visit(entry);
  return seen;
}

/** The files a page needs before its item can paint: classic scripts, the entry modules' static imports, stylesheets. */
export function criticalFiles(root, html) {
  const doc = readFileSync(join(root, html), 'utf8');
  const js = new Set();
  for (const [, src] of doc.matchAll(/<script[^>]*type="module"[^>]*src="\/?([^"]+)"/g)) {
    for (const f of staticClosure(root, src)) js.add(f);
  }
  for (const [, src] of doc.matchAll(/<script(?![^>]*type="module")[^>]*src="\/?([^"]+)"/g)) js.add(src);
  const css = new Set([...doc.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].map(([, href]) => href));
  return { js, css };
}

/**
 * @param {string} root the built extension @param {string} html e.g. "newtab.html"
 * @returns JavaScript and CSS apart (the budget is on JavaScript), and their sum
 */
export function criticalBytes(root, html) {
  const { js, css } = criticalFiles(root, html);
  return { js: sum(root, js), css: sum(root, css), ...sum(root, new Set([...js, ...css])) };
}

/** @param {string} root @param {string[]} urls the page's requests */
export function loadedBytes(root, urls) {
  const files = new Set(
    urls
      .map((u) => new URL(u).pathname.replace(/^\//, ''))
      .filter((p) => p.endsWith('.js') || p.endsWith('.css')),
  );
  return sum(root, files);
}
