// Wiring for a new tab that is only being looked at (lib/ui/still-tab.ts): the background records
// the view; the live page loads when the person is about to act or the item changes elsewhere.
// It talks to the browser through its own API, not the polyfill, which alone adds ~125 KB to a
// page's memory; both browsers' MV3 `runtime.sendMessage` returns a promise.
import { catalogVersion } from 'virtual:tend-version';
import type { Upcoming } from '@/lib/upcoming';
import type { QuietMode } from '@/lib/settings/model';
import { askBackground, type Marks } from '@/lib/shown';
import { concerns, onChanges } from '@/lib/changes';
import { shortcutFor } from '@/lib/shortcuts';
import { stayStill } from '@/lib/ui/still-tab';
import { afterFirstPaint } from '@/lib/ui/after-paint';

interface NativeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { onChanged: { addListener(listener: (changes: Record<string, unknown>, area: string) => void): void } };
}
const api = (globalThis as { browser?: NativeApi }).browser ?? (globalThis as unknown as { chrome: NativeApi }).chrome;

/**
 * Called right after the first render, so a click on the painted view is never missed. `repaint`
 * shows the item's marks (saved, read) once the background has read them. `shownAt` is when the
 * view began: the background records it at that time, and so does the live page if it has to.
 */
export function keepStill(initial: Upcoming, quiet: QuietMode, shownAt: number, host: HTMLElement, repaint: (marks: Marks) => void): void {
  // Asked, and listened for, only once the first frame is on screen: nothing competes with it. A
  // change made before the background reads the item is in the marks it sends back.
  const painted = new Promise<void>((resolve) => afterFirstPaint(resolve));
  const answer = painted.then(() => askBackground((m) => api.runtime.sendMessage(m), localStorage, catalogVersion, initial.card.id, shownAt));
  const recorded = answer.then((marks) => {
    if (!marks) return false;
    repaint(marks);
    document.documentElement.dataset.tendRecorded = ''; // for the benchmark and tests
    return true;
  });
  stayStill({
    host,
    recorded,
    loadLive: () => import('./live').then((live) => (recordedAlready: boolean) => live.goLive(initial, quiet, recordedAlready ? undefined : shownAt)),
    isShortcut: (event) => shortcutFor(event) !== undefined,
    watch: (wake) =>
      void painted.then(() => {
        onChanges((change) => concerns(change, initial.card.id) && wake());
        api.storage.onChanged.addListener((changes, area) => area === 'sync' && 'settings' in changes && wake());
      }),
  });
}
