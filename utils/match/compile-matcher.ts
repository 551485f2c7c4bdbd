/**
 * The mention matcher compiled straight from entities: what tests and Node scripts use. The extension
 * compiles in the background instead (matcher-data.ts) and pages only instantiate the stored result.
 */
import type { Entity } from '@/data/schema';
import { instantiateMatcher, type MentionMatcher } from './instantiate-matcher';
import { compileMatcherData } from './matcher-data';

export type { Mention, MentionMatcher } from './instantiate-matcher';

export function compileMatcher(entities: ReadonlyArray<Pick<Entity, 'id' | 'aliases'>>): MentionMatcher {
  return instantiateMatcher(compileMatcherData(entities));
}
