export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}

/** The files a page needs before its item can paint: classic scripts, the entry modules' static imports, stylesheets. */
export function criticalFiles(root: string, html: string): { js: Set<string>; css: Set<string> };

/** What those files weigh: JavaScript and CSS apart, and their sum. */
export function criticalBytes(root: string, html: string): Bytes & { js: Bytes; css: Bytes };

/** What the files behind a page's requests weigh. */
export function loadedBytes(root: string, urls: string[]): Bytes;
