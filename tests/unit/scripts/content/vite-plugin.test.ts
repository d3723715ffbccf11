import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Plugin, ResolvedConfig } from 'vite';
import { cards as allCards } from 'virtual:tend-catalog';
import { tendContent } from '@/scripts/content/vite-plugin';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const call = (hook: Plugin['load'] | Plugin['configResolved'], self: unknown, ...args: unknown[]) => (hook as Hook).call(self, ...args);

/** The plugin's module `name` as a build (`command: 'build'`) or the dev server and tests make it, and the files it emitted. */
function moduleOf(name: string, command: 'build' | 'serve') {
  const plugin = tendContent();
  const emitted = new Map<string, string>();
  call(plugin.configResolved, plugin, { command } as ResolvedConfig);
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
    emitFile: ({ fileName, source }: { fileName: string; source: string }) => void emitted.set(fileName, source),
  };
  const code = call(plugin.load, context, `\0virtual:tend-${name}`) as string;
  return { code, emitted };
}

/** Runs a module's source as a module of its own. */
const run = (code: string): Promise<{ cards: unknown }> => import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

afterEach(() => vi.unstubAllGlobals());

describe('the content plugin', () => {
  const stress = allCards.filter((c) => c.topics[0] === 'stress');

  it('builds each topic\'s cards as a file of the package that its module fetches, not as a string in the module', async () => {
    const { code, emitted } = moduleOf('cards/stress', 'build');
    expect([...emitted.keys()]).toEqual(['library/stress.json']);
    expect(JSON.parse(emitted.get('library/stress.json')!)).toEqual(stress);
    expect(code).not.toContain(stress[0]!.title);
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (fetched.push(url), new Response(emitted.get(url.slice(1)) ?? '', { status: emitted.has(url.slice(1)) ? 200 : 404 })));
    expect((await run(code)).cards).toEqual(stress);
    expect(fetched).toEqual(['/library/stress.json']);
  });

  it('fails to load, saying which file, when the file cannot be read', async () => {
    const { code } = moduleOf('cards/sleep', 'build');
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(run(code)).rejects.toThrow("Tend: could not load the library's library/sleep.json (404)");
  });

  it('keeps the cards in the module outside a build (tests, the dev server)', async () => {
    const { code, emitted } = moduleOf('cards/stress', 'serve');
    expect(emitted.size).toBe(0);
    expect((await run(code)).cards).toEqual(stress);
  });
});
