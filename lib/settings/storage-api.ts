// The browser's own storage API for settings, not webextension-polyfill's wrapper of it. In both
// browsers' Manifest V3 the storage API returns promises, so the wrapper adds nothing here, and
// loading it costs every page that reads settings memory of its own (measured on the new tab,
// which is opened hundreds of times a day and keeps its settings live).

type Items = Record<string, unknown>;
type ChangeListener = (changes: Items, areaName: string) => void;

export interface StorageApi {
  sync: {
    get(keys: string[] | null): Promise<Items>;
    set(items: Items): Promise<void>;
    remove(keys: string[]): Promise<void>;
  };
  onChanged: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
}

/** `browser.storage` in Firefox, `chrome.storage` in Chromium (the tests set `chrome` to WXT's fake browser). */
export function storageApi(): StorageApi {
  const scope = globalThis as { browser?: { storage?: StorageApi }; chrome?: { storage?: StorageApi } };
  const storage = scope.browser?.storage ?? scope.chrome?.storage;
  if (!storage) throw new Error('Tend: this page has no extension storage API');
  return storage;
}
