interface Props {
  helpHref: string;
  privacyHref: string;
  version: string;
  onReset: () => void;
}

/** What Tend is, where help is, and a way back to the default settings. */
export function AboutOptions({ helpHref, privacyHref, version, onReset }: Props) {
  return (
    <div class="set-group">
      <div class="set-row">
        <div class="set-row__text">
          <span class="set-row__label">Tend {version}</span>
          <p class="set-row__help">
            Short, kind reading on every new tab. Not therapy or medical advice. <a href={helpHref}>Get help now</a>
          </p>
          <p class="set-row__help">
            <a href={privacyHref}>Privacy policy</a>: what Tend stores, where, and how to export or delete it.
          </p>
        </div>
      </div>
      <div class="set-row">
        <div class="set-row__text">
          <span class="set-row__label">Reset to defaults</span>
          <p class="set-row__help">Every setting goes back to how Tend started. Your saved items and history stay.</p>
        </div>
        <div class="set-row__control">
          <button type="button" class="button button--ghost" onClick={onReset}>
            Reset to defaults…
          </button>
        </div>
      </div>
    </div>
  );
}
