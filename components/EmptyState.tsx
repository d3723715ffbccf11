import type { ComponentChildren } from 'preact';

interface Props {
  /** One serif line. */
  title: string;
  children?: ComponentChildren;
  testId?: string;
}

/** A still sprout, one line and one sentence: how an empty page greets a person (never a warning). */
export function EmptyState({ title, children, testId }: Props) {
  return (
    <div class="empty-state" data-testid={testId}>
      <svg class="empty-state__glyph" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true" focusable="false">
        <path d="M24 42V24" />
        <path d="M24 26c0-7-5-12-13-12 0 7 5 12 13 12Z" />
        <path d="M24 22c0-6 4-11 12-11 0 6-4 11-12 11Z" />
      </svg>
      <h2 class="empty-state__title">{title}</h2>
      {children}
    </div>
  );
}
