/**
 * Joins proposed names to the library's entities: a proposal whose name or alias is already a name or alias
 * of an entity in the library (e.g. "Donald Trump" from the bundled article) joins that entity, so its card
 * gathers what every document says.
 */
import type { Alias } from '@/data/schema';
import { aliasKey } from '@/utils/match/alias-variants';
import type { LibraryEntity } from './model';

export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** Every lookup key of the library's names and aliases, to the entity that owns it. */
export function aliasOwners(entities: readonly LibraryEntity[]): Map<string, LibraryEntity> {
  const owners = new Map<string, LibraryEntity>();
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases.map(aliasText)]) {
      const key = aliasKey(form.trim());
      if (!owners.has(key)) owners.set(key, entity);
    }
  }
  return owners;
}

/** The entity a name (with its aliases) joins, if any: its name first, then its aliases in order. */
export function entityJoined(
  name: string,
  aliases: readonly string[],
  owners: ReadonlyMap<string, LibraryEntity>,
): LibraryEntity | undefined {
  for (const form of [name, ...aliases]) {
    const owner = owners.get(aliasKey(form.trim()));
    if (owner) return owner;
  }
  return undefined;
}
