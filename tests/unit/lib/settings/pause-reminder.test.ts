import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, SettingsError, validatePatch } from '@/lib/settings/schema';
import { loadSettings, updateSettings } from '@/lib/settings/store';

const base = { on: true, everyHours: 2, from: 9, to: 18 };

describe('the pauseReminder setting', () => {
  it('is off by default', () => {
    expect(DEFAULT_SETTINGS.pauseReminder).toEqual({ on: false, everyHours: 2, from: 9, to: 18 });
    expect(normalizeSettings(null).pauseReminder.on).toBe(false);
  });

  it.each([
    [{ ...base, everyHours: 5 }],
    [{ ...base, everyHours: '2' }],
    [{ ...base, from: 24 }],
    [{ ...base, from: -1 }],
    [{ ...base, to: 0 }],
    [{ ...base, to: 25 }],
    [{ ...base, from: 9.5 }],
    [{ ...base, on: 'yes' }],
    [{ ...base, from: 9, to: 9 }],
    ['on'],
  ])('refuses %j', (pauseReminder) => {
    expect(() => validatePatch({ pauseReminder })).toThrow(SettingsError);
    expect(() => validatePatch({ pauseReminder })).toThrow(/^pauseReminder: /);
  });

  it('says why when both ends are the same hour', () => {
    expect(() => validatePatch({ pauseReminder: { ...base, to: 9 } })).toThrow('pauseReminder: Choose hours that are at least one hour apart.');
  });

  it.each([[base], [{ ...base, from: 22, to: 2 }], [{ ...base, from: 0, to: 24 }], [{ ...base, everyHours: 1 }]])('accepts %j', (pauseReminder) => {
    expect(validatePatch({ pauseReminder })).toEqual({ pauseReminder });
  });

  it('a corrupted stored value falls back to off, and extra keys are dropped', () => {
    expect(normalizeSettings({ pauseReminder: { ...base, from: 99 } }).pauseReminder).toEqual(DEFAULT_SETTINGS.pauseReminder);
    expect(normalizeSettings({ pauseReminder: { ...base, extra: 1 } }).pauseReminder).toEqual(base);
  });

  it('is stored and read back like any other setting', async () => {
    await updateSettings({ pauseReminder: { ...base, from: 20, to: 23 } });
    expect((await loadSettings()).pauseReminder).toEqual({ ...base, from: 20, to: 23 });
  });
});
