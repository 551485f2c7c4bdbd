/**
 * The checks every saved or imported document passes, the bundled pack's own (data/check): the schemas,
 * every quote verbatim in its document, every fact's entities known, every entity named in the text and
 * backed by a fact, no alias claimed by two entities. Returns one sentence per problem.
 */
import { entityProblems, factProblems } from '@/data/check/references';
import type { Fact } from '@/data/schema';
import { libraryDocumentSchema, libraryEntitySchema, libraryFactSchema, type DocumentBundle } from './model';

export function checkBundle(bundle: DocumentBundle): string[] {
  const problems: string[] = [];
  const document = libraryDocumentSchema.safeParse(bundle.document);
  if (!document.success) problems.push(...document.error.issues.map((issue) => `The document: ${issue.message}`));
  bundle.entities.forEach((entity, index) => {
    const parsed = libraryEntitySchema.safeParse(entity);
    if (!parsed.success) problems.push(`Name ${entity.name ?? `#${index + 1}`}: ${parsed.error.issues[0]?.message}`);
  });
  bundle.facts.forEach((fact, index) => {
    const parsed = libraryFactSchema.safeParse(fact);
    if (!parsed.success) problems.push(`Fact ${fact.id ?? `#${index + 1}`}: ${parsed.error.issues[0]?.message}`);
    if (fact.document !== bundle.document.id) problems.push(`Fact ${fact.id} belongs to another document.`);
  });
  if (problems.length > 0) return problems;
  const file = `${bundle.document.id}.txt`;
  const pack = {
    documents: [{ id: bundle.document.id, title: bundle.document.title, file }],
    entities: bundle.entities,
    // The pack's checks read no statement; a library fact has none (it never paraphrases).
    facts: bundle.facts.map((fact): Fact => ({ ...fact, statement: fact.statement ?? fact.quote.slice(0, 200) })),
    texts: { [file]: bundle.document.text },
  };
  for (const problem of [...factProblems(pack), ...entityProblems(pack)]) {
    problems.push(`${problem.entry}: ${problem.message.replace(file, 'the document')}`);
  }
  return problems;
}
