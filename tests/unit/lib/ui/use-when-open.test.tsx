import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import type { Session } from '@/lib/ui/session';
import { useWhenOpen } from '@/lib/ui/use-when-open';

afterEach(cleanup);

const sessionNamed = (name: string) => ({ name }) as unknown as Session;

function Probe({ session }: { session?: Session }) {
  const whenOpen = useWhenOpen(session);
  const [said, setSaid] = useState<string[]>([]);
  const act = (what: string) =>
    void whenOpen(async (s) => `${what} with ${(s as unknown as { name: string }).name}`).then((line) => setSaid((before) => [...before, line]));
  return (
    <>
      <button type="button" onClick={() => act('first')}>First</button>
      <button type="button" onClick={() => act('second')}>Second</button>
      <p data-testid="said">{said.join('; ')}</p>
    </>
  );
}

describe('useWhenOpen', () => {
  it('holds actions taken before the session opens and runs them, in order, once it does', async () => {
    const { rerender } = render(<Probe />);
    fireEvent.click(screen.getByText('First'));
    fireEvent.click(screen.getByText('Second'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.getByTestId('said').textContent).toBe('');
    rerender(<Probe session={sessionNamed('s1')} />);
    await waitFor(() => expect(screen.getByTestId('said').textContent).toBe('first with s1; second with s1'));
  });

  it('runs at once when the session is open', async () => {
    render(<Probe session={sessionNamed('s2')} />);
    fireEvent.click(screen.getByText('Second'));
    await waitFor(() => expect(screen.getByTestId('said').textContent).toBe('second with s2'));
  });
});
