/**
 * Fits imported documents into the library: a document already there (same text) is skipped, ids that
 * clash are renamed, and an imported entity joins the library's entity with the same name or alias (as a
 * reviewed name does), so the result checks out exactly like a document added by hand.
 */
import { aliasKey } from '@/utils/match/alias-variants';
import { checkBundle } from './check-bundle';
import { uniqueId } from './fingerprint';
import { aliasOwners, aliasText, entityJoined } from './join-names';
import type { DocumentBundle, LibraryEntity } from './model';
import type { LibraryState } from './build-document';

export interface ImportPlan {
  bundles: DocumentBundle[];
  /** Titles of documents skipped because the library has them already. */
  skipped: string[];
  problem?: string;
}

export function planImport(incoming: readonly DocumentBundle[], library: LibraryState): ImportPlan {
  const documents = [...library.documents];
  const entities = new Map(library.entities.map((entity) => [entity.id, entity]));
  const plan: ImportPlan = { bundles: [], skipped: [] };
  for (const bundle of incoming) {
    if (documents.some((doc) => doc.fingerprint === bundle.document.fingerprint)) {
      plan.skipped.push(bundle.document.title);
      continue;
    }
    const docId = uniqueId(bundle.document.id, new Set(documents.map((doc) => doc.id)), 'document');
    const owners = aliasOwners([...entities.values()]);
    const idMap = new Map<string, string>();
    const touched = new Map<string, LibraryEntity>();
    for (const entity of bundle.entities) {
      const aliases = entity.aliases.map(aliasText);
      const same = entities.get(entity.id);
      const target =
        same && same.name === entity.name ? same : (entityJoined(entity.name, aliases, owners) ?? undefined);
      const base: LibraryEntity = touched.get(target?.id ?? '') ??
        target ?? { ...entity, id: uniqueId(entity.id, new Set(entities.keys()), 'name'), aliases: [] };
      const keys = new Set(base.aliases.map((alias) => aliasKey(aliasText(alias))));
      const extra = entity.aliases.filter((alias) => {
        const key = aliasKey(aliasText(alias).trim());
        const owner = owners.get(key);
        if (keys.has(key) || (owner && owner.id !== base.id)) return false;
        keys.add(key);
        return true;
      });
      const merged = { ...base, aliases: [...base.aliases, ...extra] };
      idMap.set(entity.id, merged.id);
      touched.set(merged.id, merged);
      entities.set(merged.id, merged);
    }
    const next: DocumentBundle = {
      document: { ...bundle.document, id: docId },
      entities: [...touched.values()],
      facts: bundle.facts.map((fact) => ({
        ...fact,
        id: fact.id.startsWith(`${bundle.document.id}-`)
          ? `${docId}-${fact.id.slice(bundle.document.id.length + 1)}`
          : `${docId}-${fact.id}`,
        document: docId,
        entities: [...new Set(fact.entities.map((id) => idMap.get(id) ?? id))],
      })),
    };
    const problems = checkBundle(next);
    if (problems.length > 0)
      return { ...plan, problem: `“${bundle.document.title}” does not fit the library: ${problems[0]}` };
    plan.bundles.push(next);
    documents.push(next.document);
  }
  return plan;
}
