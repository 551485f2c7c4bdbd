// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '@/utils/dom/mention-index';
import { adjacentMention, comparePoints } from '@/utils/dom/mention-navigation';

function mentionsIn(paragraphs: string[]): PageMention[] {
  document.body.innerHTML = paragraphs.map((text) => `<p>${text}</p>`).join('');
  return [...document.querySelectorAll('p')].map((p, i) => {
    const text = p.firstChild!;
    return {
      entityId: `e${i}`,
      range: {
        startContainer: text,
        startOffset: 0,
        endContainer: text,
        endOffset: 2,
        collapsed: false,
      } as StaticRange,
    };
  });
}

/** happy-dom does no layout: give each mention a box, one per line, 100 px apart, scrolled by `scroll`. */
function layOut(mentions: PageMention[], scroll: number, hidden: number[] = []) {
  vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
    const i = mentions.findIndex((m) => m.range.startContainer === this.startContainer);
    const top = i * 100 - scroll;
    return hidden.includes(i) ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, top, 80, 20);
  });
}

describe('mention-navigation', () => {
  let mentions: PageMention[];

  beforeEach(() => {
    vi.restoreAllMocks();
    mentions = mentionsIn(['aa', 'bb', 'cc', 'dd', 'ee']);
    layOut(mentions, 0);
  });

  it('orders boundary points in document order', () => {
    const [a, b] = mentions.map((m) => m.range.startContainer);
    expect(comparePoints(a!, 0, a!, 1)).toBeLessThan(0);
    expect(comparePoints(b!, 0, a!, 1)).toBeGreaterThan(0);
    expect(comparePoints(document.body, 0, a!, 0)).toBeLessThan(0);
    expect(comparePoints(a!, 0, document.body, 1)).toBeLessThan(0);
    expect(comparePoints(a!, 0, document.body, 0)).toBeGreaterThan(0);
  });

  it('moves to the next and previous mention from the current one, wrapping at the ends', () => {
    expect(adjacentMention(mentions, mentions[1], 'next')).toBe(mentions[2]);
    expect(adjacentMention(mentions, mentions[1], 'previous')).toBe(mentions[0]);
    expect(adjacentMention(mentions, mentions[4], 'next')).toBe(mentions[0]);
    expect(adjacentMention(mentions, mentions[0], 'previous')).toBe(mentions[4]);
  });

  it('continues from where a mention was after it left the index', () => {
    const gone = mentions[2]!;
    const rest = mentions.filter((m) => m !== gone);
    expect(adjacentMention(rest, gone, 'next')).toBe(mentions[3]);
    expect(adjacentMention(rest, gone, 'previous')).toBe(mentions[1]);
  });

  it('starts from the first mention at or below the top of the viewport', () => {
    layOut(mentions, 150);
    expect(adjacentMention(mentions, undefined, 'next')).toBe(mentions[2]);
    expect(adjacentMention(mentions, undefined, 'previous')).toBe(mentions[1]);
  });

  it('skips mentions that are not rendered', () => {
    layOut(mentions, 0, [2, 3]);
    expect(adjacentMention(mentions, mentions[1], 'next')).toBe(mentions[4]);
    expect(adjacentMention(mentions, mentions[4], 'previous')).toBe(mentions[1]);
  });

  it('finds nothing on a page without mentions', () => {
    expect(adjacentMention([], undefined, 'next')).toBeUndefined();
  });
});
