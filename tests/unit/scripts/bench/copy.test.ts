import { describe, expect, it } from 'vitest';
import { staticHtml } from '../../../../scripts/bench/copy.mjs';

// What puppeteer's page.content() gives for Tend's new tab once rendered (shortened).
const rendered = `<!DOCTYPE html><html lang="en" data-sky="evening" data-tend-ready="" data-tend-recorded=""><head>
    <script src="/boot.js"></script>
    <title>New tab</title>
    <script type="module" blocking="render" crossorigin="" src="/chunks/newtab-DjcY2c1q.js"></script>
    <link rel="modulepreload" crossorigin="" href="/chunks/first-paint-C2sjBLfd.js">
    <link rel="stylesheet" crossorigin="" href="/assets/newtab-DtEErIDL.css">
  </head>
  <body>
    <div id="app"><h1 class="item__title" data-testid="item-title" elementtiming="item-title">When the situation won't budge</h1></div>
  </body></html>`;

describe('staticHtml', () => {
  const html = staticHtml(rendered);

  it('takes out the code: module scripts and their preloads', () => {
    expect(html).not.toMatch(/type="module"|modulepreload|newtab-DjcY2c1q|first-paint-C2sjBLfd/);
  });

  it("takes out the marks Tend's code sets on <html> when it is ready, and keeps the others", () => {
    expect(html).toContain('<html lang="en" data-sky="evening">');
  });

  it('keeps what the first frame needs without Tend running: boot.js, the stylesheet, the content', () => {
    expect(html).toContain('<script src="/boot.js"></script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin="" href="/assets/newtab-DtEErIDL.css">');
    expect(html).toContain('elementtiming="item-title">When the situation won\'t budge</h1>');
  });

  it('takes out an inline module too, and refuses a page with one it cannot take out', () => {
    expect(staticHtml(`<html><head><script type="module">import './a.js';</script></head></html>`)).toBe('<html><head></head></html>');
    expect(() => staticHtml(`<html><head><script type="module">if (a < b) go();</script></head></html>`)).toThrow(/module script/);
  });
});
