// Build/test-time only: the Flesch-Kincaid grade of a text, with wooorm's syllable counter.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export function gradeLevel(text: string): number {
  // Each paragraph or list line ends a sentence even without a full stop.
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length === 0) return 0;
  return fleschKincaid({
    sentence: Math.max(1, sentences.length),
    word: words.length,
    syllable: words.reduce((sum, w) => sum + syllable(w), 0),
  });
}
