// What to tell the person about each storage problem (lib/db/errors.ts names them). Pages show
// these; none of them loses data (reliability cases 3, 5, 12 and 13). Loaded only when a problem
// occurs on the new tab and the popup: most visits never show one.
import type { StorageProblem } from './errors';

export interface StorageMessages {
  /** A page-level notice (for problems the person should know about, or can act on). */
  notice?: string;
  /** Why save and read are off, next to those controls (only while they are off). */
  off?: string;
}

export const STORAGE_MESSAGES: Record<StorageProblem, StorageMessages> = {
  'upgrade-failed': {
    notice:
      'Tend could not update its storage; your data is safe. Your reading list and history are kept as they were. ' +
      'Tend tries the update again the next time you open it.',
    off: 'Saving and reading history are off until Tend can update its storage.',
  },
  blocked: {
    notice:
      'Tend is updating its storage, and another Tend tab is holding on to it. Please close your other Tend tabs ' +
      '(new tabs, the reading list, options); this page finishes the update as soon as they are closed.',
    off: 'Saving waits until the update finishes.',
  },
  quota: {
    notice:
      'Your browser is out of storage space, so that change was not saved; nothing was half-saved. ' +
      'Freeing some disk space fixes it. To be safe, export your data now.',
  },
  unavailable: {
    off: 'Saving and reading history are off: Tend could not open its storage in this browser.',
  },
};

/** What a page that can only show one line says (the notice when there is one). */
export const pageMessage = (problem: StorageProblem): string => STORAGE_MESSAGES[problem].notice ?? STORAGE_MESSAGES[problem].off ?? '';
