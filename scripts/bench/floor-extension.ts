/**
 * The floor of any highlighter (issue 11): a minimal extension whose content script walks the body's text
 * nodes, runs one combined pattern of the same aliases over each, and registers one StaticRange per hit in a
 * Highlight. No settings, no observers, no windowing. Like ours it runs in every frame (about:blank too), so
 * both pay for the same frames. Written to a temporary directory for each benchmark run, never into the project.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The User Timing measure the floor records in each frame, so the benchmark can see what it found. */
export const FLOOR_MEASURE = 'context-cards-bench-floor:scan';

/** `regexSource` is a `new RegExp(source, 'g')` pattern of every alias (markjs-regex.ts). */
export function writeFloorExtension(regexSource: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'context-cards-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Minimal highlighter (benchmark floor)',
    version: '1.0.0',
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        js: ['content.js'],
        css: ['content.css'],
      },
    ],
  };
  const script = `(() => {
  const start = performance.now();
  const body = document.body;
  if (!body) return;
  const pattern = new RegExp(${JSON.stringify(regexSource)}, 'g');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const ranges = [];
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    chars += text.length;
    pattern.lastIndex = 0;
    for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) {
      const end = hit.index + hit[0].length;
      ranges.push(new StaticRange({ startContainer: node, startOffset: hit.index, endContainer: node, endOffset: end }));
    }
  }
  CSS.highlights.set('bench-floor-mention', new Highlight(...ranges));
  performance.measure(${JSON.stringify(FLOOR_MEASURE)}, { start, detail: { chars, mentions: ranges.length } });
})();
`;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), script);
  writeFileSync(join(dir, 'content.css'), '::highlight(bench-floor-mention) { text-decoration: underline dotted; }\n');
  return dir;
}
