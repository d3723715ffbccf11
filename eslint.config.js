// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Sinks that turn strings into markup or code: content and imported data must never reach them. */
const htmlSinks = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'No HTML string sinks: render data as elements.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No HTML string sinks: render data as elements.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render data as elements.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No new Function: no code from strings.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.bench/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  { ignores: ['tests/fixtures/builds/**'] }, // shipped builds kept as they were (scripts/release-fixture.mjs)
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      'no-restricted-syntax': ['error', ...htmlSinks],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Tests may assert presence with `!` after checking it.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Components are presentational: no browser API, no database.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: 'Components get platform abilities as props.' },
            { name: '#imports', message: 'Components get platform abilities as props.' },
            { name: 'webextension-polyfill', message: 'Components get platform abilities as props.' },
            { name: 'dexie', message: 'Components never touch the database.' },
          ],
          patterns: [
            { group: ['**/lib/db', '**/lib/db/**', '@/lib/db/**', '**/lib/session', '**/lib/ui/**'], message: 'Components never touch the database: take props, call callbacks.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'Components get platform abilities as props.' },
        { name: 'browser', message: 'Components get platform abilities as props.' },
        { name: 'indexedDB', message: 'Components never touch the database.' },
        { name: 'localStorage', message: 'Components get state as props.' },
      ],
    },
  },
  {
    // Node scripts whose functions also run inside pages (page.evaluate, init scripts).
    files: ['scripts/**', 'tests/e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
