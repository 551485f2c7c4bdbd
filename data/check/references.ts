/** Cross-file checks: unique ids, references that resolve, quotes and names found in their documents. */
import type { Entity, Fact, SourceDocument } from '../schema';
import type { Problem } from './problem';
import { entryName } from './schema-problems';
import { aliasOccurs, titleLine } from './text';

export interface ParsedPack {
  documents: readonly SourceDocument[];
  entities: readonly Entity[];
  facts: readonly Fact[];
  /** Document texts keyed by file name. */
  texts: Readonly<Record<string, string>>;
}

/** Ids are read from the raw entries, so a duplicate is caught even in an entry that fails its schema. */
export function duplicateIds(file: string, raw: unknown): Problem[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  raw.forEach((_, index) => {
    const id = entryName(raw, index);
    if (id.startsWith('#')) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      problems.push({ file, entry: id, message: `id is used by entries #${first} and #${index}; ids must be unique` });
  });
  return problems;
}

export function documentProblems({ documents, texts }: ParsedPack): Problem[] {
  return documents.flatMap((doc): Problem[] => {
    const text = texts[doc.file];
    const entry = doc.id;
    if (text === undefined)
      return [{ file: 'documents.json', entry, message: `file ${doc.file} is missing from documents/` }];
    if (doc.title !== titleLine(text)) {
      const message = `title does not match the first line of ${doc.file} (${JSON.stringify(titleLine(text))})`;
      return [{ file: 'documents.json', entry, message }];
    }
    return [];
  });
}

export function factProblems({ documents, entities, facts, texts }: ParsedPack): Problem[] {
  const documentFiles = new Map(documents.map((doc) => [doc.id, doc.file]));
  const entityIds = new Set(entities.map((entity) => entity.id));
  return facts.flatMap((fact) => {
    const problems: string[] = [];
    const file = documentFiles.get(fact.document);
    const text = file === undefined ? undefined : texts[file];
    if (file === undefined) problems.push(`document "${fact.document}" is not in documents.json`);
    else if (text !== undefined && !text.includes(fact.quote)) {
      problems.push(`quote is not found verbatim in ${file}: ${JSON.stringify(fact.quote)}`);
    }
    for (const id of fact.entities) {
      if (!entityIds.has(id)) problems.push(`entity "${id}" is not in entities.json`);
    }
    if (new Set(fact.entities).size !== fact.entities.length) problems.push('entities lists an entity twice');
    return problems.map((message) => ({ file: 'facts.json', entry: fact.id, message }));
  });
}

export function entityProblems({ documents, entities, facts, texts }: ParsedPack): Problem[] {
  const aliasOwners = new Map<string, string>();
  return entities.flatMap((entity) => {
    const problems: string[] = [];
    const ownFacts = facts.filter((fact) => fact.entities.includes(entity.id));
    if (ownFacts.length === 0) problems.push('no fact names this entity; every entity needs at least one fact');
    // The documents its facts cite, or every document when it has none.
    const cited = new Set(ownFacts.map((fact) => fact.document));
    const docs = documents.filter((doc) => cited.size === 0 || cited.has(doc.id));
    for (const doc of docs) {
      const text = texts[doc.file];
      if (text === undefined) continue;
      if (!aliasOccurs(text, entity.name) && !entity.aliases.some((alias) => aliasOccurs(text, alias))) {
        problems.push(`neither the name nor any alias occurs in ${doc.file}`);
      }
    }
    for (const alias of entity.aliases) {
      const surface = typeof alias === 'string' ? alias : alias.text;
      // The matcher's lookup key: one space between words, either apostrophe (utils/match).
      const key = surface
        .trim()
        .replace(/\s+/g, ' ')
        .replace(/\u2019/g, "'");
      const owner = aliasOwners.get(key);
      if (owner === entity.id) problems.push(`alias "${surface}" is listed twice`);
      else if (owner !== undefined) problems.push(`alias "${surface}" is also an alias of "${owner}"`);
      else aliasOwners.set(key, entity.id);
    }
    return problems.map((message) => ({ file: 'entities.json', entry: entity.id, message }));
  });
}
