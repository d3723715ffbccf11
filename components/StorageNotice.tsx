export interface StorageNoticeProps {
  /** What happened to the browser's storage, and what it means for the person's data. */
  message: string;
  /** One thing the person can do about it (e.g. export their data). */
  action?: { label: string; href: string };
  /** Open the action in a new tab (the popup cannot navigate itself usefully). */
  newTab?: boolean;
}

/** A calm, page-level note about storage (update failed, waiting on other tabs, disk full). */
export function StorageNotice({ message, action, newTab }: StorageNoticeProps) {
  return (
    <div class="notice notice--warn storage-notice" data-testid="storage-notice">
      <span>{message}</span>
      {action && (
        <a class="button button--small" href={action.href} target={newTab ? '_blank' : undefined}>
          {action.label}
        </a>
      )}
    </div>
  );
}
