import { describe, expect, it } from 'vitest';
import { exportedText, importedText, importFailedText } from '@/lib/backup/messages';

const counts = { adds: 2, updates: 1, unchanged: 0, removes: 3, practicesAdded: 0, practicesRemoved: 0, settingsChanged: false, yoursChanged: 0 };
const result = {
  items: [
    { id: 'a', shownCount: 3, savedAt: 1, readAt: 2 },
    { id: 'b', shownCount: 1, savedAt: 1 },
    { id: 'c', shownCount: 9 },
  ],
  events: [{ itemId: 'a', at: 2 }],
  practices: [{ type: 'breathing' as const, at: 5, seconds: 60 }],
  settings: { theme: 'dark' as const },
};

describe('messages', () => {
  it('say what an export holds in the words a person knows: saved, read, practices, settings (not every item shown)', () => {
    expect(exportedText('x.json', result)).toBe('Exported 2 saved, 1 read, 1 practice, your settings to x.json.');
    expect(exportedText('x.json', { items: [{ id: 'a', shownCount: 4 }], events: [], practices: [], settings: {} })).toBe(
      'Exported nothing saved or read yet to x.json.',
    );
    const yours = { ...result, tips: [{ id: 'mine-1', text: 'Mine', createdAt: 1, updatedAt: 1 }], notes: [{ itemId: 'a', text: 'n', at: 1 }, { itemId: 'b', text: 'm', at: 1 }], hidden: [{ itemId: 'c', at: 1 }] };
    expect(exportedText('x.json', yours)).toBe('Exported 2 saved, 1 read, 1 practice, 1 tip of yours, 2 notes, 1 hidden item, your settings to x.json.');
  });

  it('say what an import leaves you with, and whether the settings changed', () => {
    expect(importedText('f.json', 'merge', { ...counts, result })).toBe('Imported “f.json”. You now have 2 saved, 1 read, 1 practice.');
    expect(importedText('f.json', 'replace', { ...counts, settingsChanged: true, result })).toBe(
      'Replaced your data with “f.json”. You now have 2 saved, 1 read, 1 practice. Your settings were updated.',
    );
  });

  it('case 12: a full disk gets its own message; every failure says nothing changed', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    const dexieWrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner: quota });
    expect(importFailedText(quota)).toMatch(/^There is not enough storage space for this import\. Nothing was changed\./);
    expect(importFailedText(dexieWrapped)).toMatch(/not enough storage space/);
    expect(importFailedText(new Error('other'))).toBe('Tend could not finish the import. Nothing was changed. Please try again.');
  });
});
