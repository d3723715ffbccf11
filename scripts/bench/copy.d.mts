/** A rendered Tend page as static HTML: its module scripts, their preloads and its ready marks taken out. Throws if a module script is left. */
export function staticHtml(rendered: string): string;

/** Copies the built extension and replaces each page with what Tend rendered at its address; returns the copy's folder. */
export function writeStaticCopy(
  tend: { browser: unknown },
  tendDir: string,
  copyDir: string,
  pages: { file: string; url: string; content?: string }[],
): Promise<string>;
