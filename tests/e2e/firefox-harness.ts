// Drives the packaged extension in a real Firefox ESR over WebDriver BiDi (puppeteer-core), and
// keeps the audit of the session: errors on the extension's pages.
//
// Firefox is started here rather than by `puppeteer.launch()`, for one reason: Firefox does not
// send console messages or uncaught errors of moz-extension:// pages over BiDi (`page.on('console')`
// and `page.on('pageerror')` never fire for them, ESR 153). It does print them on its own output
// ("JavaScript error: moz-extension://…" and, with `devtools.console.stdout.content`,
// "console.error: …"), and only a process we spawn ourselves is read from its first line, before
// the first page has loaded. The rest: the package is installed from the profile's extensions/
// folder (BiDi refuses to open moz-extension:// pages itself, so the page to open is on Firefox's
// command line), with a fixed internal UUID so the page URLs are known (scripts/firefox-prefs.mjs).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { accessSync, constants, copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, wxt } from './wxt';
import { firefoxPrefs } from '../../scripts/firefox-prefs.mjs';

export const GECKO_ID = 'tend@tend-extension.org';
/** The moz-extension:// host Firefox gives Tend in the test profiles (pref extensions.webextensions.uuids). */
export const EXTENSION_UUID = '5c1f3a52-7d4e-4b8a-9e61-0f2d8c7b3a19';
const ORIGIN = `moz-extension://${EXTENSION_UUID}/`;

/** moz-extension://<uuid>/<page> */
export const extensionUrl = (page: string): string => ORIGIN + page;

export function findFirefox(): string {
  const candidate = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  try {
    accessSync(candidate, constants.X_OK);
  } catch {
    throw new Error(
      `Firefox ESR is required for the end-to-end tests: apt-get install -y firefox-esr (looked for ${candidate}; set FIREFOX_PATH to use another binary)`,
    );
  }
  return candidate;
}

export interface FirefoxPackage {
  /** The signed-or-not package as Firefox installs it (`wxt zip -b firefox`). */
  xpi: string;
  /** The same build unpacked, for the linter. */
  dir: string;
  /** Removes the private copies. */
  remove(): void;
}

/**
 * Builds the Firefox package from the current code and keeps a private copy of it, so someone
 * rebuilding .output while the tests run cannot change the extension under a test.
 */
export function buildFirefoxPackage(): FirefoxPackage {
  wxt(['zip', '-b', 'firefox'], 'Firefox package to test');
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const snapshot = mkdtempSync(path.join(tmpdir(), 'tend-e2e-firefox-build-'));
  const xpi = path.join(snapshot, `${GECKO_ID}.xpi`);
  const dir = path.join(snapshot, 'firefox-mv3');
  copyFileSync(path.join(ROOT, `.output/tend-${version}-firefox.zip`), xpi);
  cpSync(path.join(ROOT, '.output/firefox-mv3'), dir, { recursive: true });
  return { xpi, dir, remove: () => rmSync(snapshot, { recursive: true, force: true }) };
}

/** A fresh profile with the package in its extensions/ folder, where Firefox installs it from at start. */
export function createProfile(xpi: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), 'tend-e2e-firefox-profile-'));
  mkdirSync(path.join(profile, 'extensions'));
  copyFileSync(xpi, path.join(profile, 'extensions', `${GECKO_ID}.xpi`));
  return profile;
}

const PREFS = firefoxPrefs(GECKO_ID, EXTENSION_UUID);

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

export interface Audit {
  /** Uncaught errors, unhandled rejections and console.error() of extension pages. */
  errors: string[];
  /** console.warn() of pages and script warnings of extension pages: reported, not failures. */
  warnings: string[];
}

// Every Firefox of the test appends here, also those closed mid-test (a relaunch), so one
// `takeAudit()` after the session covers all of them.
let audit: Audit = { errors: [], warnings: [] };

/** The audit since the last call, and a fresh one for what comes next. */
export function takeAudit(): Audit {
  const taken = audit;
  audit = { errors: [], warnings: [] };
  return taken;
}

/**
 * Firefox's own modules log through named loggers, printed as "console.error: RSLoader: " with the
 * message on the lines after (remote settings cannot be reached here, and Nimbus, which no pref
 * turns off, says so). A page's console.error() prints its arguments as values instead: strings
 * quoted, objects in parentheses, e.g. `console.error: "Tend: …"`.
 */
const BROWSER_LOGGER = /^console\.(error|warn): [A-Za-z][\w .-]*: /;

/** Keeps the lines of Firefox's output that are errors (or warnings) of the extension's pages. */
function auditLine(line: string): void {
  if (line.startsWith(`JavaScript error: ${ORIGIN}`)) audit.errors.push(line);
  else if (line.startsWith(`JavaScript warning: ${ORIGIN}`)) audit.warnings.push(line);
  else if (BROWSER_LOGGER.test(line)) return;
  // Only pages print console messages here (devtools.console.stdout.content; the browser's own
  // console needs devtools.console.stdout.chrome, which stays off), and the only pages with
  // scripts in these sessions are Tend's.
  else if (line.startsWith('console.error: ')) audit.errors.push(line);
  else if (line.startsWith('console.warn: ')) audit.warnings.push(line);
}

export interface Firefox {
  browser: Browser;
  /** The extension page Firefox was started on, once it is there. */
  page: Page;
  /** Firefox's stdout and stderr so far, line by line. */
  output: string[];
  /** Closes Firefox and waits until it has exited; the profile stays. */
  close(): Promise<void>;
}

const open = new Set<Pick<Firefox, 'close'>>();

/** Closes every Firefox still open (after a failed test), so the next one starts clean. */
export async function closeAll(): Promise<void> {
  await Promise.all([...open].map((firefox) => firefox.close()));
}

function waitForEndpoint(child: ChildProcess, lines: EventEmitter, output: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`Firefox did not start WebDriver BiDi within ${timeoutMs} ms`)), timeoutMs);
    const onLine = (line: string) => {
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(line);
      if (match?.[1]) done(() => resolve(match[1] + '/session'));
    };
    const onExit = (code: number | null) => fail(new Error(`Firefox exited (code ${code}) before WebDriver BiDi started`));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      lines.off('line', onLine);
      settle();
    };
    const fail = (error: Error) => done(() => reject(new Error(`${error.message}. Its output:\n${output.join('\n')}`)));
    lines.on('line', onLine);
    child.once('exit', onExit);
  });
}

/**
 * Starts Firefox (headless) on `profile` with one tab open on the extension page `page`, e.g.
 * 'newtab.html', and returns once that page exists (its content may still be loading).
 */
/** @param prefs more preferences for this launch (e.g. `dom.storage.enabled: false`) */
export async function launchFirefox(firefoxPath: string, profile: string, page: string, prefs: Record<string, string | number | boolean> = {}): Promise<Firefox> {
  writeFileSync(path.join(profile, 'user.js'), userJs({ ...PREFS, ...prefs }));
  const child = spawn(firefoxPath, ['--headless', '--profile', profile, '--remote-debugging-port=0', extensionUrl(page)], {
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a stuck Firefox can be killed with all its content processes.
    detached: true,
  });
  const output: string[] = [];
  const lines = new EventEmitter();
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => {
      output.push(line);
      auditLine(line);
      lines.emit('line', line);
    });
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.on('error', (error) => output.push(`(could not run ${firefoxPath}: ${error.message})`));

  const kill = () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  };

  let browser: Browser;
  try {
    const endpoint = await waitForEndpoint(child, lines, output, 30_000);
    browser = await puppeteer.connect({ browserWSEndpoint: endpoint, protocol: 'webDriverBiDi', defaultViewport: null });
  } catch (error) {
    kill();
    await exited;
    throw error;
  }

  let closing: Promise<void> | undefined;
  const handle = {
    close(): Promise<void> {
      closing ??= (async () => {
        open.delete(handle);
        const timer = setTimeout(kill, 15_000);
        await browser.close().catch(kill);
        await exited;
        clearTimeout(timer);
      })();
      return closing;
    },
  };
  open.add(handle);

  let found: Page | null;
  try {
    const target = await browser.waitForTarget((t) => t.url() === extensionUrl(page), { timeout: 30_000 });
    found = await target.page();
    if (!found) throw new Error(`${extensionUrl(page)} is open but is not a page`);
  } catch (error) {
    const urls = (await browser.pages().catch(() => [])).map((p) => p.url()).join(', ');
    await handle.close();
    throw new Error(
      `Firefox did not open ${extensionUrl(page)} (open: ${urls || 'none'}); is the package installed from the profile?\n${String(error)}\n${output.join('\n')}`,
    );
  }

  // Firefox does not send these for extension pages today (see the top of this file); should it
  // start to, they are kept too.
  found.on('console', (message) => {
    if (message.type() === 'error') audit.errors.push(`console.error (BiDi): ${message.text()}`);
  });
  found.on('pageerror', (error) => {
    audit.errors.push(`pageerror (BiDi): ${error instanceof Error ? error.message : String(error)}`);
  });
  return { browser, page: found, output, close: handle.close };
}

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Mozilla's addons-linter (through web-ext), as addons.mozilla.org runs it on upload. */
export async function lintFirefoxPackage(dir: string): Promise<LintResult> {
  const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
  const args = ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery', '--boring'];
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(bin, args, { cwd: ROOT, env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 * 1024 * 1024 }, (error, out, err) => {
      if (out.trim().startsWith('{')) resolve(out);
      else reject(new Error(`web-ext lint gave no report: ${error?.message ?? ''}\n${out}\n${err}`));
    });
  });
  return JSON.parse(stdout) as LintResult;
}

/** One line per linter message, for assertion output and the report. */
export const describeLint = (messages: LintMessage[]): string[] =>
  messages.map((m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
