export { compileMatcher } from './compile-matcher';
export type { Mention, MentionMatcher } from './compile-matcher';
