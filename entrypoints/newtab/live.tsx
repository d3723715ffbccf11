// The live new tab: it replaces the still view in one render.
import type { Upcoming } from '@/lib/upcoming';
import type { QuietMode } from '@/lib/settings/model';
import { mount } from '@/lib/ui/mount';
import { App } from './App';

/** @param record whether this page records that `initial` was shown (the background has not) */
export function goLive(initial: Upcoming | undefined, quiet: QuietMode, record: boolean): void {
  mount(<App initial={initial} quiet={quiet} record={record} />);
}
