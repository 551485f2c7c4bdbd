/**
 * Turns a reviewed draft into what the library saves: the document, its entities (new ones, and the
 * library's own ones it joins, with any new aliases) and its extractive facts, or the reason it cannot be
 * saved. Nothing is saved here; the same checks as the bundled pack run before anything is returned.
 */
import { aliasKey } from '@/utils/match/alias-variants';
import { checkBundle } from './check-bundle';
import { extractFacts } from './extract-facts';
import { textFingerprint, uniqueId } from './fingerprint';
import { aliasOwners, aliasText, entityJoined } from './join-names';
import { LIMITS, type DocumentBundle, type LibraryDocument, type LibraryEntity } from './model';
import type { ProposalKind } from './propose-names';

export interface Draft {
  title: string;
  text: string;
  site?: string;
  url?: string;
  published?: string;
}

/** A name the reader kept on the review list. */
export interface AcceptedName {
  name: string;
  kind: ProposalKind;
  aliases: string[];
}

export interface LibraryState {
  documents: readonly Pick<LibraryDocument, 'id' | 'title' | 'fingerprint' | 'url'>[];
  entities: readonly LibraryEntity[];
}

export type BuildResult = { ok: true; bundle: DocumentBundle } | { ok: false; message: string };

/** Why a draft cannot even be reviewed (empty text, long title, already in the library), or undefined. */
export function draftProblem(draft: Draft, library: LibraryState): string | undefined {
  if (draft.title.trim() === '') return 'Give the document a title.';
  if (draft.title.trim().length > LIMITS.titleChars) {
    return `The title is ${draft.title.trim().length} characters long; the limit is ${LIMITS.titleChars}.`;
  }
  if (draft.text.trim() === '') return 'The text is empty: paste or drop the document’s text first.';
  if (draft.text.length > LIMITS.textChars) return 'The text is longer than 1 MB; the library takes smaller documents.';
  const fingerprint = textFingerprint(draft.text);
  const same = library.documents.find((doc) => doc.fingerprint === fingerprint);
  if (same) return `This text is already in the library as “${same.title}”.`;
  return undefined;
}

export function buildDocument(
  draft: Draft,
  accepted: readonly AcceptedName[],
  library: LibraryState,
  now: Date,
): BuildResult {
  const problem = draftProblem(draft, library);
  if (problem) return { ok: false, message: problem };
  if (accepted.length === 0) return { ok: false, message: 'Choose at least one name to follow in this document.' };
  const title = draft.title.trim();
  const documentId = uniqueId(title, new Set(library.documents.map((doc) => doc.id)), 'document');
  const document: LibraryDocument = {
    id: documentId,
    title,
    text: draft.text,
    ...(draft.site && { site: draft.site }),
    ...(draft.url && { url: draft.url }),
    ...(draft.published && { published: draft.published }),
    added: now.toISOString(),
    active: true,
    bundled: false,
    fingerprint: textFingerprint(draft.text),
  };
  const entities = resolveEntities(accepted, library.entities, title);
  const facts = extractFacts(documentId, draft.text, entities);
  const cited = new Set(facts.flatMap((fact) => fact.entities));
  const bundle: DocumentBundle = { document, entities: entities.filter((entity) => cited.has(entity.id)), facts };
  const problems = checkBundle(bundle);
  if (problems.length > 0) return { ok: false, message: `The document could not be saved: ${problems[0]}` };
  return { ok: true, bundle };
}

/** Accepted names as library entities: joined ones keep their id and gain new aliases; others are new. */
function resolveEntities(accepted: readonly AcceptedName[], existing: readonly LibraryEntity[], title: string) {
  const owners = aliasOwners(existing);
  const taken = new Set(existing.map((entity) => entity.id));
  const result = new Map<string, LibraryEntity>();
  for (const name of accepted) {
    const forms = [name.name, ...name.aliases].map((form) => form.trim()).filter((form) => form.length >= 2);
    const joined = entityJoined(name.name, name.aliases, owners);
    const entity: LibraryEntity = result.get(joined?.id ?? '') ??
      joined ?? {
        id: uniqueId(name.name, taken, 'name'),
        name: name.name.trim(),
        kind: name.kind,
        aliases: [],
        description: `${kindWord(name.kind)} named in “${title}”`.slice(0, 160),
      };
    taken.add(entity.id);
    const keys = new Set(entity.aliases.map((alias) => aliasKey(aliasText(alias))));
    const added = forms.filter((form) => {
      const key = aliasKey(form);
      const owner = owners.get(key);
      if (keys.has(key) || (owner && owner.id !== entity.id)) return false;
      keys.add(key);
      owners.set(key, entity);
      return true;
    });
    result.set(entity.id, { ...entity, aliases: [...entity.aliases, ...added] });
  }
  return [...result.values()];
}

function kindWord(kind: ProposalKind): string {
  return { person: 'Person', organization: 'Organization', place: 'Place' }[kind];
}
