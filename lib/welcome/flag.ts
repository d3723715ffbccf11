// Where the first run's flag lives: the extension's local storage (not synced: a second device's
// first run is its own, and its database is empty until something is shown there).
import { WELCOMED } from './first-run';

export const WELCOME_KEY = 'welcome';

export interface LocalArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** `browser.storage.local` in Firefox, `chrome.storage.local` in Chromium. */
export function localArea(): LocalArea {
  const scope = globalThis as { browser?: { storage?: { local?: LocalArea } }; chrome?: { storage?: { local?: LocalArea } } };
  const local = scope.browser?.storage?.local ?? scope.chrome?.storage?.local;
  if (!local) throw new Error('Tend: this page has no extension storage API');
  return local;
}

export const readWelcomeFlag = async (area: LocalArea = localArea()): Promise<unknown> => (await area.get([WELCOME_KEY]))[WELCOME_KEY];

export const markWelcomed = (area: LocalArea = localArea()): Promise<void> => area.set({ [WELCOME_KEY]: WELCOMED });
