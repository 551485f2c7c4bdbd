import { defineConfig } from 'wxt';
import { formatProblem } from './data/check-pack';
import { loadAndCheckPack } from './scripts/load-pack';

/**
 * Extension pages may load only their own files and connect nowhere. Only `npm run dev` (command 'serve')
 * lets them reach WXT's dev server on localhost, which reloads the extension and registers its content
 * scripts; a build never does.
 */
function extensionPagesCsp(command: string): string {
  const connect = command === 'serve' ? "'self' http://localhost:3000 ws://localhost:3000" : "'none'";
  return `default-src 'self'; script-src 'self'; object-src 'none'; connect-src ${connect}; img-src 'self' data:; base-uri 'none'; form-action 'none'`;
}

// See README.md ("Privacy") for why each manifest entry is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // CC_OUT_DIR lets parallel work build side by side (default .output/, the documented contract).
  outDir: process.env.CC_OUT_DIR ?? '.output',
  // Every dependency is imported explicitly at the top of its file.
  imports: false,
  // `npm run bench` builds with CC_SOURCEMAP=1 to attribute profile samples to source files; 'hidden' writes
  // the .map files without referencing them, so the scripts the browser runs are byte-identical.
  vite: () => ({ build: { sourcemap: process.env.CC_SOURCEMAP ? 'hidden' : false } }),
  manifest: ({ browser, command }) => ({
    name: 'Context Cards',
    description:
      'Highlights the names from a bundled news article on any page and shows what the article says about them, quoted.',
    // `scripting` with host access runs the mention engine in a frame once its prefilter saw a name, and
    // the card's renderer on first use (INJECTABLE in utils/extension/messages.ts). The host access is what
    // the `<all_urls>` content script already shows at install, so it adds no warning. No file is
    // web-accessible: pages cannot probe for one. The same access runs the capture script
    // (entrypoints/capture.ts) on the popup's "Add this page to the library", on the reader's click only.
    permissions: ['storage', 'scripting'],
    host_permissions: ['<all_urls>'],
    // The one content script: tiny (entrypoints/first-look.ts, an unlisted script, so WXT adds no context
    // or polyfill to it), with the ::highlight() rules as manifest CSS (entrypoints/content/index.css). Every
    // frame, also those without an address of their own (srcdoc, about:blank), which inherit their parent's.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
        js: ['first-look.js'],
        css: ['content-scripts/content.css'],
      },
    ],
    // Changeable at chrome://extensions/shortcuts (Firefox: about:addons → Manage Extension Shortcuts).
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next highlighted name and open its card',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous highlighted name and open its card',
      },
    },
    // Extension pages may load only their own files and may connect nowhere (README: Privacy).
    content_security_policy:
      browser === 'firefox' ? extensionPagesCsp(command) : { extension_pages: extensionPagesCsp(command) },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox 140 is the first with the CSS Custom Highlight API and data_collection_permissions.
        gecko: {
          id: 'context-cards@context-cards',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  // `npm run dev` opens Chromium on a demo page served by the dev server, with the extension loaded.
  webExt: {
    startUrls: ['http://localhost:3000/tests/fixtures/demo.html'],
    ...(process.env.CHROMIUM_PATH && { binaries: { chrome: process.env.CHROMIUM_PATH } }),
    // Chromium will not start as root (containers, CI boxes) without this; a normal user keeps the sandbox.
    ...(process.getuid?.() === 0 && { chromiumArgs: ['--no-sandbox'] }),
  },
  hooks: {
    // A broken fact pack never builds (the same checks as `npm run data:check`).
    'build:before': () => {
      const { problems } = loadAndCheckPack('data');
      if (problems.length > 0) {
        throw new Error(`The fact pack has problems:\n${problems.map((p) => formatProblem(p, 'data')).join('\n')}`);
      }
    },
  },
  zip: {
    excludeSources: ['.output/**', 'test-results/**', 'playwright-report/**', 'tests/output/**', 'bench-results/**'],
  },
});
