// First paint: the item (chosen at the end of the previous view, kept in localStorage) is painted
// by a still view with only Preact and a few components loaded. Once that frame is on screen the
// tab stays still (./still.ts) until the person is about to act; then the live page (hooks,
// database, catalog, settings) loads and takes its place in one render.
import { render } from 'preact';
import { catalogVersion } from 'virtual:tend-version';
import { decideFirstPaint } from '@/lib/first-item';
import { savedNote } from '@/lib/format';
import { navFor, PAGES } from '@/lib/ui/pages';
import { NewTabFirstPaint } from '@/components/NewTabFirstPaint';
import type { Marks } from '@/lib/shown';
import { keepStill } from './still';
import '@/components/styles/tend.css';

const now = Date.now();
const { initial, quiet } = decideFirstPaint(localStorage, catalogVersion, now);
const host = document.getElementById('app');
if (host && initial) {
  const paint = (marks?: Marks) =>
    render(<NewTabFirstPaint card={initial.card} quiet={quiet} marks={marks} note={savedNote(initial.savedAt, now)} nav={navFor('newtab')} helpHref={PAGES.help} />, host);
  paint();
  keepStill(initial, quiet, now, host, paint);
} else void import('./live').then((live) => live.goLive(undefined, quiet, undefined)); // nothing prepared (a first run): the live page picks, paints and records
