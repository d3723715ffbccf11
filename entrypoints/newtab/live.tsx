// The live new tab, loaded after the first frame: it replaces the still view in one render.
import type { Upcoming } from '@/lib/upcoming';
import type { QuietMode } from '@/lib/settings/model';
import { mount } from '@/lib/ui/mount';
import { App } from './App';

export function goLive(initial: Upcoming | undefined, quiet: QuietMode): void {
  mount(<App initial={initial} quiet={quiet} />);
}
