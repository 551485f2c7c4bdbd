// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MentionStore, type StoredMention } from '@/utils/dom/mention-store';

/** happy-dom has no StaticRange: the store only reads its four fields. */
function mention(entityId: string, node: Text, start: number, end: number, last = node): StoredMention {
  const range = {
    startContainer: node,
    startOffset: start,
    endContainer: last,
    endOffset: end,
  } as unknown as StaticRange;
  return { entityId, range, nodes: last === node ? [node] : [node, last] };
}

function paragraphs(count: number): HTMLParagraphElement[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Hamas ${i}</p>`).join('');
  return [...document.querySelectorAll('p')];
}

describe('mention-store', () => {
  it('counts mentions per entity and forgets a block’s old mentions when it is re-read', () => {
    const [a, b] = paragraphs(2);
    const store = new MentionStore();
    store.replace(a!, [mention('hamas', a!.firstChild as Text, 0, 5)]);
    store.replace(b!, [mention('hamas', b!.firstChild as Text, 0, 5), mention('un', b!.firstChild as Text, 6, 7)]);
    expect(store.counts()).toEqual({ hamas: 2, un: 1 });
    store.replace(b!, []);
    expect(store.counts()).toEqual({ hamas: 1 });
    expect([...store.blocks()]).toEqual([a]);
  });

  it('keeps its counts equal to a count of every block’s mentions through any run of changes', () => {
    const blocks = paragraphs(6);
    const store = new MentionStore();
    const ids = ['hamas', 'un', 'knesset'];
    let seed = 7;
    const next = (below: number) => (seed = (seed * 48271) % 2147483647) % below;
    for (let step = 0; step < 300; step++) {
      if (next(40) === 0) store.clear();
      const block = blocks[next(blocks.length)]!;
      const text = block.firstChild as Text;
      store.replace(
        block,
        Array.from({ length: next(4) }, (_, i) => mention(ids[next(ids.length)]!, text, i, i + 1)),
      );
      const expected: Record<string, number> = {};
      for (const key of store.blocks())
        for (const { entityId } of store.mentionsOf(key)) expected[entityId] = (expected[entityId] ?? 0) + 1;
      expect(store.counts()).toEqual(expected);
    }
  });

  it('finds the mention at a point, including just after its last character', () => {
    const [p] = paragraphs(1);
    const text = p!.firstChild as Text;
    const store = new MentionStore();
    const hamas = mention('hamas', text, 0, 5);
    store.replace(p!, [hamas]);
    expect([0, 4, 5, 6].map((offset) => store.at(text, offset))).toEqual([hamas, hamas, hamas, undefined]);
  });

  it('finds a mention spanning two nodes from either node', () => {
    document.body.innerHTML = '<p><b>Antony</b> Blinken</p>';
    const first = document.querySelector('b')!.firstChild as Text;
    const last = first.parentNode!.nextSibling as Text;
    const store = new MentionStore();
    const blinken = mention('antony-blinken', first, 0, 8, last);
    store.replace(document.querySelector('p')!, [blinken]);
    expect([store.at(first, 2), store.at(last, 3), store.at(last, 9)]).toEqual([blinken, blinken, undefined]);
  });

  it('lists every mention in document order, whatever order blocks were read in', () => {
    const [a, b, c] = paragraphs(3);
    const store = new MentionStore();
    for (const p of [c!, a!, b!]) store.replace(p, [mention(p.textContent!, p.firstChild as Text, 0, 5)]);
    expect(store.all().map((m) => m.entityId)).toEqual(['Hamas 0', 'Hamas 1', 'Hamas 2']);
  });

  it('tells listeners once per change, not when nothing changed', () => {
    const [p] = paragraphs(1);
    const store = new MentionStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.replace(p!, [mention('hamas', p!.firstChild as Text, 0, 5)]);
    store.notify();
    store.notify();
    store.clear();
    store.notify();
    unsubscribe();
    store.replace(p!, [mention('hamas', p!.firstChild as Text, 0, 5)]);
    store.notify();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps a throwing listener from reaching the others or the page', () => {
    const [p] = paragraphs(1);
    const store = new MentionStore();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const after = vi.fn();
    store.subscribe(() => {
      throw new Error('boom');
    });
    store.subscribe(after);
    store.replace(p!, [mention('hamas', p!.firstChild as Text, 0, 5)]);
    expect(() => store.notify()).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
