import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  /** One sentence, and at most one action. */
  children: ComponentChildren;
  testId?: string;
}

/** A still sprout, one serif line and one sentence: what an empty list says. */
export function EmptyState({ title, children, testId }: Props) {
  return (
    <div class="empty-state" data-testid={testId}>
      <svg viewBox="0 0 48 48" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
        <path d="M24 42V22" />
        <path d="M24 26c0-7-5-11-13-11 0 7 5 11 13 11Z" />
        <path d="M24 22c0-7 5-12 13-12 0 8-5 12-13 12Z" />
      </svg>
      <h2>{title}</h2>
      {children}
    </div>
  );
}
