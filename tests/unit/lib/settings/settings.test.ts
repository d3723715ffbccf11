import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, normalizeSettings, SettingsError, validatePatch } from '@/lib/settings/schema';
import { followSettings, loadSettings, resetSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import { readMirror, writeMirror } from '@/lib/settings/mirror';
import { applyLook } from '@/lib/settings/look';
import { TOPICS } from '@/lib/content/types';
import { FIRST_TOPICS, knownTopics, withNewTopics } from '@/lib/settings/new-topics';

/** The topics added since the first versions. */
const ADDED = knownTopics().filter((id) => !FIRST_TOPICS.includes(id));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('normalizeSettings (case 15: a corrupted value falls back to its default)', () => {
  it.each([
    ['nothing stored', undefined],
    ['null', null],
    ['a string', 'garbage'],
    ['an array', [1, 2]],
  ])('gives the defaults for %s', (_name, raw) => {
    expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces only the broken ones', () => {
    const raw = { theme: 'dark', topics: ['cbt', 'astrology'], kinds: [], cadence: 'weekly', reminders: 'yes', textSize: 'large', extra: 1 };
    expect(normalizeSettings(raw)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large' });
  });

  it('never hands out the shared default arrays', () => {
    const a = normalizeSettings(null);
    a.topics.pop();
    // Against TOPICS, not DEFAULT_SETTINGS: a shared array would shrink with the pop.
    expect(normalizeSettings(null).topics).toHaveLength(TOPICS.length);
  });
});

describe('validatePatch (bad input gets a clear message and changes nothing)', () => {
  it.each([
    [{ topics: [] }, 'topics: Keep at least one topic on.'],
    [{ kinds: ['tip', 'tip'] }, 'kinds: A kind (tips or articles) is listed twice.'],
    [{ cadence: 'weekly' }, 'cadence:'],
    [{ colour: 'red' }, '“colour” is not a Tend setting.'],
    // Case 38: keys every object inherits are not settings either (they used to throw a TypeError).
    [{ toString: 'x' }, '“toString” is not a Tend setting.'],
    [{ hasOwnProperty: 'x' }, '“hasOwnProperty” is not a Tend setting.'],
    [{ valueOf: 'x' }, '“valueOf” is not a Tend setting.'],
    [JSON.parse('{"__proto__": "x"}') as unknown, '“__proto__” is not a Tend setting.'],
    [{ constructor: 'x' }, '“constructor” is not a Tend setting.'],
    [null, 'Settings must be an object.'],
  ])('%j → %s', (patch, message) => {
    expect(() => validatePatch(patch)).toThrow(SettingsError);
    expect(() => validatePatch(patch)).toThrow(message);
  });

  it('accepts a valid change', () => {
    expect(validatePatch({ theme: 'light', topics: ['cbt'] })).toEqual({ theme: 'light', topics: ['cbt'] });
  });
});

describe('settings store (browser.storage.sync, one key per field)', () => {
  it('case 14: empty storage gives defaults and writes nothing until something changes', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('stores only what changed, in its own key in storage.sync, and reads it back complete', async () => {
    await updateSettings({ cadence: 'daily' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.cadence': 'daily' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, cadence: 'daily' });
  });

  it('refuses a bad change and leaves what was stored alone', async () => {
    await updateSettings({ theme: 'dark' });
    await expect(updateSettings({ topics: [] })).rejects.toThrow('Keep at least one topic on.');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('survives a corrupted stored value', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.theme': 42, 'settings.cadence': 'hourly' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, cadence: 'hourly' });
  });

  it('case 16: a change made by another page reaches watchers', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.theme));
    await updateSettings({ theme: 'light' });
    await expect.poll(() => seen).toEqual(['light']);
    stop();
  });

  it('followSettings starts from what is stored, follows each change, and stops', async () => {
    await updateSettings({ theme: 'dark' });
    const seen: string[] = [];
    const followed = await followSettings((s) => seen.push(s.theme));
    expect(followed.now().theme).toBe('dark');
    await updateSettings({ theme: 'light' });
    await expect.poll(() => followed.now().theme).toBe('light');
    expect(seen).toEqual(['dark', 'light']);
    followed.stop();
    const marker: string[] = []; // a watcher still on: once it hears the change, a stopped one would have too
    const stopMarker = watchSettings((s) => marker.push(s.theme));
    await updateSettings({ theme: 'dark' });
    await expect.poll(() => marker).toEqual(['dark']);
    expect(followed.now().theme).toBe('light');
    expect(seen).toEqual(['dark', 'light']);
    stopMarker();
  });

  it('resets to defaults by removing what was stored', async () => {
    await updateSettings({ theme: 'light' });
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('case 36: two pages changing different fields at once both keep their change', async () => {
    // Both read storage before either writes: with one shared key, the second write put back the
    // first page's field as it was before.
    for (let round = 0; round < 6; round++) {
      await resetSettings();
      const theme = round % 2 ? 'dark' : 'light';
      const textSize = round % 2 ? 'large' : 'small';
      await Promise.all([updateSettings({ theme }), updateSettings({ textSize })]);
      expect(await loadSettings()).toMatchObject({ theme, textSize });
    }
  });

  it('case 36: a change from another device to one field leaves a local change to another alone', async () => {
    await updateSettings({ cadence: 'hourly' });
    await fakeBrowser.storage.sync.set({ 'settings.theme': 'dark' }); // what sync brings in
    await updateSettings({ textSize: 'large' });
    expect(await loadSettings()).toMatchObject({ cadence: 'hourly', theme: 'dark', textSize: 'large' });
  });

  it('case 36: the old single "settings" key is read as it is, and moved to one key per field on the first change, never losing a value', async () => {
    const old = { theme: 'dark', cadence: 'hourly', topics: ['stress', 'cbt'], textSize: 'medium', quiet: 'sideways' };
    await fakeBrowser.storage.sync.set({ settings: old, settings$: { v: 1 } });
    // A list from the first versions: the topics added since then are on.
    const topics = ['stress', 'cbt', ...ADDED];
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', cadence: 'hourly', topics });
    expect(await fakeBrowser.storage.sync.get(null), 'reading writes nothing').toEqual({ settings: old, settings$: { v: 1 } });

    await updateSettings({ reminders: false });
    // Valid values that differ from the defaults move; the default and the broken value are dropped.
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      'settings.theme': 'dark',
      'settings.cadence': 'hourly',
      'settings.topics': topics,
      'settings.topicsSeen': knownTopics(),
      'settings.reminders': false,
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', cadence: 'hourly', topics, reminders: false });
  });

  it('case 36: a field already in its own key wins over the old single key', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' }, 'settings.theme': 'light' });
    expect((await loadSettings()).theme).toBe('light');
    await updateSettings({ textSize: 'large' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.theme': 'light', 'settings.textSize': 'large' });
  });

  it('case 39: a change to what is already stored writes nothing', async () => {
    await updateSettings({ theme: 'dark', textSize: 'large' });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const remove = vi.spyOn(fakeBrowser.storage.sync, 'remove');
    expect(await updateSettings({ theme: 'dark' })).toMatchObject({ theme: 'dark', textSize: 'large' });
    expect(await updateSettings({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 'large' })).toMatchObject({ theme: 'dark' });
    expect(await updateSettings({ cadence: DEFAULT_SETTINGS.cadence })).toMatchObject({ theme: 'dark' });
    expect(set).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
  });

  it('case 39: a change when the sync write quota is used up still works when it changes nothing, and fails plainly when it does', async () => {
    await updateSettings({ theme: 'dark' });
    const quota = new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quota);
    vi.spyOn(fakeBrowser.storage.sync, 'remove').mockRejectedValue(quota);
    await expect(updateSettings({ ...DEFAULT_SETTINGS, theme: 'dark' })).resolves.toMatchObject({ theme: 'dark' });
    await expect(updateSettings({ theme: 'light' })).rejects.toThrow(quota);
    expect((await loadSettings()).theme).toBe('dark');
  });

  it('case 39: stores only what differs from the defaults: choosing a default again removes its key, so later defaults reach the person', async () => {
    await updateSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.theme': 'dark' });
    await updateSettings({ theme: 'system', cadence: 'daily' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.cadence': 'daily' });
  });

  it('keeps the first-paint copy in localStorage up to date', async () => {
    await updateSettings({ quiet: 'title', cadence: 'hourly' });
    expect(readMirror(localStorage)).toMatchObject({ quiet: 'title', cadence: 'hourly' });
  });
});

describe('the first-paint copy', () => {
  it('reads defaults from nothing or garbage', () => {
    expect(readMirror(localStorage)).toEqual({ quiet: 'off', cadence: 'every-tab', topics: DEFAULT_SETTINGS.topics, kinds: DEFAULT_SETTINGS.kinds });
    localStorage.setItem('tend.settings', '{broken');
    expect(readMirror(localStorage).cadence).toBe('every-tab');
    localStorage.setItem('tend.settings', JSON.stringify({ cadence: 'yearly', topics: ['cbt', 'nope'], kinds: ['tip'] }));
    expect(readMirror(localStorage)).toMatchObject({ cadence: 'every-tab', topics: DEFAULT_SETTINGS.topics, kinds: ['tip'] });
  });

  it('boot.js applies the same look as the page does after load', async () => {
    const settings = { ...DEFAULT_SETTINGS, theme: 'dark' as const, textSize: 'x-large' as const, motion: 'reduced' as const, background: 'sky' as const };
    writeMirror(localStorage, settings);
    const root = document.documentElement;
    for (const name of ['data-theme', 'data-motion', 'data-background', 'data-sky']) root.removeAttribute(name);
    root.style.removeProperty('--text-scale');
    await import('../../../../public/boot.js');
    const look = (el: HTMLElement) => [el.dataset.theme, el.dataset.motion, el.dataset.background, el.dataset.sky, el.style.getPropertyValue('--text-scale')];
    const fromBoot = look(root);
    const page = document.createElement('html');
    applyLook(page, settings, new Date().getHours());
    expect(fromBoot).toEqual(look(page));
    expect(fromBoot).toEqual(['dark', 'reduced', 'sky', expect.stringMatching(/^(morning|day|evening|night)$/), '1.3']);
  });

  it('applyLook clears what the system setting should decide', () => {
    const el = document.createElement('html');
    applyLook(el, { theme: 'dark', textSize: 'large', motion: 'reduced', background: 'plain', followTime: false }, 22);
    expect(el.dataset.sky).toBe('day');
    applyLook(el, { theme: 'system', textSize: 'medium', motion: 'system', background: 'landscape', followTime: true }, 22);
    expect([el.dataset.theme, el.dataset.motion, el.dataset.background, el.style.getPropertyValue('--text-scale')]).toEqual([undefined, undefined, undefined, '']);
    expect(el.dataset.sky).toBe('night');
  });
});

describe('topics added in a later version', () => {
  it('are on for a person whose topic list was stored before they existed, and stay off once turned off', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.topics': ['cbt'] }); // written by a first version: no topicsSeen
    expect((await loadSettings()).topics).toEqual(['cbt', ...ADDED]);

    const withoutOne = ['cbt', ...ADDED.slice(1)];
    await updateSettings({ topics: withoutOne });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ 'settings.topics': withoutOne, 'settings.topicsSeen': knownTopics() });
    expect((await loadSettings()).topics).toEqual(withoutOne);

    await updateSettings({ topics: knownTopics() }); // every topic again: the default, nothing stored
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('withNewTopics adds only what the list’s writer did not know, and leaves anything else alone', () => {
    expect(withNewTopics(['cbt'], knownTopics())).toEqual(['cbt']);
    expect(withNewTopics(['cbt'], [...FIRST_TOPICS, 'sleep'])).toEqual(['cbt', ...ADDED.filter((t) => t !== 'sleep')]);
    expect(withNewTopics(['cbt', 'sleep'], undefined)).toEqual(['cbt', 'sleep', ...ADDED.filter((t) => t !== 'sleep')]);
    expect(withNewTopics('garbage', undefined)).toBe('garbage');
  });
});

