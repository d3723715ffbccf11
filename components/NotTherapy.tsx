interface Props {
  helpHref: string;
  /** Open the help page in a new tab (the popup cannot navigate itself usefully). */
  newTab?: boolean;
}

/** The line every page carries: what Tend is not, and the way to real help. */
export function NotTherapy({ helpHref, newTab }: Props) {
  return (
    <footer class="not-therapy">
      <p>
        Tend shares general wellness information. It is not therapy or medical advice.{' '}
        <a class="help-link" href={helpHref} target={newTab ? '_blank' : undefined}>
          Get help now
        </a>
      </p>
    </footer>
  );
}
