import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { BreathingPacer, type BreathingProps } from '@/components/BreathingPacer';
import { GroundingExercise, type GroundingProps } from '@/components/GroundingExercise';
import { PracticeLauncher } from '@/components/PracticeLauncher';
import { PracticeView } from '@/components/PracticeView';
import { PauseReminderOptions } from '@/components/PauseReminderOptions';
import { ReadingLog } from '@/components/ReadingLog';
import { PATTERNS, phaseAt } from '@/lib/practice/schedule';
import { readingLog } from '@/lib/history';
import { DEFAULT_SETTINGS } from '@/lib/settings/model';

afterEach(cleanup);

const back = { label: 'Back to the item', onClick: vi.fn() };

function pacer(overrides: Partial<BreathingProps> = {}): BreathingProps {
  return {
    stage: 'setup',
    pattern: 'longer-exhale',
    minutes: 1,
    onPattern: vi.fn(),
    onMinutes: vi.fn(),
    onStart: vi.fn(),
    paused: false,
    onPause: vi.fn(),
    onResume: vi.fn(),
    onStop: vi.fn(),
    endLine: 'Well done.',
    onAgain: vi.fn(),
    ...overrides,
  };
}

function grounding(overrides: Partial<GroundingProps> = {}): GroundingProps {
  return {
    step: 0,
    note: '',
    done: false,
    endLine: 'You are here.',
    onNote: vi.fn(),
    onNext: vi.fn(),
    onBack: vi.fn(),
    onSkip: vi.fn(),
    onFinish: vi.fn(),
    onAgain: vi.fn(),
    ...overrides,
  };
}

describe('BreathingPacer', () => {
  it('setup: a pattern and a length as labelled radio groups, then Start', () => {
    const props = pacer();
    render(<BreathingPacer {...props} back={back} />);
    const patterns = screen.getByRole('group', { name: 'Pattern' });
    expect([...patterns.querySelectorAll('input')].map((i) => i.value)).toEqual(['box', 'longer-exhale', '4-7-8']);
    expect((screen.getByRole('radio', { name: /Longer out-breath/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /Box breathing/ }));
    expect(props.onPattern).toHaveBeenCalledWith('box');
    fireEvent.click(screen.getByRole('radio', { name: '3 minutes' }));
    expect(props.onMinutes).toHaveBeenCalledWith(3);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(props.onStart).toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });

  it('running: the phase in words, the count, the breath, and the shape in that phase', () => {
    const view = phaseAt(PATTERNS.box, 5_200, 1); // hold, 3 s left, breath 1 of 4
    const props = pacer({ stage: 'running', view });
    render(<BreathingPacer {...props} back={back} />);
    expect(screen.getByTestId('pacer-phase').textContent).toBe('Hold');
    expect(screen.getByTestId('pacer-count').textContent).toBe('3');
    expect(screen.getByText('Breath 1 of 4')).toBeTruthy();
    const shape = screen.getByTestId('pacer-shape');
    expect(shape.className).toContain('pacer__shape--hold');
    expect(shape.closest('[aria-hidden="true"]')).not.toBeNull(); // the shape is decoration; the words say it all
    // Keyboard: focus starts on Pause.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Pause' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(props.onPause).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /^Stop/ }));
    expect(props.onStop).toHaveBeenCalled();
  });

  it('running, paused: says so, offers Resume, and holds the shape still', () => {
    const props = pacer({ stage: 'running', view: phaseAt(PATTERNS.box, 1_000, 1), paused: true });
    render(<BreathingPacer {...props} back={back} />);
    expect(screen.getByTestId('pacer-phase').textContent).toBe('Breathe in · paused');
    expect(screen.getByTestId('pacer-shape').className).toContain('pacer__shape--paused');
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    expect(props.onResume).toHaveBeenCalled();
  });

  it('starts the phase’s animation where the phase really is, for its length', () => {
    const view = phaseAt(PATTERNS['4-7-8'], 13_500, 1); // exhale (8 s), 2.5 s in
    render(<BreathingPacer {...pacer({ stage: 'running', view })} back={back} />);
    const shape = screen.getByTestId('pacer-shape');
    expect(shape.className).toContain('pacer__shape--exhale');
    expect(shape.style.animationDuration).toBe('8s');
    expect(shape.style.animationDelay).toBe('-2.5s');
  });

  it('end: the kind line, the way back, and Breathe again', () => {
    const props = pacer({ stage: 'end', endLine: 'Even a few slow breaths count.' });
    render(<BreathingPacer {...props} back={back} />);
    expect(screen.getByTestId('practice-end').textContent).toBe('Even a few slow breaths count.');
    fireEvent.click(screen.getByRole('button', { name: 'Back to the item' }));
    expect(back.onClick).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Breathe again' }));
    expect(props.onAgain).toHaveBeenCalled();
  });

  it('a way back can be a link to a page (the practice page)', () => {
    render(<BreathingPacer {...pacer({ stage: 'end' })} back={{ label: 'Go to today’s item', href: 'newtab.html' }} />);
    expect(screen.getByRole('link', { name: 'Go to today’s item' }).getAttribute('href')).toBe('newtab.html');
  });
});

describe('the shape under reduced motion (practice.css)', () => {
  const css = readFileSync('components/styles/practice.css', 'utf8');
  const rules = (selector: RegExp) => css.split('\n').filter((line) => selector.test(line));

  it('does not move when the system asks for less motion, nor under Tend’s own setting', () => {
    expect(css).toMatch(/@media \(prefers-reduced-motion: reduce\) \{\s*\.pacer__shape \{[^}]*animation: none !important[^}]*transform: scale\(0\.8\) !important/);
    expect(rules(/^:root\[data-motion='reduced'\] \.pacer__shape/).join('')).toMatch(/animation: none !important.*transform: scale\(0\.8\) !important/);
  });
});

describe('GroundingExercise', () => {
  it('shows one step at a time, with an optional, unsaved place to jot', () => {
    const props = grounding({ step: 1, note: 'my sleeve' });
    render(<GroundingExercise {...props} back={back} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Four things you can touch');
    expect(screen.getByText(/step 2 of 5/)).toBeTruthy();
    const box = screen.getByRole('textbox', { name: /Jot them down/ }) as HTMLTextAreaElement;
    expect(box.value).toBe('my sleeve');
    expect(screen.getByText(/Nothing you write here is saved/)).toBeTruthy();
    fireEvent.input(box, { target: { value: 'the desk' } });
    expect(props.onNote).toHaveBeenCalledWith('the desk');
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: 'I feel done' }));
    expect([props.onNext, props.onSkip, props.onBack, props.onFinish].map((f) => (f as ReturnType<typeof vi.fn>).mock.calls.length)).toEqual([1, 1, 1, 1]);
  });

  it('cannot go back from the first step; the last step finishes', () => {
    const { unmount } = render(<GroundingExercise {...grounding({ step: 0 })} back={back} />);
    expect((screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement).disabled).toBe(true);
    unmount();
    render(<GroundingExercise {...grounding({ step: 4 })} back={back} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('One thing you can taste');
    expect(screen.getByRole('button', { name: 'Finish' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'I feel done' })).toBeNull();
  });

  it('moves focus to each new step’s heading', () => {
    const { rerender } = render(<GroundingExercise {...grounding({ step: 0 })} back={back} />);
    rerender(<GroundingExercise {...grounding({ step: 1 })} back={back} />);
    expect(document.activeElement?.textContent).toBe('Four things you can touch');
  });

  it('ends kindly, offering to keep the notes only when there are some', () => {
    const onKeep = vi.fn();
    const { unmount } = render(<GroundingExercise {...grounding({ done: true, onKeep })} back={back} />);
    expect(screen.getByTestId('practice-end').textContent).toBe('You are here.');
    fireEvent.click(screen.getByRole('button', { name: 'Save my notes to a file' }));
    expect(onKeep).toHaveBeenCalled();
    unmount();
    render(<GroundingExercise {...grounding({ done: true })} back={back} />);
    expect(screen.queryByRole('button', { name: 'Save my notes to a file' })).toBeNull();
  });
});

describe('PracticeLauncher and PracticeView', () => {
  it('offers both practices, the tip’s own first as the main button', () => {
    const onBreathe = vi.fn();
    const onGround = vi.fn();
    const { rerender } = render(<PracticeLauncher onBreathe={onBreathe} onGround={onGround} keys />);
    fireEvent.click(screen.getByRole('button', { name: 'Breathe for a minute' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ground yourself (5-4-3-2-1)' }));
    expect([onBreathe.mock.calls.length, onGround.mock.calls.length]).toEqual([1, 1]);
    expect(screen.getByRole('button', { name: 'Breathe for a minute' }).querySelector('kbd')?.textContent).toBe('B');
    expect(screen.queryByText(/something to try/)).toBeNull();
    rerender(<PracticeLauncher suggested="grounding" onBreathe={onBreathe} onGround={onGround} />);
    expect(screen.getByText(/something to try/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ground yourself (5-4-3-2-1)' }).className).toContain('button--primary');
    expect(screen.getByRole('button', { name: 'Breathe for a minute' }).className).not.toContain('button--primary');
  });

  it('shows the practice asked for', () => {
    const { rerender } = render(<PracticeView kind="breathing" breathing={pacer()} grounding={grounding()} back={back} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A breathing pause');
    rerender(<PracticeView kind="grounding" breathing={pacer()} grounding={grounding()} back={back} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Five things you can see');
  });
});

describe('PauseReminderOptions', () => {
  const reminder = DEFAULT_SETTINGS.pauseReminder;

  it('is off by default and asks (through onToggle) before turning on; the box changes only once allowed', () => {
    const onToggle = vi.fn();
    render(<PauseReminderOptions reminder={reminder} onToggle={onToggle} onChange={vi.fn()} />);
    const box = screen.getByRole('switch', { name: /suggest a one-minute pause/ }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    expect(screen.queryByRole('group', { name: 'Only between' })).toBeNull();
    fireEvent.click(box);
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(box.checked).toBe(false);
  });

  it('when on: how often, and between which local hours (a window may cross midnight)', () => {
    const onChange = vi.fn();
    render(<PauseReminderOptions reminder={{ ...reminder, on: true }} onToggle={vi.fn()} onChange={onChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Every 4 hours' }));
    expect(onChange).toHaveBeenLastCalledWith({ everyHours: 4 });
    fireEvent.change(screen.getByRole('combobox', { name: /From/ }), { target: { value: '22' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: 22 });
    fireEvent.change(screen.getByRole('combobox', { name: /until/ }), { target: { value: '2' } });
    expect(onChange).toHaveBeenLastCalledWith({ to: 2 });
    // The same hour at both ends cannot be chosen.
    const until = screen.getByRole('combobox', { name: /until/ }) as HTMLSelectElement;
    expect([...until.options].find((o) => o.value === '9')?.disabled).toBe(true);
  });

  it('says kindly why it is off', () => {
    render(<PauseReminderOptions reminder={reminder} note="Tend was not allowed." onToggle={vi.fn()} onChange={vi.fn()} />);
    expect(screen.getByTestId('pause-note').textContent).toBe('Tend was not allowed.');
  });
});

describe('ReadingLog with practice', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');
  const log = readingLog([{ itemId: 'x', at: now - 1000 }], () => 'stress', now, 'UTC');

  it('adds this week’s calm minutes, gently', () => {
    render(<ReadingLog log={log} practice={{ count: 2, minutes: 3 }} />);
    expect(screen.getByTestId('practice-week').textContent).toBe('You took 3 calm minutes this week (2 practices).');
  });

  it('invites kindly when there were none, and says nothing about practice when it is not known', () => {
    const { unmount } = render(<ReadingLog log={log} practice={{ count: 0, minutes: 0 }} />);
    expect(screen.getByTestId('practice-week').textContent).toMatch(/whenever you want/);
    unmount();
    render(<ReadingLog log={log} />);
    expect(screen.queryByTestId('practice-week')).toBeNull();
  });
});
