// Crisis lines, bundled and offline, exactly as in docs/content-guide.md (change both together).
export const CRISIS_REVIEWED = '2026-11-26';

export interface CrisisLine {
  region: string;
  line: string;
  /** Numbers to make tappable as tel: links. */
  call?: string[];
}

export const CRISIS_LINES: readonly CrisisLine[] = [
  { region: 'United States', line: '988 Suicide & Crisis Lifeline: call or text 988; emergency 911', call: ['988', '911'] },
  { region: 'Canada', line: '9-8-8 Suicide Crisis Helpline: call or text 988; emergency 911', call: ['988', '911'] },
  { region: 'United Kingdom', line: 'Samaritans: call 116 123 (free, 24/7); NHS 111; emergency 999', call: ['116123', '111', '999'] },
  { region: 'Ireland', line: 'Samaritans: call 116 123; emergency 112 or 999', call: ['116123', '112', '999'] },
  { region: 'Australia', line: 'Lifeline: 13 11 14; emergency 000', call: ['131114', '000'] },
  { region: 'New Zealand', line: 'Need to talk? call or text 1737; emergency 111', call: ['1737', '111'] },
  { region: 'European Union', line: 'emergency 112', call: ['112'] },
  { region: 'Elsewhere', line: 'findahelpline.com lists free, confidential helplines by country' },
];
