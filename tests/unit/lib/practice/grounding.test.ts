import { describe, expect, it } from 'vitest';
import { GROUNDING_STEPS, groundingReducer, hasNotes, initialGrounding, notesText, type GroundingAction, type GroundingState } from '@/lib/practice/grounding';

const run = (...actions: GroundingAction[]): GroundingState => actions.reduce(groundingReducer, initialGrounding());
const next: GroundingAction = { type: 'next' };
const note = (text: string): GroundingAction => ({ type: 'note', text });

describe('5-4-3-2-1 grounding', () => {
  it('has five senses, counting down from five', () => {
    expect(GROUNDING_STEPS.map((s) => `${s.count} ${s.sense}`)).toEqual(['5 see', '4 touch', '3 hear', '2 smell', '1 taste']);
  });

  it('starts at the first step with nothing written', () => {
    expect(initialGrounding()).toEqual({ step: 0, notes: ['', '', '', '', ''], skipped: [false, false, false, false, false], done: false });
  });

  it('moves one step at a time and is done after the last', () => {
    expect(run(next).step).toBe(1);
    expect(run(next, next, next, next).step).toBe(4);
    expect(run(next, next, next, next).done).toBe(false);
    expect(run(next, next, next, next, next).done).toBe(true);
  });

  it('goes back, but not before the first step', () => {
    expect(run(next, next, { type: 'back' }).step).toBe(1);
    expect(run({ type: 'back' }).step).toBe(0);
  });

  it('keeps a note per step, in memory, and going back shows it again', () => {
    const state = run(note('a window'), next, note('my sleeve'), { type: 'back' });
    expect(state.step).toBe(0);
    expect(state.notes).toEqual(['a window', 'my sleeve', '', '', '']);
    expect(hasNotes(state)).toBe(true);
    expect(hasNotes(run(note('   ')))).toBe(false);
  });

  it('skips a step (marked skipped) and un-marks it when it is done after all', () => {
    const skipped = run(next, next, next, { type: 'skip' });
    expect(skipped.step).toBe(4);
    expect(skipped.skipped).toEqual([false, false, false, true, false]);
    expect(run(next, next, next, { type: 'skip' }, { type: 'back' }, next).skipped[3]).toBe(false);
    expect(run(next, next, next, next, { type: 'skip' }).done).toBe(true);
  });

  it('finishes at any step, and then ignores everything but a restart', () => {
    const done = run(next, { type: 'finish' });
    expect(done).toMatchObject({ step: 1, done: true });
    expect(groundingReducer(done, next)).toBe(done);
    expect(groundingReducer(done, note('x'))).toBe(done);
    expect(groundingReducer(done, { type: 'restart' })).toEqual(initialGrounding());
  });

  it('writes the notes as text only when kept, leaving out empty steps', () => {
    const state = run(note('a window\nthe sky'), next, next, note('rain'));
    expect(notesText(state, '26 Nov 2026')).toBe(
      '5-4-3-2-1 grounding, 26 Nov 2026\n\nFive things you can see:\na window\nthe sky\n\nThree things you can hear:\nrain\n',
    );
  });
});
