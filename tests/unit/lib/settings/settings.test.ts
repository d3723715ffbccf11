import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, normalizeSettings, SettingsError, validatePatch } from '@/lib/settings/schema';
import { followSettings, loadSettings, resetSettings, updateSettings, watchSettings } from '@/lib/settings/store';
import { readMirror, writeMirror } from '@/lib/settings/mirror';
import { applyLook } from '@/lib/settings/look';
import { TOPICS } from '@/lib/content/types';

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
    [null, 'Settings must be an object.'],
  ])('%j → %s', (patch, message) => {
    expect(() => validatePatch(patch)).toThrow(SettingsError);
    expect(() => validatePatch(patch)).toThrow(message);
  });

  it('accepts a valid change', () => {
    expect(validatePatch({ theme: 'light', topics: ['cbt'] })).toEqual({ theme: 'light', topics: ['cbt'] });
  });
});

describe('settings store (browser.storage.sync through WXT storage)', () => {
  it('case 14: empty storage gives defaults and writes nothing until something changes', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('stores only what changed, in storage.sync, and reads it back complete', async () => {
    await updateSettings({ cadence: 'daily' });
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings: { cadence: 'daily' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, cadence: 'daily' });
  });

  it('refuses a bad change and leaves what was stored alone', async () => {
    await updateSettings({ theme: 'dark' });
    await expect(updateSettings({ topics: [] })).rejects.toThrow('Keep at least one topic on.');
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('survives a corrupted stored value', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 42, cadence: 'hourly' } });
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
    const settings = { ...DEFAULT_SETTINGS, theme: 'dark' as const, textSize: 'x-large' as const, motion: 'reduced' as const };
    writeMirror(localStorage, settings);
    const root = document.documentElement;
    root.removeAttribute('data-theme');
    root.removeAttribute('data-motion');
    root.style.removeProperty('--text-scale');
    await import('../../../../public/boot.js');
    const fromBoot = [root.dataset.theme, root.dataset.motion, root.style.getPropertyValue('--text-scale')];
    const page = document.createElement('html');
    applyLook(page, settings);
    expect(fromBoot).toEqual([page.dataset.theme, page.dataset.motion, page.style.getPropertyValue('--text-scale')]);
    expect(fromBoot).toEqual(['dark', 'reduced', '1.3']);
  });

  it('applyLook clears what the system setting should decide', () => {
    const el = document.createElement('html');
    applyLook(el, { theme: 'dark', textSize: 'large', motion: 'reduced' });
    applyLook(el, { theme: 'system', textSize: 'medium', motion: 'system' });
    expect([el.dataset.theme, el.dataset.motion, el.style.getPropertyValue('--text-scale')]).toEqual([undefined, undefined, '']);
  });
});
