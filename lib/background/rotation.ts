// The background's part of the rotation. A new tab that is only being looked at asks it to record
// the item shown and to choose the next, so every such tab shares this one connection and none
// loads the database itself. Opened on the first request and kept while the background lives.
import type { TendData } from '../db/tend-data';
import { createChooser, type Chooser } from '../feed';
import { openCatalog } from '../content/catalog';
import type { ShownReply, ShownRequest } from '../shown';

export interface Rotation {
  data: TendData;
  chooser: Chooser;
}

/** Answers a new tab. Any failure is `ok: false`: the page then does the work itself and says what is wrong. */
export async function answerShown(open: () => Promise<Rotation>, request: ShownRequest): Promise<ShownReply> {
  try {
    const { data, chooser } = await open();
    const record = await data.recordShown(request.id, request.at);
    const marks = { saved: record.savedAt !== undefined, read: record.readAt !== undefined };
    if (!request.prepare) return { ok: true, ...marks };
    const { upcoming, pickMs } = await chooser.choose();
    return { ok: true, ...marks, ...(upcoming && { next: upcoming }), ...(pickMs !== undefined && { pickMs }) };
  } catch (error) {
    console.warn('Tend: the background could not record the new tab; the page will', error);
    return { ok: false };
  }
}

/**
 * Opens the rotation on first use and keeps it. A failed open is tried again on the next request,
 * and so is one whose connection went away (`gone`: a newer schema opened elsewhere).
 */
export function keepRotation(open: (gone: () => void) => Promise<Rotation>): () => Promise<Rotation> {
  let current: Promise<Rotation> | undefined;
  const forget = () => {
    current = undefined;
  };
  return () =>
    (current ??= open(forget).catch((error: unknown) => {
      forget();
      throw error;
    }));
}

/** The rotation over the real database, catalog index and synced settings. */
export async function openRotation(gone: () => void): Promise<Rotation> {
  const [catalog, { followSettings }, { connect }] = await Promise.all([openCatalog(false), import('../settings/store'), import('../db/instance')]);
  const settings = await followSettings();
  const data = connect(undefined, () => {
    settings.stop();
    gone();
  });
  await data.db.open();
  const chooser = createChooser({ data, catalog, settings: settings.now, now: Date.now, random: Math.random });
  return { data, chooser };
}
