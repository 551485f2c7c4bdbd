// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { compareInPage } from '@/utils/dom/page-order';

describe('page-order', () => {
  it('orders nodes of one tree in document order', () => {
    document.body.innerHTML = '<p id="a"><b id="b">b</b></p><p id="c">c</p>';
    const [a, b, c] = ['#a', '#b', '#c'].map((selector): Node => document.querySelector(selector)!);
    expect([c!, b!, a!].sort(compareInPage)).toEqual([a, b, c]);
  });

  it('orders a shadow tree’s blocks at their host', () => {
    document.body.innerHTML = '<p id="a">a</p><div id="host"></div><p id="c">c</p>';
    const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>b</p>';
    const inShadow = shadow.querySelector('p')!;
    const [a, c] = [document.querySelector('#a')!, document.querySelector('#c')!];
    expect([c, inShadow, a].sort(compareInPage)).toEqual([a, inShadow, c]);
  });

  it('puts a shadow tree’s nodes before its host’s own children, for blocks and for their text alike', () => {
    document.body.innerHTML = '<div id="host"><span id="slotted">light</span></div>';
    const host = document.querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>shadow</p><slot></slot>';
    const inShadow = shadow.querySelector('p')!;
    const slotted = document.querySelector('#slotted')!;
    // The host as a block key holds the slotted text; the shadow paragraph comes first either way.
    expect([host, inShadow].sort(compareInPage)).toEqual([inShadow, host]);
    expect([slotted.firstChild!, inShadow.firstChild!].sort(compareInPage)).toEqual([
      inShadow.firstChild,
      slotted.firstChild,
    ]);
  });
});
