import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.{ts,tsx}'],
    // CSS is left out of tests unless listed: the highlight rules are, since shadow-styles.ts adopts their text.
    css: { include: [/utils\/dom\/highlights\.css/] },
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
