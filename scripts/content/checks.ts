// Build/test-time only: the measures the content checks (tests/content) hold the library to.
// Pure functions over plain text and URLs, so each can be tested on small examples.

/** Share of the smaller text's word trigrams that the other text also has (0–1). */
export function trigramOverlap(a: string, b: string): number {
  return overlapOf(trigrams(a), trigrams(b));
}

/** The share of the smaller set's trigrams found in the other (for texts whose trigrams are reused). */
export function overlapOf(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  const smaller = Math.min(x.size, y.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return shared / smaller;
}

export function trigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return new Set(words.slice(0, -2).map((_, i) => words.slice(i, i + 3).join(' ')));
}

/**
 * Near-duplicate tips share this much of their wording. Calibrated on the library before the
 * v2 rewrite: the two tips that were both the whole 5-4-3-2-1 exercise overlapped by 0.48;
 * the most similar pair of unrelated tips by 0.15.
 */
export const NEAR_DUPLICATE = 0.3;

/** The first two words of a text, lowercased: "you might". */
export function openingPhrase(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).slice(0, 2).join(' ');
}

/**
 * UK spellings and the US form the library and interface use. Each entry matches the word
 * and its common endings (behaviour, behaviours, behavioural).
 */
export const US_SPELLING: Readonly<Record<string, string>> = {
  behaviour: 'behavior',
  colour: 'color',
  favour: 'favor',
  favourite: 'favorite',
  honour: 'honor',
  humour: 'humor',
  labour: 'labor',
  neighbour: 'neighbor',
  rumour: 'rumor',
  counsellor: 'counselor',
  counselling: 'counseling',
  counselled: 'counseled',
  programme: 'program',
  practise: 'practice',
  practised: 'practiced',
  practising: 'practicing',
  catastrophise: 'catastrophize',
  catastrophising: 'catastrophizing',
  organise: 'organize',
  organising: 'organizing',
  realise: 'realize',
  realising: 'realizing',
  recognise: 'recognize',
  recognising: 'recognizing',
  apologise: 'apologize',
  apologising: 'apologizing',
  prioritise: 'prioritize',
  prioritising: 'prioritizing',
  criticise: 'criticize',
  emphasise: 'emphasize',
  summarise: 'summarize',
  minimise: 'minimize',
  personalise: 'personalize',
  centre: 'center',
  theatre: 'theater',
  metre: 'meter',
  travelling: 'traveling',
  travelled: 'traveled',
  cancelled: 'canceled',
  cancelling: 'canceling',
  fulfil: 'fulfill',
  enrol: 'enroll',
  judgement: 'judgment',
  defence: 'defense',
  licence: 'license',
  analyse: 'analyze',
  paralyse: 'paralyze',
  grey: 'gray',
  mum: 'mom',
  whilst: 'while',
  amongst: 'among',
  learnt: 'learned',
  cheque: 'check',
  pyjamas: 'pajamas',
};

const VARIANT = new RegExp(`\\b(${Object.keys(US_SPELLING).join('|')})(s|es|ed|al|ally|ly|ing)?\\b`, 'gi');

/** Words that look like a UK form but are US English too: "analyses" is also the plural of "analysis". */
const ALSO_US = new Set(['analyses']);

/** The UK spellings in a text, as written: ["behaviour", "Counselling"]. */
export function ukSpellings(text: string): string[] {
  return [...text.matchAll(VARIANT)].map((m) => m[0]).filter((word) => !ALSO_US.has(word.toLowerCase()));
}

/**
 * Publishers whose word carries weight on its own (by URL host, subdomains included): clinical
 * guidelines, systematic reviews and peer-reviewed papers, public health bodies, professional
 * bodies, and a method's own primary source. Private-practice blogs and trade magazines may be a
 * second source only.
 */
export const AUTHORITATIVE_HOSTS: readonly string[] = [
  // Clinical guidelines and reviews
  'nice.org.uk',
  'cochranelibrary.com',
  // Peer-reviewed papers, by DOI or PubMed, or on the journal's own site
  'doi.org',
  'pubmed.ncbi.nlm.nih.gov',
  'pmc.ncbi.nlm.nih.gov',
  'psychiatryonline.org',
  'frontiersin.org',
  'journals.plos.org',
  // Public health bodies
  'nhs.uk',
  'nhs.scot',
  'hse.ie',
  'hse.gov.uk', // the UK's regulator for health at work (desk breaks, screens)
  'nih.gov',
  'samhsa.gov',
  '988lifeline.org',
  'cdc.gov',
  'who.int',
  // Professional bodies
  'apa.org',
  'societyforpsychotherapy.org',
  'babcp.com',
  'bps.org.uk',
  'coachingfederation.org',
  'coachfederation.org', // ICF's older domain, still serving its credential pages
  // A method's own primary source
  'beckinstitute.org',
  'behavioraltech.org',
  'linehaninstitute.org',
  'self-compassion.org',
  'wmbridges.com',
];

export function isAuthoritative(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return AUTHORITATIVE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** Words that make an item about crisis, self-harm or suicide. */
export const CRISIS_WORDS =
  /\b(suicid\w*|self-harm\w*|(harm|harming|hurt|hurting|kill|killing) (yourself|themselves|myself)|ending (your|their) life|crisis (lines?|centers?|counselors?)|helplines?|988)\b/gi;

/** How many separate blocks of text (paragraphs, list items) mention crisis, self-harm or suicide. */
export function crisisMentions(blocks: readonly string[]): number {
  return blocks.filter((b) => new RegExp(CRISIS_WORDS.source, 'i').test(b)).length;
}
