// The lint rules that guard the architecture actually fire (a rule that never fires guards nothing).
// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

async function messages(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

// ESLint with type-aware config is slow to start on a busy machine.
describe('lint rules', { timeout: 30_000 }, () => {
  it('forbid components from importing the browser API or the database', async () => {
    const found = await messages(
      "import Dexie from 'dexie';\nimport { browser } from 'wxt/browser';\nimport { tendData } from '../lib/db/instance';\nexport const x = [Dexie, browser, tendData];\n",
      'components/Fixture.tsx',
    );
    expect(found.filter((m) => /restricted/.test(m))).toHaveLength(3);
  });

  it('forbid HTML string sinks and code from strings everywhere', async () => {
    const found = await messages(
      "export function f(el: HTMLElement, s: string) {\n  el.innerHTML = s;\n  el.insertAdjacentHTML('beforeend', s);\n  return new Function(s);\n}\n",
      'lib/fixture.ts',
    );
    expect(found).toEqual([
      'No HTML string sinks: render data as elements.',
      'No HTML string sinks: render data as elements.',
      'No new Function: no code from strings.',
    ]);
  });

  it('let lib/ use the database', async () => {
    expect(await messages("import Dexie from 'dexie';\nexport const x = Dexie;\n", 'lib/fixture.ts')).toEqual([]);
  });
});
