/** What the last sync round said, kept for the options page. */
export interface SyncReport {
  at: number;
  /** What did not fit, in words; absent when everything is synced. */
  notSynced?: string;
  /** Something went wrong, in words (nothing was changed). */
  problem?: string;
  /** The last problem a round had, kept after later rounds went well, so a message seen by no one is not lost. */
  lastProblem?: { at: number; text: string };
}
