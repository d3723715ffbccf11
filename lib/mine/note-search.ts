// Finding saved items by the words of their notes. Pure.

/** Lowercase words of a query, without punctuation around them. */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

/** Whether `note` holds every word of `query` (anywhere, in any case). */
export function noteMatches(note: string | undefined, query: string): boolean {
  const wanted = words(query);
  if (!note || wanted.length === 0) return false;
  const text = note.toLowerCase();
  return wanted.every((w) => text.includes(w));
}

/**
 * The entries a search shows: those the library's search matched (`matched`, in order), then the
 * others whose note holds the query. `matched` undefined (the index still loading) stays undefined.
 */
export function withNoteMatches<T extends { card: { id: string } }>(
  matched: readonly T[] | undefined,
  all: readonly T[],
  notes: ReadonlyMap<string, string> | undefined,
  query: string,
): T[] | undefined {
  if (!matched) return undefined;
  if (!notes?.size || query.trim() === '') return [...matched];
  const have = new Set(matched.map((e) => e.card.id));
  return [...matched, ...all.filter((e) => !have.has(e.card.id) && noteMatches(notes.get(e.card.id), query))];
}

/**
 * Ids a search shows: `matched` (the library's search, in order), then the other ids whose note
 * holds the query (Explore lists the whole library, so only the notes need looking through).
 */
export function idsWithNoteMatches(matched: readonly string[], notes: ReadonlyMap<string, string> | undefined, query: string): string[] {
  if (!notes?.size || query.trim() === '') return [...matched];
  const have = new Set(matched);
  return [...matched, ...[...notes].flatMap(([id, note]) => (!have.has(id) && noteMatches(note, query) ? [id] : []))];
}
