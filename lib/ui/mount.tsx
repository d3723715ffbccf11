import { render, type VNode } from 'preact';

/** Renders a page's root into its #app element (every page's index.html has one). */
export function mount(root: VNode): void {
  const host = document.getElementById('app');
  if (!host) throw new Error('Tend: this page has no #app element');
  render(root, host);
}
