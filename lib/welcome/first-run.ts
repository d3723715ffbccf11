// The first run: whether a new tab shows the welcome. Pure, and tiny: every new tab asks it once
// its data has loaded (lib/welcome/decide.ts); what the welcome changes is in choices.ts.

/** Stored once the welcome was finished or skipped, or once a profile turned out to be in use. */
export const WELCOMED = 'done';

/**
 * The welcome shows only on a fresh install: no "done" flag, and nothing Tend stored before this
 * tab (no item shown, saved or read, no practice). Someone upgrading has all of that, so never
 * sees it; someone who closed it half-way has this tab's view recorded, so never sees it again.
 */
export function shouldWelcome(flag: unknown, hadData: boolean): boolean {
  return flag !== WELCOMED && !hadData;
}
