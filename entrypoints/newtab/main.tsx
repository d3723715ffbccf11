// First paint: the item (chosen at the end of the previous view, kept in localStorage) is painted
// by a still view with only Preact and a few components loaded. The live page (hooks, database,
// catalog, settings) loads once that frame is on screen and takes its place in one render.
import { render } from 'preact';
import { catalogVersion } from 'virtual:tend-version';
import { decideFirstPaint } from '@/lib/first-item';
import { savedNote } from '@/lib/format';
import { afterFirstPaint } from '@/lib/ui/after-paint';
import { navFor, PAGES } from '@/lib/ui/pages';
import { NewTabFirstPaint } from '@/components/NewTabFirstPaint';
import '@/components/styles/tend.css';

const now = Date.now();
const { initial, quiet } = decideFirstPaint(localStorage, catalogVersion, now);
const host = document.getElementById('app');
const goLive = () => void import('./live').then((live) => live.goLive(initial, quiet));
if (host && initial) {
  render(<NewTabFirstPaint card={initial.card} quiet={quiet} note={savedNote(initial.savedAt, now)} nav={navFor('newtab')} helpHref={PAGES.help} />, host);
  afterFirstPaint(goLive);
} else goLive(); // nothing prepared (a first run): the live page picks and paints
