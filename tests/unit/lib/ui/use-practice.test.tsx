import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { useBreathing, type FrameClock } from '@/lib/ui/use-breathing';
import { useGrounding } from '@/lib/ui/use-grounding';
import { usePractice } from '@/lib/ui/use-practice';
import { usePauseReminder, MISSING, REFUSED } from '@/lib/ui/use-pause-reminder';
import { BreathingPacer } from '@/components/BreathingPacer';
import { GroundingExercise } from '@/components/GroundingExercise';
import { TendDb } from '@/lib/db/schema';
import { createPracticeData } from '@/lib/db/practice';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/model';
import type { Practice } from '@/lib/content/types';
import type { Session } from '@/lib/ui/session';

afterEach(cleanup);

/** Frames and time under the test's control: `advance` moves time on and runs the pending frame. */
function fakeFrames() {
  let now = 1_000;
  let pending = new Map<number, () => void>();
  let id = 0;
  const frames: FrameClock = {
    now: () => now,
    frame: (callback) => {
      pending.set(++id, callback);
      return id;
    },
    cancelFrame: (frame) => void pending.delete(frame),
  };
  const advance = (ms: number) =>
    act(() => {
      now += ms;
      const run = [...pending.values()];
      pending = new Map();
      run.forEach((callback) => callback());
    });
  /** Time passing in a hidden tab: no frames run. */
  const hide = (ms: number) => {
    now += ms;
  };
  return { frames, advance, hide };
}

function Pacer({ frames, onFinished }: { frames: FrameClock; onFinished: (s: number) => void }) {
  const b = useBreathing(onFinished, frames);
  return (
    <>
      <BreathingPacer {...b.props} back={{ label: 'Back to the item' }} />
      <p data-testid="said">{b.announcement}</p>
    </>
  );
}

const phase = () => screen.getByTestId('pacer-phase').textContent;
const count = () => screen.getByTestId('pacer-count').textContent;

describe('useBreathing', () => {
  it('moves through the phases from elapsed time, announces only phase changes, and finishes once', async () => {
    const { frames, advance } = fakeFrames();
    const onFinished = vi.fn();
    render(<Pacer frames={frames} onFinished={onFinished} />);
    fireEvent.click(screen.getByRole('radio', { name: /Box breathing/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(phase()).toBe('Breathe in');
    expect(count()).toBe('4');
    expect(screen.getByTestId('said').textContent).toBe('Breathe in');
    await advance(1_000);
    expect(count()).toBe('3');
    expect(screen.getByTestId('said').textContent).toBe('Breathe in'); // the count is not announced
    await advance(3_000);
    expect(phase()).toBe('Hold');
    expect(screen.getByTestId('said').textContent).toBe('Hold');
    // One very late frame (a hidden tab, a busy machine) lands exactly where the time says.
    await advance(40_500); // 44.5 s: breath 3, 12.5 s in: rest, 4 left
    expect(phase()).toBe('Rest');
    expect(screen.getByText('Breath 3 of 4')).toBeTruthy();
    await advance(20_000); // past 64 s: done
    expect(screen.getByTestId('practice-end').textContent).toMatch(/^Well done/);
    expect(onFinished).toHaveBeenCalledTimes(1);
    expect(onFinished).toHaveBeenCalledWith(64);
  });

  it('pauses and resumes without losing or gaining time', async () => {
    const { frames, advance } = fakeFrames();
    render(<Pacer frames={frames} onFinished={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' })); // longer out-breath: 4 in, 6 out
    await advance(2_000);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(screen.getByTestId('said').textContent).toBe('Paused.');
    await advance(30_000);
    expect(phase()).toBe('Breathe in · paused');
    expect(count()).toBe('2');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(1_999);
    expect(phase()).toBe('Breathe in');
    await advance(1);
    expect(phase()).toBe('Breathe out');
  });

  it('catches up when a hidden tab becomes visible again', async () => {
    const { frames, hide } = fakeFrames();
    render(<Pacer frames={frames} onFinished={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    // No frames while hidden: time moves on, nothing runs until the page is shown again.
    hide(15_000);
    expect(phase()).toBe('Breathe in');
    await act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(phase()).toBe('Breathe out'); // 15 s: breath 2, 5 s in
    expect(screen.getByText('Breath 2 of 6')).toBeTruthy();
  });

  it('Stop ends it with a kind line and does not count it as finished', async () => {
    const { frames, advance } = fakeFrames();
    const onFinished = vi.fn();
    render(<Pacer frames={frames} onFinished={onFinished} />);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await advance(5_000);
    fireEvent.click(screen.getByRole('button', { name: /^Stop/ }));
    expect(screen.getByTestId('practice-end').textContent).toMatch(/Even a few slow breaths count/);
    await advance(120_000);
    expect(onFinished).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Breathe again' }));
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });
});

function Grounding({ onFinished, download }: { onFinished: (s: number) => void; download: (f: string, t: string) => void }) {
  let t = 0;
  const g = useGrounding(onFinished, { now: () => (t += 30_000), download });
  return <GroundingExercise {...g.props} back={{ label: 'Back to the item' }} />;
}

describe('useGrounding', () => {
  it('goes through the five senses, counts a finish once, and keeps notes only when asked', async () => {
    const onFinished = vi.fn();
    const download = vi.fn();
    render(<Grounding onFinished={onFinished} download={download} />);
    fireEvent.input(screen.getByRole('textbox'), { target: { value: 'a lamp' } });
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('One thing you can taste');
    expect(download).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    await waitFor(() => expect(onFinished).toHaveBeenCalledTimes(1));
    expect(onFinished.mock.calls[0]![0]).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Save my notes to a file' }));
    expect(download).toHaveBeenCalledWith(expect.stringMatching(/^tend-grounding-\d{4}-\d\d-\d\d\.txt$/), expect.stringContaining('a lamp'));
  });
});

describe('usePractice', () => {
  let counter = 0;
  const dbs: TendDb[] = [];
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });

  function Practice({ session, kind, onEscape }: { session?: Session; kind: Practice; onEscape: () => void }) {
    const p = usePractice(session, kind, onEscape);
    return kind === 'breathing' ? (
      <BreathingPacer {...p.breathing} back={{ label: 'Back' }} />
    ) : (
      <GroundingExercise {...p.grounding} back={{ label: 'Back' }} />
    );
  }

  it('Escape stops a running pacer; otherwise it hands Escape to the page', async () => {
    const onEscape = vi.fn();
    render(<Practice kind="breathing" onEscape={onEscape} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(onEscape).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(screen.getByTestId('practice-end')).toBeTruthy());
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it('logs a finished grounding in the practice table (and works without storage)', async () => {
    const db = new TendDb(`tend-use-practice-${++counter}`);
    dbs.push(db);
    const session = { data: { db } } as unknown as Session; // only the database is used
    render(<Practice session={session} kind="grounding" onEscape={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'I feel done' }));
    await waitFor(async () => expect(await createPracticeData(db).practiceLog()).toHaveLength(1));
    expect((await createPracticeData(db).practiceLog())[0]).toMatchObject({ type: 'grounding' });
    cleanup();
    render(<Practice kind="grounding" onEscape={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'I feel done' }));
    expect(screen.getByTestId('practice-end')).toBeTruthy();
  });
});

describe('usePauseReminder', () => {
  type Change = (patch: Partial<Settings>) => Promise<unknown>;
  function Options(props: { request: () => Promise<boolean>; granted: () => Promise<boolean>; initial: Settings; change: Change }) {
    const p = usePauseReminder(props.initial, props.change, { request: props.request, granted: props.granted });
    return (
      <>
        <button type="button" onClick={p.onToggle}>
          toggle
        </button>
        <p data-testid="note">{p.note}</p>
      </>
    );
  }
  const patches = (change: ReturnType<typeof vi.fn>) => change.mock.calls.map(([patch]) => patch as Partial<Settings>);

  it('turns on only once the permission is granted', async () => {
    const request = vi.fn(async () => true);
    const change = vi.fn(async () => undefined);
    render(<Options request={request} granted={async () => true} initial={DEFAULT_SETTINGS} change={change} />);
    fireEvent.click(screen.getByRole('button', { name: 'toggle' }));
    expect(request).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(patches(change)).toEqual([{ pauseReminder: { ...DEFAULT_SETTINGS.pauseReminder, on: true } }]));
  });

  it('stays off, and says so kindly, when the permission is refused', async () => {
    const change = vi.fn(async () => undefined);
    render(<Options request={async () => false} granted={async () => false} initial={DEFAULT_SETTINGS} change={change} />);
    fireEvent.click(screen.getByRole('button', { name: 'toggle' }));
    await waitFor(() => expect(screen.getByTestId('note').textContent).toBe(REFUSED));
    expect(change).not.toHaveBeenCalled();
  });

  it('turns off without asking anything, and notices an "on" setting without the permission', async () => {
    const request = vi.fn(async () => true);
    const change = vi.fn(async () => undefined);
    const on = { ...DEFAULT_SETTINGS, pauseReminder: { ...DEFAULT_SETTINGS.pauseReminder, on: true } };
    render(<Options request={request} granted={async () => false} initial={on} change={change} />);
    await waitFor(() => expect(screen.getByTestId('note').textContent).toBe(MISSING));
    fireEvent.click(screen.getByRole('button', { name: 'toggle' }));
    expect(request).not.toHaveBeenCalled();
    expect(patches(change)).toEqual([{ pauseReminder: { ...DEFAULT_SETTINGS.pauseReminder, on: false } }]);
  });
});
