// The live new tab: it replaces the still view in one render.
import type { Upcoming } from '@/lib/upcoming';
import type { QuietMode } from '@/lib/settings/model';
import { mount } from '@/lib/ui/mount';
import { App } from './App';

/** @param recordAt when `initial` went on screen, if this page records it (the background has not) */
export function goLive(initial: Upcoming | undefined, quiet: QuietMode, recordAt: number | undefined): void {
  mount(<App initial={initial} quiet={quiet} recordAt={recordAt} />);
}
