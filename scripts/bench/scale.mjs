// Scale mode: a generated library of 5,000 items (made at benchmark time, never shipped) and a
// database seeded with 100,000 read events, as years of daily use might leave it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOPICS = ['support', 'cbt', 'dbt', 'stress', 'self-kindness', 'change', 'boundaries', 'getting-help'];

export function writeScaleContent(dir, count = 5000) {
  rmSync(dir, { recursive: true, force: true });
  const filler = Array.from({ length: 300 }, (_, i) => `word${i % 50}`).join(' ');
  for (let i = 0; i < count; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const article = i % 5 === 0;
    const id = `${topic}-generated-${i}`;
    const front = [
      '---',
      `id: ${id}`,
      `kind: ${article ? 'article' : 'tip'}`,
      `title: Generated item ${i}`,
      `topics: [${topic}]`,
      ...(article ? [`excerpt: A generated excerpt for item ${i}.`, 'sources:', '  - title: Generated', '    publisher: Benchmark', '    url: https://example.org/generated'] : []),
      'reviewed: 2026-11-26',
      '---',
    ].join('\n');
    const body = article ? filler : `A generated tip, number ${i}. Breathe out slowly and notice one thing you can see.`;
    mkdirSync(join(dir, topic), { recursive: true });
    writeFileSync(join(dir, topic, `${id}.md`), `${front}\n${body}\n`);
  }
  return dir;
}

/** Runs in the extension page: fills Tend's database (already created by the app) directly. */
export function seedInPage({ items, events, now, saved = 0 }) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('tend');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['items', 'events', 'meta'], 'readwrite');
      const day = 86_400_000;
      const topics = ['support', 'cbt', 'dbt', 'stress', 'self-kindness', 'change', 'boundaries', 'getting-help'];
      const ids = Array.from({ length: items }, (_, i) => `${topics[i % topics.length]}-generated-${i}`);
      ids.forEach((id, i) => {
        const record = { id, shownCount: 1 + (i % 20), lastShownAt: now - (i % 900) * day };
        // Half the library was picked in the current cycle (which began 10 days ago).
        record.pickedAt = i % 2 === 0 ? now - (i % 10) * day + 1 : now - 30 * day;
        if (i % 3 === 0) record.readAt = now - (i % 800) * day;
        // Every 50th item saved, or the first `saved` items (the lists' scale case saves them all).
        if (i % 50 === 0 || i < saved) record.savedAt = now - (i % 60) * day - i;
        tx.objectStore('items').put(record);
      });
      for (let i = 0; i < events; i++) tx.objectStore('events').add({ itemId: ids[i % ids.length], at: now - (i % 1000) * day });
      tx.objectStore('meta').put({ key: 'rotation', cycleStartedAt: now - 10 * day });
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
