/**
 * The generated 3 MB-text page of DESIGN.md's budgets: 20,000 paragraphs of everyday prose with near misses
 * (Israeli, trumpet, a state's General Assembly), one in 25 carrying three of the pack's names (about 2,400
 * mentions). Built in memory and served by route interception; never written into the project.
 */
import { aliasTexts } from './markjs-regex';

const PARAGRAPHS = 20_000;
const NAMES_EVERY = 25;

const FILLER = [
  'The city council met on Tuesday to argue about the parks budget.',
  'Residents said the road works had doubled their morning commute.',
  'A trumpet solo opened the concert in the old town hall.',
  'Israeli and Egyptian engineers compared notes on desalination.',
  'The North Carolina General Assembly passed the bill on Thursday.',
  'Shares in chip makers rose after the quarterly earnings report.',
  'Doctors at the county hospital warned of an early flu season.',
  'He played his trump card in the final round and won the match.',
  'Forecasters expect heavy rain across the north this weekend.',
  'The National Security Council spokesman declined to comment.',
  'Sign up for our free newsletter to get the best stories daily.',
  'Volunteers planted four hundred oak trees along the river bank.',
  'The museum reopened its east wing after a long renovation.',
  'Local bakers say the price of flour has risen since the spring.',
];

const WITH_NAMES = [
  (a: string, b: string, c: string) =>
    `Officials said ${a} and ${b} had spoken by phone, while ${c} declined to comment.`,
  (a: string, b: string, c: string) =>
    `According to reports, ${a} criticised ${b}’s position before meeting ${c} on Monday.`,
  (a: string, b: string, c: string) =>
    `${a} said the vote showed that ${b} and ${c} remain far apart on the ceasefire.`,
];

/**
 * Deterministic prose paragraphs, plain text: the same for the same seed (a linear congruential generator).
 * scripts/bench-matcher.ts matches the same prose in Node.
 */
export function proseParagraphs(count: number, namesEvery: number, seed: number): string[] {
  const names = aliasTexts();
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  const pick = <T>(list: readonly T[]): T => list[next(list.length)]!;
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    const sentences = [pick(FILLER), pick(FILLER)];
    if (next(3) === 0) sentences.push(pick(FILLER));
    if (i % namesEvery === 0) sentences.splice(1, 0, pick(WITH_NAMES)(pick(names), pick(names), pick(names)));
    result.push(sentences.join(' '));
  }
  return result;
}

function paragraphs(count: number, namesEvery: number, seed: number): string[] {
  return proseParagraphs(count, namesEvery, seed).map((text) => `<p>${escapeHtml(text)}</p>`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const GENERATED_PARAGRAPHS = PARAGRAPHS;
export const GENERATED_NAMES_EVERY = NAMES_EVERY;

export function generatedPageHtml(): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated 3 MB page</title></head>',
    '<body><article id="feed"><h1>Generated 3 MB page</h1>',
    ...paragraphs(PARAGRAPHS, NAMES_EVERY, 42),
    '</article></body></html>',
  ].join('');
}

/** 100 paragraphs to append, every third one with three names (about 100 mentions). */
export function appendedBatchHtml(batch: number): string {
  return paragraphs(100, 3, 1_000 + batch).join('');
}

/**
 * A page with no mention (issue 11's first row): about 12,000 characters of the filler prose (near misses
 * included) in a plain article layout with a header, navigation and footer.
 */
export function noMentionPageHtml(): string {
  let state = 7;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  const body: string[] = [];
  for (let chars = 0; chars < 11_000;) {
    const text = [0, 1, 2].map(() => FILLER[next(FILLER.length)]).join(' ');
    chars += text.length;
    body.push(`<p>${escapeHtml(text)}</p>`);
  }
  const nav = ['Home', 'Local', 'Weather', 'Sport', 'Culture', 'Opinion'].map(
    (item) => `<li><a href="#">${item}</a></li>`,
  );
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Riverside Gazette</title></head><body>',
    `<header><h1>The Riverside Gazette</h1><nav><ul>${nav.join('')}</ul></nav></header>`,
    '<main><article><h2>Around town this week</h2>',
    ...body,
    '</article></main><footer><p>© The Riverside Gazette. All rights reserved.</p></footer></body></html>',
  ].join('');
}
