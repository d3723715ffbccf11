import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render } from '@testing-library/preact';
import { useScrollToHash } from '@/lib/ui/use-scroll-to-hash';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  location.hash = '';
});

function Page({ ready }: { ready: boolean }) {
  useScrollToHash(ready);
  return ready ? <h2 id="data-heading">Your data</h2> : <p>Loading</p>;
}

describe('useScrollToHash', () => {
  it('scrolls to the #fragment only once the content is in place (case 12: "Export your data" lands on it)', () => {
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    location.hash = '#data-heading';
    const { rerender } = render(<Page ready={false} />);
    expect(scrolled).not.toHaveBeenCalled();
    rerender(<Page ready />);
    expect(scrolled).toHaveBeenCalledTimes(1);
    expect(scrolled.mock.contexts[0]).toHaveProperty('id', 'data-heading');
  });

  it('does nothing without a fragment, or when it names nothing', () => {
    const scrolled = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    render(<Page ready />);
    cleanup();
    location.hash = '#no-such-section';
    render(<Page ready />);
    expect(scrolled).not.toHaveBeenCalled();
  });
});
