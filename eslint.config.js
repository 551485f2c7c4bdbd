import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports flow one way: data → utils → utils/dom, components → entrypoints (STYLE.md). */
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.output-*/',
      '.wxt/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/output/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  layer(['data/**'], ['@/utils/*', '@/components/*', '@/entrypoints/*', 'wxt/*'], 'data/ is the bottom layer.'),
  layer(['utils/**'], ['@/components/*', '@/entrypoints/*'], 'utils/ must not depend on components/ or entrypoints/.'),
  layer(
    ['utils/*.ts', 'utils/match/**', 'utils/library/**'],
    ['@/utils/dom/*', '@/utils/extension/*', 'wxt/*', 'webextension-polyfill'],
    'The pure layer has no DOM adapters and no browser.* calls.',
  ),
  // compromise (~120 KB gzip) loads only on the library page: never in the every-page content script.
  layer(
    ['entrypoints/content/**', 'entrypoints/card-ui.ts', 'utils/dom/**', 'components/Card.tsx', 'components/card/**'],
    ['compromise', 'compromise/*', '@/utils/library/propose-names'],
    'compromise belongs to the library page only (utils/library/propose-names.ts).',
  ),
  layer(
    ['components/**'],
    ['@/entrypoints/*', '@/utils/extension/*', 'wxt/*', 'webextension-polyfill'],
    'Components take props and call callbacks: no browser.* here.',
  ),
);
