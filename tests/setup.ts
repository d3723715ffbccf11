// fake-indexeddb must load before anything imports Dexie.
import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Settings talk to the browser's own storage API (lib/settings/storage-api.ts): here, the fake.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.localStorage?.clear();
});
