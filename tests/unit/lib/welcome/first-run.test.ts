import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TendDb } from '@/lib/db/schema';
import { createTendData, type TendData } from '@/lib/db/tend-data';
import { createPracticeData } from '@/lib/db/practice';
import { shouldWelcome, WELCOMED } from '@/lib/welcome/first-run';
import { choicesFrom, kindChoiceOf, kindsOf, settingsPatch, toggleTopic } from '@/lib/welcome/choices';
import { markWelcomed, readWelcomeFlag } from '@/lib/welcome/flag';
import { DEFAULT_SETTINGS } from '@/lib/settings/model';
import { TOPICS, type TopicId } from '@/lib/content/types';

describe('shouldWelcome', () => {
  it.each([
    [undefined, false, true],
    [undefined, true, false],
    [WELCOMED, false, false],
    [WELCOMED, true, false],
    // Anything else in the slot is not "done": the data decides.
    ['garbage', false, true],
    [42, true, false],
  ])('flag %j, data before %j → %j', (flag, hadData, expected) => {
    expect(shouldWelcome(flag, hadData)).toBe(expected);
  });
});

describe('choices', () => {
  const all = TOPICS.map((t) => t.id);

  it('reads the settings as they stand and writes them back unchanged', () => {
    const choices = choicesFrom(DEFAULT_SETTINGS);
    expect(choices).toEqual({ topics: all, kinds: 'both', quiet: 'off', cadence: 'every-tab', background: 'landscape' });
    expect(settingsPatch(choices)).toEqual({
      patch: { topics: all, kinds: ['tip', 'article'], quiet: 'off', cadence: 'every-tab', background: 'landscape' },
    });
  });

  it('maps Tips / Articles / Both both ways', () => {
    expect(kindsOf('tip')).toEqual(['tip']);
    expect(kindsOf('article')).toEqual(['article']);
    expect(kindsOf('both')).toEqual(['tip', 'article']);
    expect(kindChoiceOf(['article'])).toBe('article');
    expect(kindChoiceOf(['tip', 'article'])).toBe('both');
  });

  it('keeps topics in catalog order and never turns the last one off', () => {
    const some: TopicId[] = ['sleep', 'dbt'];
    expect(toggleTopic(all, some, 'cbt', true)).toEqual(['cbt', 'dbt', 'sleep']);
    expect(toggleTopic(all, some, 'sleep', false)).toEqual(['dbt']);
    expect(toggleTopic(all, ['dbt'], 'dbt', false)).toEqual(['dbt']);
  });

  it('refuses a change with no topic or an unknown choice, in plain words', () => {
    const base = choicesFrom(DEFAULT_SETTINGS);
    expect(settingsPatch({ ...base, topics: [] })).toEqual({ error: 'Choose at least one topic.' });
    expect(settingsPatch({ ...base, cadence: 'weekly' as never })).toEqual({ error: 'That choice is not one Tend offers.' });
    expect(settingsPatch({ ...base, background: 'photo' as never })).toEqual({ error: 'That choice is not one Tend offers.' });
  });
});

describe('the flag', () => {
  afterEach(() => fakeBrowser.reset());

  it('is absent on a fresh install and "done" once marked', async () => {
    expect(await readWelcomeFlag()).toBeUndefined();
    await markWelcomed();
    expect(await readWelcomeFlag()).toBe(WELCOMED);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ welcome: 'done' });
  });
});

describe('hadDataBefore', () => {
  let opened: TendData[] = [];
  let counter = 0;
  const fresh = () => {
    const data = createTendData(new TendDb(`tend-welcome-${++counter}`));
    opened.push(data);
    return data;
  };
  afterEach(async () => {
    for (const data of opened) {
      data.db.close();
      await Dexie.delete(data.db.name);
    }
    opened = [];
  });

  it('is false on a fresh install, also once this tab’s own view and the next pick are recorded', async () => {
    const d = fresh();
    expect(await d.hadDataBefore(1000)).toBe(false);
    await d.recordShown('a', 1000);
    await d.pick(['a', 'b'], 1001, () => 0);
    expect(await d.hadDataBefore(1000)).toBe(false);
  });

  it('is true once anything was shown, saved, read or practised before', async () => {
    const shown = fresh();
    await shown.recordShown('a', 999);
    expect(await shown.hadDataBefore(1000)).toBe(true);
    const practised = fresh();
    await createPracticeData(practised.db).recordPractice('breathing', 5000, 60);
    expect(await practised.hadDataBefore(1000)).toBe(true);
    const saved = fresh();
    await saved.save('a', 5000);
    expect(await saved.hadDataBefore(1000)).toBe(true);
    const read = fresh();
    await read.markRead('a', 5000);
    expect(await read.hadDataBefore(1000)).toBe(true);
  });
});
