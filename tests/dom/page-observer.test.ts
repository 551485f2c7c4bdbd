// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScanRoot } from '@/utils/dom/block-scanner';
import { PageObserver } from '@/utils/dom/page-observer';

let observer: PageObserver | undefined;

/** Starts observing the document, applies `change`, and returns the roots to re-read. */
async function rootsAfter(change: () => void): Promise<{ roots: string[]; removed: boolean; calls: number }> {
  const onChange = vi.fn();
  observer = new PageObserver(onChange);
  observer.observe(document);
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const removed = observer.takeRemoved();
  return { roots: observer.takeRoots().map(describeRoot), removed, calls: onChange.mock.calls.length };
}

function describeRoot({ node, mode }: ScanRoot): string {
  return `${mode} ${node instanceof Element ? (node.id ? `#${node.id}` : node.localName) : node.nodeName}`;
}

afterEach(() => {
  observer?.disconnect();
  document.body.innerHTML = '';
});

describe('page-observer', () => {
  it('re-reads appended paragraphs as whole blocks, not their container', async () => {
    document.body.innerHTML = '<main id="feed"><p>old</p></main>';
    const feed = document.querySelector('#feed')!;
    const result = await rootsAfter(() => {
      for (const id of ['a', 'b']) feed.insertAdjacentHTML('beforeend', `<p id="${id}">new</p>`);
    });
    expect(result.roots).toEqual(['deep #a', 'deep #b']);
    expect(result.calls).toBe(1);
  });

  it('re-reads only the block whose own text changed', async () => {
    document.body.innerHTML = '<div id="outer"><p id="p">Antony <b id="b">Blinken</b></p></div>';
    const result = await rootsAfter(() => {
      document.querySelector('#b')!.firstChild!.textContent = 'Blunken';
    });
    expect(result.roots).toEqual(['shallow #p']);
  });

  it('re-reads the block around added inline content, and blocks nested in it', async () => {
    document.body.innerHTML = '<p id="p">Antony </p>';
    const result = await rootsAfter(() => {
      document.querySelector('#p')!.insertAdjacentHTML('beforeend', '<span id="s">Blinken <div>x</div></span>');
    });
    expect(result.roots).toEqual(['nested #s', 'shallow #p']);
  });

  it('re-reads a block split by an added block between its words', async () => {
    document.body.innerHTML = '<div id="d">Antony <i>x</i></div>';
    const d = document.querySelector('#d')!;
    const result = await rootsAfter(() => d.insertBefore(document.createElement('p'), d.lastChild));
    expect(result.roots).toEqual(['deep p', 'shallow #d']);
  });

  it('drops roots inside added blocks and in skipped regions', async () => {
    document.body.innerHTML = '<main id="m"></main><div contenteditable id="editor"><p id="e">x</p></div>';
    const result = await rootsAfter(() => {
      const section = document.createElement('section');
      section.id = 'new';
      section.innerHTML = '<p>Hamas</p>';
      document.querySelector('#m')!.append(section);
      section.firstElementChild!.append(' more');
      document.querySelector('#e')!.append(' typed Hamas');
    });
    expect(result.roots).toEqual(['deep #new']);
  });

  it('says when nodes left the page', async () => {
    document.body.innerHTML = '<p id="p">Hamas</p>';
    const result = await rootsAfter(() => document.querySelector('#p')!.remove());
    expect(result.removed).toBe(true);
  });

  it('ignores changes to our own UI', async () => {
    const result = await rootsAfter(() => {
      const host = document.createElement('context-cards-card');
      document.body.append(host);
      host.append('Hamas');
      host.remove();
    });
    expect(result).toEqual({ roots: [], removed: false, calls: 0 });
  });

  it('records when the page last changed', async () => {
    const before = performance.now();
    await rootsAfter(() => document.body.append('x'));
    expect(observer!.lastChange).toBeGreaterThanOrEqual(before);
  });
});
