/**
 * The mark.js baseline's one regular expression: every alias text of data/entities.json, longest first,
 * escaped, any whitespace run between words, word boundaries where the alias starts or ends with a word
 * character ("U.N." ends with a dot, so it gets none there). No guards, possessives or "UN" variants: a
 * plain-regex highlighter is what we compare against, and a simpler pattern only makes mark.js faster.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../tests/e2e/static-server';

interface PackEntity {
  aliases: Array<string | { text: string }>;
}

export function aliasTexts(): string[] {
  const entities = JSON.parse(readFileSync(join(repoRoot, 'data/entities.json'), 'utf8')) as PackEntity[];
  const texts = entities.flatMap((entity) =>
    entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
  );
  return [...new Set(texts)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}

/** Source for `new RegExp(source, 'g')`, case-sensitive, no capturing groups (mark.js would mark a group). */
export function markjsRegexSource(texts: readonly string[] = aliasTexts()): string {
  const alternatives = texts.map((text) => {
    const body = text
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+');
    const start = /^\w/.test(text) ? '\\b' : '';
    const end = /\w$/.test(text) ? '\\b' : '';
    return `${start}${body}${end}`;
  });
  return `(?:${alternatives.join('|')})`;
}
