import type { ComponentChildren } from 'preact';
import type { ArticleBody, Card } from '../lib/content/types';
import { cardMeta } from '../lib/format';
import { RichText } from './RichText';

interface Props {
  card: Card;
  /** The body, or undefined while it loads. */
  article?: ArticleBody;
  helpHref: string;
  /** Actions (save, mark read, back) shown after the text. */
  children?: ComponentChildren;
}

/** The comfortable reading view of one article. */
export function ArticleView({ card, article, helpHref, children }: Props) {
  return (
    <article class="reader" aria-labelledby="item-title" aria-busy={article ? undefined : true}>
      <p class="item__meta">{cardMeta(card)}</p>
      <h1 class="reader__title" id="item-title" data-testid="item-title">
        {card.title}
      </h1>
      {article ? (
        <>
          <RichText blocks={article.body} helpHref={helpHref} />
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
      {children}
    </article>
  );
}
