export { compileMatcher } from './compile-matcher';
export type { Mention, MentionMatcher } from './compile-matcher';
export { instantiateMatcher } from './instantiate-matcher';
export { compileMatcherData, type MatcherData } from './matcher-data';
