// @vitest-environment happy-dom
// @vitest-environment-options { "happyDOM": { "settings": { "handleDisabledFileLoadingAsSuccess": true, "disableCSSFileLoading": true, "disableJavaScriptFileLoading": true } } }
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFileToDraft } from '@/utils/dom/article-extract';
import { foundNames, scoreByKind, type LabelledName } from '@/utils/library/name-scores';
import { proposeNames } from '@/utils/library/propose-names';

// Saved third-party pages live outside the repository (../shared/corpus); only their hand labels are here.
const corpusDir = path.resolve('../shared/corpus/pages');
const fixturesDir = path.resolve('tests/fixtures/library');
const labelFiles = readdirSync(fixturesDir).filter((file) => file.startsWith('names-'));

interface LabelFile {
  page: string;
  names: LabelledName[];
}

describe('library name proposals on hand-labelled corpus articles', () => {
  it.each(labelFiles)('finds most hand-labelled names in %s', (file) => {
    if (!existsSync(corpusDir)) {
      console.log(`skipped ${file}: ../shared/corpus is absent, so its article was not scored`);
      return;
    }
    const labels = JSON.parse(readFileSync(path.join(fixturesDir, file), 'utf8')) as LabelFile;
    const draft = htmlFileToDraft(readFileSync(path.join(corpusDir, labels.page), 'utf8'), labels.page);
    const proposals = proposeNames(draft.text);
    const scores = scoreByKind(proposals, labels.names);
    console.log(`${labels.page}: ${proposals.length} proposals\n${JSON.stringify(scores)}`);
    const found = foundNames(proposals, labels.names).length;
    const right = proposals.filter((p) => labels.names.some((l) => foundNames([p], [l]).length > 0)).length;
    // Floors well under what is measured (README), so the test fails if the proposer breaks, not on noise.
    expect(found / labels.names.length).toBeGreaterThanOrEqual(0.7);
    expect(right / proposals.length).toBeGreaterThanOrEqual(0.6);
  });
});
