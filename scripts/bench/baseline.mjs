// The static baseline: a new-tab override and a popup that are plain HTML with one paragraph of
// text and no script — the physical limit for an extension page.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const page = (title) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>${title}</title></head>
  <body>
    <p data-testid="item-title" elementtiming="item-title">Breathe out slowly. A longer out-breath tells your body it is safe to settle, and you can do it anywhere.</p>
  </body>
</html>
`;

/** The Firefox build's add-on id (Firefox installs a package from a profile only under its id). */
export const BASELINE_GECKO_ID = 'baseline@tend-bench.invalid';

/** @param {string} dir @param {{ firefox?: boolean }} [options] */
export function writeBaseline(dir, { firefox = false } = {}) {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Static baseline',
    version: '1.0.0',
    chrome_url_overrides: { newtab: 'newtab.html' },
    action: { default_popup: 'popup.html' },
    ...(firefox ? { browser_specific_settings: { gecko: { id: BASELINE_GECKO_ID, strict_min_version: '140.0' } } } : {}),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'newtab.html'), page('New tab'));
  writeFileSync(join(dir, 'popup.html'), page('Popup'));
  return dir;
}
