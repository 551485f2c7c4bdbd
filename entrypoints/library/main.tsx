import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import Library from '@/components/library/Library';
import type { DocumentRow, Draft, Outcome, ReviewName } from '@/components/library/types';
import { htmlFileToDraft } from '@/utils/dom/article-extract';
import {
  exportBundles,
  libraryState,
  listDocuments,
  removeDocument,
  requestPersistence,
  saveDocuments,
  setDocumentActive,
  watchLibrary,
} from '@/utils/extension/library-store';
import { takeCapturedDraft } from '@/utils/extension/library-draft';
import { buildDocument, draftProblem, type AcceptedName } from '@/utils/library/build-document';
import { decodeFile } from '@/utils/library/file-text';
import { knownNames } from '@/utils/library/known-names';
import { aliasOwners, entityJoined } from '@/utils/library/join-names';
import { libraryFileName, readLibraryFile, serializeLibrary } from '@/utils/library/library-file';
import { LIMITS } from '@/utils/library/model';
import { planImport } from '@/utils/library/merge-import';
import './style.css';
import { downloadFile } from '@/utils/dom/download-file';

function skippedNotice(skipped: number): string | undefined {
  if (skipped === 0) return undefined;
  return `${skipped} ${skipped === 1 ? 'record' : 'records'} of the library could not be read and ${skipped === 1 ? 'was' : 'were'} skipped.`;
}

async function findNames(draft: Draft) {
  const library = await libraryState();
  const problem = draftProblem(draft, library);
  if (problem) return { ok: false as const, message: problem };
  // compromise builds its lexicon when loaded (a 100–250 ms task): only when names are first asked for.
  const { proposeNames } = await import('@/utils/library/propose-names');
  const owners = aliasOwners(library.entities);
  const names: ReviewName[] = proposeNames(draft.text).map((proposal) => {
    const joins = entityJoined(proposal.name, proposal.aliases, owners);
    // A name the library already knows is no guess: it starts checked, so its card gathers this document.
    return { ...proposal, ...(joins && { joins: joins.name, confident: true }) };
  });
  const joined = new Set(names.map((name) => name.joins));
  for (const known of knownNames(draft.text, library.entities)) {
    if (joined.has(known.entity.name)) continue;
    const { entity, kind, count } = known;
    names.push({ name: entity.name, kind, aliases: [], count, confident: true, joins: entity.name });
  }
  return { ok: true as const, names };
}

async function save(draft: Draft, accepted: AcceptedName[]): Promise<Outcome> {
  const built = buildDocument(draft, accepted, await libraryState(), new Date());
  if (!built.ok) return built;
  try {
    await saveDocuments([built.bundle]);
  } catch (error) {
    return { ok: false, message: `The document could not be saved, and the library is unchanged: ${String(error)}` };
  }
  const { document, facts, entities } = built.bundle;
  return {
    ok: true,
    message: `Saved “${document.title}”: ${facts.length} facts about ${entities.length} names.`,
  };
}

async function readFile(file: File): Promise<{ ok: true; draft: Draft } | { ok: false; message: string }> {
  if (file.size > LIMITS.fileBytes) return { ok: false, message: `${file.name} is larger than 1 MB.` };
  const decoded = decodeFile(file.name, new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return decoded;
  const draft = decoded.kind === 'html' ? htmlFileToDraft(decoded.text, decoded.title) : decoded;
  if (draft.text.trim() === '') return { ok: false, message: `${file.name} has no text.` };
  return { ok: true, draft: { ...draft, title: draft.title.slice(0, LIMITS.titleChars) } };
}

async function exportLibrary(): Promise<Outcome> {
  const { items, skipped } = await exportBundles();
  const now = new Date();
  downloadFile(serializeLibrary(items, now), libraryFileName(now));
  const note = skipped > 0 ? ` (${skipped} unreadable records left out)` : '';
  return { ok: true, message: `Exported ${items.length} ${items.length === 1 ? 'document' : 'documents'}${note}.` };
}

async function importLibrary(file: File): Promise<Outcome> {
  if (file.size > 50 * LIMITS.fileBytes) return { ok: false, message: `${file.name} is larger than 50 MB.` };
  const read = readLibraryFile(await file.text(), file.size);
  if (!read.ok) return { ok: false, message: `${file.name} was not imported. ${read.message}` };
  const plan = planImport(read.bundles, await libraryState());
  if (plan.problem) return { ok: false, message: `${file.name} was not imported. ${plan.problem}` };
  try {
    if (plan.bundles.length > 0) await saveDocuments(plan.bundles);
  } catch (error) {
    return { ok: false, message: `${file.name} could not be saved, and the library is unchanged: ${String(error)}` };
  }
  const skipped = plan.skipped.length > 0 ? ` ${plan.skipped.length} already in the library.` : '';
  return { ok: true, message: `Imported ${plan.bundles.length} documents from ${file.name}.${skipped}` };
}

/** Wires the Library component to the stored library, and follows changes made in other tabs. */
function LibraryPage({ initialDraft }: { initialDraft?: Draft }) {
  const [documents, setDocuments] = useState<DocumentRow[]>();
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    const refresh = () =>
      listDocuments()
        .then(({ items, skipped }) => {
          setDocuments(items);
          setNotice(skippedNotice(skipped));
        })
        .catch((error: unknown) => setNotice(`The library could not be opened: ${String(error)}`));
    void refresh();
    void requestPersistence();
    return watchLibrary(() => void refresh());
  }, []);

  if (documents === undefined && notice === undefined) return null;
  return (
    <Library
      documents={documents ?? []}
      notice={notice}
      initialDraft={initialDraft}
      onFindNames={findNames}
      onSave={save}
      onReadFile={readFile}
      onToggle={setDocumentActive}
      onRemove={removeDocument}
      onExport={exportLibrary}
      onImport={importLibrary}
    />
  );
}

const root = document.getElementById('app');
if (root) {
  void takeCapturedDraft(new URLSearchParams(location.search).get('draft')).then((draft) =>
    render(<LibraryPage initialDraft={draft} />, root),
  );
}
