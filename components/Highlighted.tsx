import { highlight } from '../lib/explore/highlight';

interface Props {
  text: string;
  /** Words to mark (case-insensitive, at the start of a word); none renders the text as it is. */
  terms?: readonly string[];
}

/** Text with the words a search matched marked, as elements (never an HTML string). */
export function Highlighted({ text, terms }: Props) {
  if (!terms || terms.length === 0) return <>{text}</>;
  return <>{highlight(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
