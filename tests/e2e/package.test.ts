// The built packages as a store reviewer would see them (reliability cases 23 and 24): what the
// Chrome and Firefox manifests ask for, the production content security policy, Firefox's data
// declaration, and what the shipped code contains. Then the policy in force: a real Chromium and a
// real Firefox refuse eval, HTML strings, inline style and a remote fetch on Tend's pages.
//
// Chrome: the build the global setup made (its private copy). Firefox: built here into a private
// folder every run, never read from .output, where it may be stale or being rebuilt by someone else.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { closeAll, launch, takeAudit } from './harness';
import { ROOT, wxt } from './wxt';
import { criticalBytes, criticalFiles } from '../../scripts/bench/bytes.mjs';
import { CRISIS_LINES, FIND_A_HELPLINE } from '../../lib/crisis';
import {
  closeAll as closeFirefoxes,
  createProfile,
  findFirefox,
  GECKO_ID,
  launchFirefox,
  takeAudit as takeFirefoxAudit,
} from './firefox-harness';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  content_security_policy?: Record<string, string>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
  };
  [key: string]: unknown;
}

interface Build {
  name: 'Chrome' | 'Firefox';
  dir: string;
  manifest: Manifest;
  /** Every shipped .js, .html and .css file, relative to `dir`, with its text. */
  files: { file: string; text: string }[];
}

let out: string | undefined;
let xpi: string;
const builds: Build[] = [];

function readBuild(name: Build['name'], dir: string): Build {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(js|html|css)$/.test(file))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
  return { name, dir, manifest: JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest, files };
}

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'tend-e2e-package-'));
  // `zip` builds too: the unpacked folder for the checks, the package for Firefox to install.
  wxt(['zip', '-b', 'firefox'], 'Firefox package to check', out);
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  xpi = path.join(out, `tend-${version}-firefox.zip`);
  builds.push(readBuild('Chrome', inject('extensionDir')), readBuild('Firefox', path.join(out, 'firefox-mv3')));
}, 180_000);

afterAll(async () => {
  await closeAll();
  await closeFirefoxes();
  if (out) rmSync(out, { recursive: true, force: true });
});

const build = (name: Build['name']): Build => {
  const found = builds.find((b) => b.name === name);
  if (!found) throw new Error(`The ${name} build was not read`);
  return found;
};
const BOTH = ['Chrome', 'Firefox'] as const;

/** Every string in a JSON value, with the object that holds it and its key. */
function* strings(value: unknown, holder?: object, key?: string): Generator<{ text: string; holder?: object; key?: string }> {
  if (typeof value === 'string') yield { text: value, holder, key };
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, holder, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, value, k);
}

/** "a b; c d" → { a: ['b'], c: ['d'] } */
function directives(policy: string): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map[name] = sources;
  }
  return map;
}

describe('case 23: the manifests ask for storage and nothing broader', () => {
  it('case 23: Chrome needs only storage; notifications and alarms are optional (the pause reminder, asked for when turned on)', () => {
    const { manifest } = build('Chrome');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect([...(manifest.optional_permissions ?? [])].sort()).toEqual(['alarms', 'notifications']);
  });

  it('case 23: Firefox needs storage and alarms (Firefox refuses alarms as an optional permission); notifications is optional', () => {
    const { manifest } = build('Firefox');
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.optional_permissions).toEqual(['notifications']);
  });

  it.each(BOTH)('case 23: %s has no host permissions, content scripts, web-accessible resources or outside connections', (name) => {
    const keys = Object.keys(build(name).manifest);
    for (const key of ['host_permissions', 'optional_host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable']) {
      expect(keys, `${name} manifest`).not.toContain(key);
    }
  });

  it.each(BOTH)('case 23: %s has no remote URL anywhere in its manifest', (name) => {
    const remote = [...strings(build(name).manifest)].map((s) => s.text).filter((text) => text.includes('://') || text.startsWith('//'));
    expect(remote).toEqual([]);
  });

  it('case 23: Firefox has its gecko id, a minimum version, and declares that no data is collected', () => {
    const gecko = build('Firefox').manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe(GECKO_ID);
    // data_collection_permissions is understood from Firefox 140 on; an older minimum would let
    // browsers install Tend that never read the declaration.
    expect(gecko?.strict_min_version).toMatch(/^\d+\.\d+$/);
    expect(Number.parseInt(gecko?.strict_min_version ?? '0', 10)).toBeGreaterThanOrEqual(140);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // Chrome's manifest carries no Firefox settings (Chrome warns on unknown keys).
    expect(build('Chrome').manifest.browser_specific_settings).toBeUndefined();
  });
});

describe('case 23: a strict production content security policy', () => {
  it.each(BOTH)('case 23: %s pages may load only the extension’s own files: no remote source, no eval, no inline code', (name) => {
    const csp = build(name).manifest.content_security_policy;
    // Only extension pages: a sandbox policy would mean sandboxed pages, which Tend does not have.
    expect(Object.keys(csp ?? {})).toEqual(['extension_pages']);
    const policy = directives(csp?.extension_pages ?? '');

    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    expect(policy['form-action']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['require-trusted-types-for']).toEqual(["'script'"]);
    expect(policy['trusted-types']).toEqual(["'none'"]);

    // Whatever directives come later: only 'self' and 'none' (and data: images, for the icons a
    // page may inline), never a host, a scheme like https: or ws:, a wildcard, or an 'unsafe-…'.
    for (const [directive, sources] of Object.entries(policy)) {
      for (const source of sources) {
        const allowed =
          source === "'self'" ||
          source === "'none'" ||
          (directive === 'require-trusted-types-for' && source === "'script'") ||
          (directive === 'img-src' && source === 'data:');
        expect(allowed, `${name}: ${directive} ${source}`).toBe(true);
      }
    }
  });
});

/**
 * A module that is only `JSON.parse` of one literal runs no code: the bundler makes these of the
 * catalog's content (scripts/content/vite-plugin.ts). Returns the parsed value, or undefined for code.
 */
function dataModule(code: string): unknown {
  const match = /^var (\w+)=JSON\.parse\(`((?:[^`\\]|\\[\s\S])*)`\);export\{\1 as default\};?\s*$/.exec(code);
  // In the template literal, the JSON's backslashes, backticks and "${" are escaped.
  return match ? JSON.parse(match[2]!.replace(/\\([\s\S])/g, '$1')) : undefined;
}

/**
 * The URLs in Tend's code (not its content) and why each is harmless: none is fetched, loaded or
 * navigated to. A new one fails the scan until someone looks at it and adds it here.
 */
const INERT_URLS: Record<string, string> = {
  'http://www.w3.org/2000/svg': 'Preact: the SVG namespace, for createElementNS',
  'http://www.w3.org/1998/Math/MathML': 'Preact: the MathML namespace, for createElementNS',
  'http://www.w3.org/1999/xhtml': 'Preact: the XHTML namespace, inside foreignObject',
  'https://github.com/wxt-dev/wxt/issues/371': 'WXT: text of the error thrown when no extension API exists',
  'https://wxt.dev/guide/go-further/testing.html': 'WXT: text of the same error',
  'https://tinyurl.com/y2uuvskb': 'Dexie: text of its "IndexedDB API missing" error',
  'http://bit.ly/2kdckMn': 'Dexie: text of its "Transaction committed too early" error',
};

/**
 * The help page's crisis list (lib/crisis.ts): findahelpline.com is a link a person may follow, and
 * each line's source is the page its numbers were checked against, kept as data beside the entry
 * and never shown, linked or fetched.
 */
const CRISIS_URLS: Record<string, string> = {
  [FIND_A_HELPLINE]: 'the help page: a link to find a line in any other country',
  ...Object.fromEntries(CRISIS_LINES.flatMap((line) => (line.source ? [[line.source.url, `lib/crisis.ts: where ${line.service}’s numbers were checked`]] : []))),
};

/** Code that turns a string into code or markup. `innerHTML` is checked on its own below. */
const CODE_SINKS: Record<string, RegExp> = {
  'eval(': /(?<![\w$])eval\s*\(/,
  'new Function': /\bnew\s+Function\s*\(/,
  'a string timer': /\bset(?:Timeout|Interval)\(\s*["'`]/,
  'document.write': /\bdocument\.write(?:ln)?\s*\(/,
  outerHTML: /\.outerHTML\s*=(?!=)/,
  insertAdjacentHTML: /\binsertAdjacentHTML\s*\(/,
  createContextualFragment: /\bcreateContextualFragment\s*\(/,
  srcdoc: /\bsrcdoc\b/,
  'a Trusted Types policy': /\bcreatePolicy\s*\(/,
};

/** Ways to load a script or style, or to talk to a server, from somewhere else; by file type. */
const REMOTE_LOADS: { what: string; files: RegExp; pattern: RegExp }[] = [
  { what: '<script src> with a scheme or host', files: /\.html$/, pattern: /<script\b[^>]*\bsrc\s*=\s*["']?(?:[a-z][\w+.-]*:|\/\/)/i },
  { what: '<link href> with a scheme or host', files: /\.html$/, pattern: /<link\b[^>]*\bhref\s*=\s*["']?(?:[a-z][\w+.-]*:|\/\/)/i },
  { what: 'an inline <script>', files: /\.html$/, pattern: /<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*\S/i },
  { what: 'an inline event handler or style', files: /\.html$/, pattern: /<[a-z][^>]*\s(?:on[a-z]+|style)\s*=/i },
  { what: '<base>', files: /\.html$/, pattern: /<base\b/i },
  { what: 'import() or fetch() of a URL', files: /\.js$/, pattern: /\b(?:import|fetch|importScripts|Worker|SharedWorker)\s*\(\s*["'`](?:[a-z][\w+.-]*:|\/\/)/i },
  { what: 'an import from a URL', files: /\.js$/, pattern: /\b(?:import|from)\s*["'`](?:[a-z][\w+.-]*:|\/\/)/i },
  { what: 'a CSS @import', files: /\.css$/, pattern: /@import\b/ },
  { what: 'a CSS url() with a scheme or host (data: aside)', files: /\.css$/, pattern: /url\(\s*["']?(?!data:)(?:[a-z][\w+.-]*:|\/\/)/i },
  // Tend talks to no server, so none of these has a reason to be in the bundle at all.
  { what: 'XMLHttpRequest', files: /\.js$/, pattern: /\bXMLHttpRequest\b/ },
  { what: 'WebSocket', files: /\.js$/, pattern: /\bWebSocket\b/ },
  { what: 'EventSource', files: /\.js$/, pattern: /\bEventSource\b/ },
  { what: 'sendBeacon', files: /\.js$/, pattern: /\bsendBeacon\b/ },
  { what: 'RTCPeerConnection', files: /\.js$/, pattern: /\bRTCPeerConnection\b/ },
];

const count = (text: string, word: string) => text.split(word).length - 1;

describe('case 24: the shipped code has no string-to-code sinks and no remote code', () => {
  it.each(BOTH)('case 24: %s ships pages and scripts (checks the scans below have something to scan)', (name) => {
    const { files } = build(name);
    expect(files.filter((f) => f.file.endsWith('.html')).map((f) => f.file)).toContain('newtab.html');
    expect(files.filter((f) => f.file.endsWith('.js')).length).toBeGreaterThan(20);
    expect(files.filter((f) => f.file.endsWith('.css')).length).toBeGreaterThan(0);
  });

  // The tests load what people install: a build that took Vitest's NODE_ENV=test would use the
  // development JSX runtime, which writes each element's source file and line into the code.
  it.each(BOTH)('case 24: %s is a production build: no path on the building machine, no development JSX', (name) => {
    const found = build(name)
      .files.filter(({ text }) => text.includes(ROOT) || /\bjsxDEV\b|\blineNumber:/.test(text))
      .map((f) => f.file);
    expect(found).toEqual([]);
  });

  it.each(BOTH)('case 24: %s has no eval, new Function, string timer, document.write or other HTML sink', (name) => {
    const found = build(name).files.flatMap(({ file, text }) =>
      Object.entries(CODE_SINKS)
        .filter(([, pattern]) => pattern.test(text))
        .map(([sink]) => `${file}: ${sink}`),
    );
    expect(found).toEqual([]);
  });

  // Preact's renderer supports `dangerouslySetInnerHTML` (three innerHTML references: compare, set,
  // clear), and the bundler cannot drop that branch, as the prop is only known at run time. Tend
  // never passes the prop (ESLint forbids it; the source scan below checks), so the branch never
  // runs, and Trusted Types would refuse it if it did. Allowed exactly: as many references as
  // Preact's own build has, all in the one chunk that holds Preact, none anywhere else.
  it.each(BOTH)('case 24: %s has innerHTML only in Preact’s own dangerouslySetInnerHTML support', (name) => {
    const preactDir = path.dirname(createRequire(import.meta.url).resolve('preact/package.json'));
    const inPreact = count(readFileSync(path.join(preactDir, 'dist/preact.module.js'), 'utf8'), 'innerHTML');
    expect(inPreact, 'Preact no longer has innerHTML: drop this allowance').toBeGreaterThan(0);

    const withIt = build(name).files.filter(({ text }) => text.includes('innerHTML'));
    expect(withIt.map((f) => f.file)).toHaveLength(1);
    const chunk = withIt[0]!.text;
    // Preact's signature: the prop's name, and its `__html` field right beside the references.
    expect(chunk).toContain('dangerouslySetInnerHTML');
    expect(chunk).toMatch(/__html[^]{0,100}innerHTML/);
    expect(count(chunk, 'innerHTML')).toBe(inPreact);
  });

  it('case 24: Tend’s own source never names innerHTML, outerHTML or dangerouslySetInnerHTML', () => {
    const found: string[] = [];
    for (const folder of ['entrypoints', 'components', 'lib', 'public']) {
      for (const file of readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })) {
        if (!/\.(tsx?|m?js|html)$/.test(file)) continue;
        const text = readFileSync(path.join(ROOT, folder, file), 'utf8');
        for (const word of ['innerHTML', 'outerHTML', 'dangerouslySetInnerHTML']) if (text.includes(word)) found.push(`${folder}/${file}: ${word}`);
      }
    }
    expect(found).toEqual([]);
  });

  it.each(BOTH)('case 24: %s loads no script or style from elsewhere and has no way to reach a server', (name) => {
    const found = build(name).files.flatMap(({ file, text }) =>
      REMOTE_LOADS.filter((check) => check.files.test(file) && check.pattern.test(text)).map((check) => `${file}: ${check.what}`),
    );
    expect(found).toEqual([]);
  });

  it.each(BOTH)('case 24: every URL in %s’s code is a known, inert one; content links are data, as source links', (name) => {
    const unknown: string[] = [];
    let sourceLinks = 0;
    for (const { file, text } of build(name).files) {
      const data = file.endsWith('.js') ? dataModule(text) : undefined;
      if (data !== undefined) {
        // Content (scripts/content/contract.ts): URLs only as the https address of a cited source.
        for (const { text: value, holder, key } of strings(data)) {
          if (!value.includes('://')) continue;
          const isSource = key === 'url' && holder !== undefined && 'title' in holder && 'publisher' in holder;
          if (isSource && /^https:\/\/\S+$/.test(value)) sourceLinks++;
          else unknown.push(`${file} (content): ${key ?? ''} ${value}`);
        }
        continue;
      }
      for (const [url] of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>\\]+/g)) {
        if (!(url in INERT_URLS) && !(url in CRISIS_URLS)) unknown.push(`${file}: ${url}`);
      }
    }
    expect(unknown).toEqual([]);
    // Checks the check: the catalog's source links were found as data, not missed.
    expect(sourceLinks).toBeGreaterThan(20);
  });
});

/**
 * Runs each probe in a later task: code evaluated by the test driver itself is exempt from the
 * page's policy (Chromium's DevTools protocol), code the page runs later is not.
 */
const PROBES = `(async () => {
  const violations = [];
  document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
  const later = (attempt) => new Promise((resolve) => setTimeout(() => {
    try { attempt(); resolve('allowed'); } catch (error) { resolve('refused: ' + error.name); }
  }));
  const results = {
    eval: await later(() => (0, eval)('1')),
    newFunction: await later(() => new Function('return 1')()),
    innerHTML: await later(() => { document.createElement('div').innerHTML = '<b>x</b>'; }),
    stringTimer: await later(() => setTimeout('1')),
    policy: await later(() => trustedTypes.createPolicy('probe', { createHTML: (s) => s })),
    // …refused by the policy, not for want of the API.
    trustedTypes: typeof trustedTypes,
  };
  // Nothing listens on port 9, so the fetch fails either way: the policy's own report says why.
  // The report is an event that may follow the failed fetch; wait for it (at most a second).
  const connectReported = new Promise((resolve) => {
    if (violations.includes('connect-src')) return resolve(true);
    const timer = setTimeout(() => resolve(false), 1000);
    document.addEventListener('securitypolicyviolation', (event) => {
      if (event.effectiveDirective === 'connect-src') { clearTimeout(timer); resolve(true); }
    });
  });
  results.fetch = await fetch('http://127.0.0.1:9/tend-csp-probe').then(() => 'allowed', (error) => 'refused: ' + error.name);
  results.connectSrcReported = await connectReported;
  const style = document.createElement('style');
  style.textContent = 'html { --tend-csp-probe: 1; }';
  document.head.append(style);
  results.inlineStyle = getComputedStyle(document.documentElement).getPropertyValue('--tend-csp-probe') ? 'allowed' : 'refused';
  return results;
})()`;

const REFUSED = {
  eval: expect.stringMatching(/^refused/),
  newFunction: expect.stringMatching(/^refused/),
  innerHTML: expect.stringMatching(/^refused/),
  stringTimer: expect.stringMatching(/^refused/),
  policy: expect.stringMatching(/^refused/),
  trustedTypes: 'object',
  fetch: expect.stringMatching(/^refused/),
  connectSrcReported: true,
  inlineStyle: 'refused',
};

/** A CSP or Trusted Types refusal, as the browsers report them. */
const REFUSAL = /Content.Security.Policy|'Trusted(?:HTML|Script|ScriptURL)' assignment|TrustedTypePolicy|blocked by CSP/i;

describe('case 23: the policy is in force', () => {
  it('case 23: Chromium refuses eval, HTML strings, string timers, new policies, inline style and a remote fetch on Tend’s pages', async () => {
    const tend = await launch();
    const help = await tend.open('help.html');
    await help.getByTestId('crisis-lines').waitFor();
    expect(await help.evaluate(PROBES)).toEqual(REFUSED);

    // Chromium logs each refusal as a console error; wait for them, then: nothing but refusals, and
    // the refused fetch never became a request.
    const seen = { foreignRequests: [] as string[], errors: [] as string[] };
    await expect
      .poll(() => {
        const { foreignRequests, errors } = takeAudit();
        seen.foreignRequests.push(...foreignRequests);
        seen.errors.push(...errors);
        return ['TrustedHTML', 'TrustedScript', 'connect-src', 'style-src'].filter((word) => !seen.errors.join('\n').includes(word));
      })
      .toEqual([]);
    await tend.close();
    const rest = takeAudit();
    seen.foreignRequests.push(...rest.foreignRequests);
    seen.errors.push(...rest.errors);
    expect(seen.foreignRequests, 'requests to other origins').toEqual([]);
    expect(seen.errors.filter((line) => !REFUSAL.test(line))).toEqual([]);
  });

  it('case 23: Firefox refuses the same on Tend’s pages', async () => {
    const profile = createProfile(xpi);
    try {
      const firefox = await launchFirefox(findFirefox(), profile, 'help.html');
      const { page } = firefox;
      await page.waitForSelector('[data-testid="crisis-lines"]');
      expect(await page.evaluate(PROBES)).toEqual(REFUSED);
      await firefox.close();
      // Firefox does not print these refusals where the audit reads (only real page errors): none.
      expect(takeFirefoxAudit().errors.filter((line) => !REFUSAL.test(line))).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 120_000);
});

// The benchmark (npm run bench) measures the new tab; these keep its shape from regressing in CI.
describe('issue 6: the new tab paints from a small, render-blocking entry', () => {
  it('needs at most 16 KB gzip of JavaScript before the item is visible (the budget is 15: see below), none of it the database, the catalog or the landscape generator', () => {
    const dir = inject('extensionDir');
    const { js } = criticalFiles(dir, 'newtab.html');
    // Found by their code, not by file names: each is in the build, and none loads this early.
    const later = {
      'the database (Dexie)': /PrematureCommit/,
      'the settings validator (valibot)': /~standard/,
      'the catalog index': /"kind":"tip","topics":\[/,
      // generate.ts's PRNG constant: the first frame paints the kept scene (lib/atmosphere/today.ts).
      'the landscape generator': /1831565813/,
    };
    const code = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    const built = readdirSync(path.join(dir, 'chunks')).map((file) => `chunks/${file}`);
    for (const [what, marker] of Object.entries(later)) {
      expect(built.some((file) => marker.test(code(file))), `${what} is in the build`).toBe(true);
      expect([...js].filter((file) => marker.test(code(file))), `${what} before the item is visible`).toEqual([]);
    }
    // The budget of issues 13 and 14: 15 KB gzip (npm run bench reports it). What acts only after a click or
    // once the data has loaded (the ··· menu's lines, Undo, "Not for me", the welcome's check, the page's
    // live part: lib/ui/item-page-live.ts) loads after the first paint.
    expect(criticalBytes(dir, 'newtab.html').js.gzip).toBeLessThanOrEqual(15 * 1024);
    // Chromium paints no blank frame while the entry loads: its first frame is the item.
    expect(readFileSync(path.join(dir, 'newtab.html'), 'utf8')).toMatch(/<script type="module" blocking="render"[^>]*src="\/chunks\/newtab-/);
    expect(readFileSync(path.join(dir, 'popup.html'), 'utf8')).toMatch(/<script type="module" blocking="render"[^>]*src="\/chunks\/popup-/);
  });

  it('waits on few files before the first frame: boot.js, 2 modules and 1 stylesheet on the new tab, boot.js, 3 modules and 1 stylesheet in the popup, at most 2 stylesheets on the list pages, and no empty script anywhere', () => {
    const dir = inject('extensionDir');
    // Each file is a request and a module to link before the page can paint (wxt.config.ts's chunk
    // groups, scripts/build/no-empty-plugins.ts, the pages' one stylesheet each).
    const files = (page: string) => {
      const { js, css } = criticalFiles(dir, page);
      return { js: js.size, css: css.size };
    };
    expect(files('newtab.html')).toEqual({ js: 3, css: 1 });
    expect(files('popup.html')).toEqual({ js: 4, css: 1 });
    for (const page of ['reading-list.html', 'explore.html', 'read-history.html', 'article.html']) {
      const { js, css } = files(page);
      expect(css, `${page}'s stylesheets before its first frame (besides what a component brings)`).toBeLessThanOrEqual(2);
      expect(js, `${page}'s scripts before its first frame`).toBeLessThanOrEqual(10);
    }
    const empty = readdirSync(path.join(dir, 'chunks')).filter((file) => file.endsWith('.js') && statSync(path.join(dir, 'chunks', file)).size === 0);
    expect(empty, 'empty scripts in the build').toEqual([]);
  });
});
