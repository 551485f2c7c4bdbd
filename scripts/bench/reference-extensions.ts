/**
 * Reference highlighters between the floor and ours (issue 11): what parts of our design cost on their own,
 * measured in the same page loads as ours and the floor. Each is the floor's content script (walk the
 * body's text nodes, one StaticRange per hit, one Highlight) with one thing of ours added:
 * - `floor + settings read`: the floor's pattern, run after one `chrome.storage.local.get`, the read any
 *   highlighter that honours a reader's settings makes on each page (it also wakes the extension API's
 *   bindings in the frame, which the floor never touches);
 * - `our matcher`: our matcher (utils/match, every guard) over each text node, its data in the script;
 * - `our matcher + settings read`: the same, its data and a site rule read from storage in one call, as the
 *   least any script of ours must do.
 * None has our block reading (names across inline elements), skip rules, shadow roots, observers, windowing,
 * index, cards or messaging. Written to temporary directories for each benchmark run, never into the project.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { repoRoot } from '../../tests/e2e/static-server';
import { compileMatcherData, type MatcherData } from '../../utils/match/matcher-data';

export interface ReferenceExtension {
  name: string;
  dir: string;
  /** The User Timing measure its content script records in each frame, with `detail.mentions`. */
  measure: string;
}

const STORAGE_KEY = 'reference';

/**
 * The floor's walk (floor-extension.ts) around `find(text)`, which returns [start, end, start, end…]; the
 * page's highlights registered under `name`, the measure recorded under `measure`.
 */
function walkSource(name: string, measure: string): string {
  return `function walk(find, start) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const ranges = [];
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    chars += text.length;
    const hits = find(text);
    for (let i = 0; i < hits.length; i += 2)
      ranges.push(new StaticRange({ startContainer: node, startOffset: hits[i], endContainer: node, endOffset: hits[i + 1] }));
  }
  CSS.highlights.set(${JSON.stringify(name)}, new Highlight(...ranges));
  performance.measure(${JSON.stringify(measure)}, { start, detail: { chars, mentions: ranges.length } });
}`;
}

/** `find` from the floor's combined pattern. */
function patternFind(regexSource: string): string {
  return `const pattern = new RegExp(${JSON.stringify(regexSource)}, 'g');
function find(text) {
  const hits = [];
  pattern.lastIndex = 0;
  for (let hit = pattern.exec(text); hit; hit = pattern.exec(text)) hits.push(hit.index, hit.index + hit[0].length);
  return hits;
}`;
}

/** Our matcher, bundled from utils/match; `data` is an expression for its MatcherData. */
function matcherScript(body: string): string {
  const result = buildSync({
    stdin: {
      contents: `import { instantiateMatcher } from '@/utils/match/instantiate-matcher';\n${body}`,
      resolveDir: repoRoot,
      loader: 'ts',
    },
    alias: { '@': repoRoot },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

function writeExtension(name: string, script: string, stored: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'context-cards-reference-'));
  const manifest = {
    manifest_version: 3,
    name: `Reference highlighter: ${name} (benchmark)`,
    version: '1.0.0',
    permissions: stored === undefined ? [] : ['storage'],
    ...(stored === undefined ? {} : { background: { service_worker: 'background.js' } }),
    content_scripts: [{ matches: ['<all_urls>'], all_frames: true, match_about_blank: true, js: ['content.js'] }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), script);
  if (stored !== undefined) {
    // Written on install and again at each start, so the pages never wait for it.
    const write = `chrome.storage.local.set({ ${STORAGE_KEY}: ${JSON.stringify(stored)} });`;
    writeFileSync(
      join(dir, 'background.js'),
      `${write}\nchrome.runtime.onInstalled.addListener(() => { ${write} });\n`,
    );
  }
  return dir;
}

/** The three reference extensions, for the floor's pattern source and the bundled pack (data/entities.json). */
export function writeReferenceExtensions(regexSource: string): ReferenceExtension[] {
  const entities = JSON.parse(readFileSync(join(repoRoot, 'data/entities.json'), 'utf8')) as Parameters<
    typeof compileMatcherData
  >[0];
  const data: MatcherData = compileMatcherData(entities);
  const sites = { mode: 'all-except', sites: [] };
  // Every script: the floor's start, then `find` (the floor's pattern, or `finder(data)` built from our
  // matcher), run at once or after the one storage read.
  const matcherFind = `function finder(data) {
  const match = instantiateMatcher(data);
  return (text) => match(text).flatMap((hit) => [hit.start, hit.end]);
}`;
  const afterRead = (run: string) => `chrome.storage.local.get(${JSON.stringify(STORAGE_KEY)}).then((items) => {
    const stored = items.${STORAGE_KEY};
    if (stored === undefined || stored.sites.mode === 'only') return;
    ${run};
  });`;
  const references: Array<{ name: string; ours: boolean; body: string; stored?: unknown }> = [
    {
      name: 'floor + settings read',
      ours: false,
      stored: { sites },
      body: `${patternFind(regexSource)}\n${afterRead('walk(find, start)')}`,
    },
    { name: 'our matcher', ours: true, body: `walk(finder(${JSON.stringify(data)}), start);` },
    {
      name: 'our matcher + settings read',
      ours: true,
      stored: { sites, matcher: data },
      body: afterRead('walk(finder(stored.matcher), start)'),
    },
  ];
  return references.map((reference, i) => {
    const measure = `context-cards-bench-reference-${i}:scan`;
    const source = `(() => {
  const start = performance.now();
  if (!document.body) return;
  ${walkSource(`bench-reference-${i}`, measure)}
  ${reference.ours ? matcherFind : ''}
  ${reference.body}
})();
`;
    const script = reference.ours ? matcherScript(source) : source;
    return { name: reference.name, dir: writeExtension(reference.name, script, reference.stored), measure };
  });
}
