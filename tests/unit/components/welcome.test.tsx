import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Welcome } from '@/components/welcome/Welcome';
import { TOPICS } from '@/lib/content/types';
import { choicesFrom } from '@/lib/welcome/choices';
import { DEFAULT_SETTINGS } from '@/lib/settings/model';

afterEach(cleanup);

function show(onDone = vi.fn(async () => undefined as string | undefined)) {
  const onSkip = vi.fn();
  render(<Welcome topics={TOPICS} initial={choicesFrom(DEFAULT_SETTINGS)} helpHref="help.html" onSkip={onSkip} onDone={onDone} />);
  return { onSkip, onDone };
}

const step = () => screen.getByText(/^Step \d of 3$/).textContent;

describe('Welcome', () => {
  it('walks three steps forward and back, then hands over every choice', async () => {
    const { onDone } = show();
    expect(step()).toBe('Step 1 of 3');
    // In the facts and in the footer.
    expect(screen.getAllByRole('link', { name: 'Get help now' }).map((a) => a.getAttribute('href'))).toEqual(['help.html', 'help.html']);
    fireEvent.click(screen.getByRole('button', { name: /Choose what you see/ }));
    expect(step()).toBe('Step 2 of 3');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sleep' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Articles' }));
    fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    // Going back keeps what was chosen.
    expect((screen.getByRole('checkbox', { name: 'Sleep' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
    expect(step()).toBe('Step 3 of 3');
    fireEvent.click(screen.getByRole('radio', { name: 'Once a day' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Soft sky' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Just the title' }));
    fireEvent.click(screen.getByRole('button', { name: /Open my first new tab/ }));
    expect(onDone).toHaveBeenCalledWith({
      topics: TOPICS.map((t) => t.id).filter((id) => id !== 'sleep'),
      kinds: 'article',
      quiet: 'title',
      cadence: 'daily',
      background: 'sky',
    });
  });

  it.each([1, 2, 3])('offers Skip at step %i', (n) => {
    const { onSkip, onDone } = show();
    if (n >= 2) fireEvent.click(screen.getByRole('button', { name: /Choose what you see/ }));
    if (n >= 3) fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
    expect(step()).toBe(`Step ${n} of 3`);
    fireEvent.click(screen.getByRole('button', { name: 'Skip, use the defaults' }));
    expect(onSkip).toHaveBeenCalledOnce();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('keeps the last topic on and says why', () => {
    render(
      <Welcome
        topics={TOPICS}
        initial={{ ...choicesFrom(DEFAULT_SETTINGS), topics: ['sleep'] }}
        helpHref="help.html"
        onSkip={vi.fn()}
        onDone={vi.fn(async () => undefined)}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Choose what you see/ }));
    expect((screen.getByRole('checkbox', { name: 'Sleep' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('At least one topic stays on.')).toBeTruthy();
  });

  it('shows why the choices were not saved and stays on the last step', async () => {
    show(vi.fn(async () => 'Your choices were not saved (disk full).'));
    fireEvent.click(screen.getByRole('button', { name: /Choose what you see/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Next/ }));
    fireEvent.click(screen.getByRole('button', { name: /Open my first new tab/ }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Your choices were not saved (disk full).'));
    expect(step()).toBe('Step 3 of 3');
  });
});
