// Nothing heavy on screen unasked: over the real library, whatever the settings, the history and
// the randomness, the rotation (picks and reminders of saved articles) never chooses an item about
// crisis, self-harm or suicide. Those stay in Explore, search and the help page.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Dexie from 'dexie';
import { cards } from 'virtual:tend-catalog';
import { catalogOf } from '@/lib/content/catalog';
import { TendDb } from '@/lib/db/schema';
import { createTendData } from '@/lib/db/tend-data';
import { createFeed } from '@/lib/rotation/feed';
import { DEFAULT_SETTINGS } from '@/lib/settings/model';
import { TOPICS, type TopicId } from '@/lib/content/types';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
  localStorage.clear();
});

const sensitive = new Set(cards.filter((c) => c.sensitive).map((c) => c.id));
const topicIds = TOPICS.map((t) => t.id) as TopicId[];

describe('the rotation and sensitive items', () => {
  it('has sensitive items in the library to keep out (the property below is not empty)', () => {
    expect(sensitive.size).toBeGreaterThan(0);
  });

  it('never chooses one, for any topics, history of saves and random source', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(topicIds, { minLength: 1 }),
        fc.subarray([...sensitive]),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        async (topics, saved, seed) => {
          const name = `sensitive-${names.length}-${seed}`;
          names.push(name);
          const data = createTendData(new TendDb(name));
          let state = seed;
          const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
          let clock = 10 * 86_400_000;
          // Saved long ago and unread: due as reminders, if anything heavy could be one.
          for (const id of saved) await data.save(id, 0);
          const feed = createFeed({
            data,
            catalog: catalogOf(cards),
            version: 'v',
            settings: () => ({ ...DEFAULT_SETTINGS, topics, reminders: true }),
            storage: localStorage,
            now: () => (clock += 3_600_000),
            random,
            idle: () => Promise.resolve(),
          });
          for (let i = 0; i < 12; i++) {
            const next = await feed.advance();
            if (!next) break;
            expect(sensitive.has(next.card.id), next.card.id).toBe(false);
            await feed.shown(next.card);
          }
          data.db.close();
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);
});
