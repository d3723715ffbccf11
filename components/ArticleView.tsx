import type { ComponentChildren } from 'preact';
import type { ArticleBody, Card } from '../lib/content/types';
import { cardMeta } from '../lib/format';
import { RichText } from './RichText';

interface Props {
  card: Card;
  /** The body, or undefined while it loads. */
  article?: ArticleBody;
  helpHref: string;
  /** The end block's actions (Save, Mark read, Next, Back): no way to open the article being read. */
  children?: ComponentChildren;
}

/**
 * The comfortable reading view of one article: kicker, title (focusable, so opening the reader can
 * move focus to it), the excerpt as a lede, the body, an end block with the actions, then sources.
 */
export function ArticleView({ card, article, helpHref, children }: Props) {
  return (
    <article class="reader" aria-labelledby="item-title" aria-busy={article ? undefined : true}>
      <p class="item__meta kicker">{cardMeta(card)}</p>
      <h1 class="reader__title" id="item-title" data-testid="item-title" tabIndex={-1}>
        {card.title}
      </h1>
      <div class="reader__lede">
        <RichText blocks={card.summary} helpHref={helpHref} />
      </div>
      <hr class="reader__rule" />
      {article ? (
        <>
          <div class="reader__body">
            <RichText blocks={article.body} helpHref={helpHref} />
          </div>
          <section class="reader__end" aria-label="End of the article">
            <p class="reader__end-line">You reached the end.</p>
            {children}
          </section>
          <section class="reader__sources" aria-labelledby="sources-heading">
            <h2 id="sources-heading">Sources</h2>
            <ul>
              {article.sources.map((s) => (
                <li key={s.url}>
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                  </a>{' '}
                  ({s.publisher})
                </li>
              ))}
            </ul>
            <p class="reader__reviewed">Last reviewed {article.reviewed}.</p>
          </section>
        </>
      ) : (
        <p class="muted">Opening the article…</p>
      )}
    </article>
  );
}
