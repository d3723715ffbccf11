// `npm start`: builds Tend, then opens Chromium (or Chrome) with it loaded when there is a screen;
// otherwise says where the built extension is and how to load it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const run = (args) => execFileSync('npx', args, { stdio: 'inherit' });
run(['wxt', 'build']);
run(['wxt', 'build', '-b', 'firefox']);

const chrome = resolve('.output/chrome-mv3');
const firefox = resolve('.output/firefox-mv3');
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);
const browser = candidates.find((path) => existsSync(path));
const hasScreen = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log(`
Tend is built.
  Chrome/Chromium (MV3): ${chrome}
  Firefox (MV3):         ${firefox}

Load it by hand:
  Chrome:  open chrome://extensions, turn on "Developer mode", choose "Load unpacked", pick the folder above.
  Firefox: open about:debugging#/runtime/this-firefox, choose "Load Temporary Add-on…",
           pick manifest.json in the Firefox folder above.
`);

if (browser && hasScreen) {
  const profile = resolve('.output/dev-profile');
  mkdirSync(profile, { recursive: true });
  console.log(`Opening ${browser} with Tend loaded (profile: ${profile}).`);
  spawn(browser, [`--user-data-dir=${profile}`, `--disable-extensions-except=${chrome}`, `--load-extension=${chrome}`, '--no-first-run', 'chrome://newtab'], {
    stdio: 'ignore',
    detached: true,
  }).unref();
} else {
  console.log('No screen or no Chromium found, so no browser was opened.');
}
