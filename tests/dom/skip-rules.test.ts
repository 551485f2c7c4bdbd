// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { classifyElement, enclosingBlock, isInSkippedRegion } from '@/utils/dom/skip-rules';

function element(markup: string): Element {
  document.body.innerHTML = markup;
  return document.body.querySelector('#x')!;
}

describe('skip-rules', () => {
  it.each([
    ['<p id="x"></p>', 'block'],
    ['<li id="x"></li>', 'block'],
    ['<span id="x"></span>', 'inline'],
    ['<a id="x"></a>', 'inline'],
    ['<my-widget id="x"></my-widget>', 'inline'],
    ['<br id="x">', 'break'],
    ['<code id="x"></code>', 'skip'],
    ['<span id="x" hidden></span>', 'skip'],
    ['<span id="x" aria-hidden="TRUE"></span>', 'skip'],
    ['<p id="x" contenteditable=""></p>', 'skip'],
    ['<p id="x" contenteditable="false"></p>', 'block'],
    ['<context-cards-card id="x"></context-cards-card>', 'skip'],
  ])('classifies %s as %s', (markup, kind) => {
    expect(classifyElement(element(markup))).toBe(kind);
  });

  it('treats a shadow host as a block', () => {
    const host = element('<my-widget id="x"></my-widget>');
    host.attachShadow({ mode: 'open' });
    expect(classifyElement(host)).toBe('block');
  });

  it.each([
    ['<div contenteditable><p><b id="x">a</b></p></div>', true],
    ['<div aria-hidden="true"><span id="x">a</span></div>', true],
    ['<pre><span id="x">a</span></pre>', true],
    ['<context-cards-card><span id="x">a</span></context-cards-card>', true],
    ['<div hidden><p><span id="x">a</span></p></div>', true],
    ['<ul aria-hidden="TRUE"><li><a id="x">a</a></li></ul>', true],
    ['<div contenteditable="plaintext-only"><span id="x">a</span></div>', true],
    ['<button><span id="x">a</span></button>', true],
    ['<div aria-hidden="false"><span id="x">a</span></div>', false],
    ['<div contenteditable="false"><span id="x">a</span></div>', false],
    ['<article><p><span id="x">a</span></p></article>', false],
  ])('says whether a node is in a skipped region: %s', (markup, skipped) => {
    expect(isInSkippedRegion(element(markup).firstChild!)).toBe(skipped);
  });

  it('looks through shadow hosts for skipped regions', () => {
    const host = element('<div aria-hidden="true"><div id="x"></div></div>');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>a</p>';
    expect(isInSkippedRegion(shadow.querySelector('p')!.firstChild!)).toBe(true);
  });

  it('finds the block that owns a node’s text', () => {
    const b = element('<div><p id="p">a <b id="x">b</b></p></div>');
    expect(enclosingBlock(b.firstChild!)).toBe(document.querySelector('#p'));
    expect(enclosingBlock(document.querySelector('#p')!)).toBe(document.querySelector('#p'));
  });

  it('falls back to the shadow root for text directly in it', () => {
    const host = element('<div id="x"></div>');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = 'loose <b>text</b>';
    expect(enclosingBlock(shadow.querySelector('b')!.firstChild!)).toBe(shadow);
  });
});
