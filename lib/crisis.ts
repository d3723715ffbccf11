// Crisis lines, bundled and offline: the one list the help page shows and the content checks read
// (tests/content/library.test.ts). docs/content-guide.md repeats it word for word; change both.
// Every entry keeps where its numbers were checked and when. `own` is false where only a secondary
// source (a government funder, a press release) could be read when it was checked: confirm those
// on the service's own page at the next review.

/** The day the list as a whole was last reviewed (shown on the help page). */
export const CRISIS_REVIEWED = '2026-12-05';

export interface Reach {
  how: 'call' | 'text';
  /** As people write it: "116 123", "1-800-799-7233". */
  number: string;
  /** Where the service asks for a first word ("text SHOUT to 85258"), it goes in the sms: body. */
  body?: string;
}

export interface Source {
  url: string;
  /** The day the numbers were compared with this page (YYYY-MM-DD). */
  checked: string;
  /** The service's own page (true), or a secondary one (false). */
  own: boolean;
}

export interface CrisisLine {
  region: string;
  service: string;
  reach: readonly Reach[];
  /** Who it is for, or how to use it; shown after the numbers. */
  note?: string;
  source?: Source;
}

const call = (number: string): Reach => ({ how: 'call', number });
const text = (number: string, body?: string): Reach => (body ? { how: 'text', number, body } : { how: 'text', number });

export const CRISIS_LINES: readonly CrisisLine[] = [
  {
    region: 'United States',
    service: '988 Suicide & Crisis Lifeline',
    reach: [call('988'), text('988')],
    source: { url: 'https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline', checked: '2026-12-05', own: false },
  },
  {
    region: 'United States',
    service: 'National Domestic Violence Hotline',
    reach: [call('1-800-799-7233'), text('88788', 'START')],
    source: { url: 'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts', checked: '2026-12-05', own: false },
  },
  { region: 'United States', service: 'Emergency', reach: [call('911')] },
  {
    region: 'Canada',
    service: '9-8-8 Suicide Crisis Helpline',
    reach: [call('988'), text('988')],
    // A press release by the 9-8-8 team itself.
    source: { url: 'https://www.newswire.ca/news-releases/just-in-case-remember-9-8-8-world-suicide-prevention-day-calls-on-canadians-to-know-save-and-share-this-vital-number-840850016.html', checked: '2026-12-05', own: true },
  },
  {
    region: 'Canada',
    service: 'Kids Help Phone',
    reach: [call('1-800-668-6868'), text('686868', 'CONNECT')],
    note: 'for young people',
    // The text line on the service's own page; the phone number in secondary sources only.
    source: { url: 'https://kidshelpphone.ca/text-about-it/', checked: '2026-12-05', own: false },
  },
  { region: 'Canada', service: 'Emergency', reach: [call('911')] },
  {
    region: 'United Kingdom',
    service: 'Samaritans',
    reach: [call('116 123')],
    note: 'free, 24/7',
    source: { url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checked: '2026-12-05', own: true },
  },
  {
    region: 'United Kingdom',
    service: 'Shout',
    reach: [text('85258', 'SHOUT')],
    source: { url: 'https://giveusashout.org/about-us/faq', checked: '2026-12-05', own: true },
  },
  {
    region: 'United Kingdom',
    service: 'Childline',
    reach: [call('0800 1111')],
    note: 'for anyone under 19',
    source: { url: 'https://www.nspcc.org.uk/', checked: '2026-12-05', own: true },
  },
  {
    region: 'United Kingdom',
    service: 'National Domestic Abuse Helpline',
    reach: [call('0808 2000 247')],
    note: 'free, 24/7',
    source: { url: 'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19', checked: '2026-12-05', own: true },
  },
  {
    region: 'United Kingdom',
    service: 'NHS 111',
    reach: [call('111')],
    note: 'in England, choose the mental health option',
    source: { url: 'https://shsc.nhs.uk/news/call-nhs-111-if-you-are-experiencing-mental-health-crisis', checked: '2026-12-05', own: true },
  },
  { region: 'United Kingdom', service: 'Emergency', reach: [call('999')] },
  {
    region: 'Ireland',
    service: 'Samaritans',
    reach: [call('116 123')],
    source: { url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/', checked: '2026-12-05', own: true },
  },
  {
    region: 'Ireland',
    service: '50808',
    reach: [text('50808')],
    note: 'free, 24/7',
    source: { url: 'https://www.irishexaminer.com/news/arid-31005605.html', checked: '2026-12-05', own: false },
  },
  { region: 'Ireland', service: 'Emergency', reach: [call('112'), call('999')] },
  {
    region: 'Australia',
    service: 'Lifeline',
    reach: [call('13 11 14'), text('0477 13 11 14')],
    // 13 11 14 on a Lifeline centre's own page; the text number from the government-funded Life in Mind.
    source: { url: 'https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7', checked: '2026-12-05', own: false },
  },
  { region: 'Australia', service: 'Emergency', reach: [call('000')] },
  {
    region: 'New Zealand',
    service: 'Need to talk (1737)',
    reach: [call('1737'), text('1737')],
    source: { url: 'https://www.pegasus.health.nz/?p=6300', checked: '2026-12-05', own: false },
  },
  { region: 'New Zealand', service: 'Emergency', reach: [call('111')] },
  { region: 'European Union', service: 'Emergency', reach: [call('112')] },
];

/** For anywhere else: a directory of free, confidential helplines by country. */
export const FIND_A_HELPLINE = 'https://findahelpline.com/';

/** The dialable form of a number: its digits (and a leading +). */
export const digits = (number: string): string => number.replace(/[^\d+]/g, '');

/** The link that calls or texts: tel:, or sms: with the first word the service asks for. */
export function reachHref(reach: Reach): string {
  const to = digits(reach.number);
  if (reach.how === 'call') return `tel:${to}`;
  return reach.body ? `sms:${to}?body=${encodeURIComponent(reach.body)}` : `sms:${to}`;
}

/** A link's words: "call 116 123", "text SHOUT to 85258". */
export const reachLabel = (reach: Reach): string =>
  reach.how === 'call' ? `call ${reach.number}` : reach.body ? `text ${reach.body} to ${reach.number}` : `text ${reach.number}`;

/** One line as text, the way the help page reads and docs/content-guide.md lists it. */
export const lineText = (line: CrisisLine): string =>
  `${line.service}: ${line.reach.map(reachLabel).join(', ')}${line.note ? ` (${line.note})` : ''}`;

/** The regions in their order, each with its lines. */
export function byRegion(lines: readonly CrisisLine[]): { region: string; lines: CrisisLine[] }[] {
  const out: { region: string; lines: CrisisLine[] }[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last?.region === line.region) last.lines.push(line);
    else out.push({ region: line.region, lines: [line] });
  }
  return out;
}
