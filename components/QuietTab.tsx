import type { QuietMode } from '../lib/settings/model';

interface Props {
  mode: Exclude<QuietMode, 'off'>;
  title?: string;
  helpHref: string;
  onReveal: () => void;
}

/** The calm new tab: only the item's title, or only a small mark, with a way to see more. */
export function QuietTab({ mode, title, helpHref, onReveal }: Props) {
  return (
    <main class="quiet" id="main">
      {mode === 'title' && title ? (
        <h1 class="quiet__title" data-testid="item-title" elementtiming="item-title">
          {title}
        </h1>
      ) : (
        <h1 class="quiet__mark">
          <img src="/icon/48.png" width={24} height={24} alt="" />
          <span class="visually-hidden">Tend</span>
        </h1>
      )}
      <button type="button" class="button button--quiet" onClick={onReveal}>
        {mode === 'title' ? 'Show more' : "Show today's item"}
      </button>
      <a class="quiet__help" href={helpHref}>
        Get help now
      </a>
    </main>
  );
}
