// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BlockScanner } from '@/utils/dom/block-scanner';
import { found, html, scan, textOf } from './scan-helpers';

describe('block-scanner', () => {
  it.each([
    ['<p><b>Antony</b> Blinken met them</p>', ['antony-blinken: Antony Blinken']],
    ['<p><a href="#">UN</a> Security Council</p>', ['un-security-council: UN Security Council']],
    ['<p>The <i><b>UN</b> Secu</i>rity <span>Council</span> voted</p>', ['un-security-council: UN Security Council']],
    ['<p>Antony<span></span> Blinken</p>', ['antony-blinken: Antony Blinken']],
    ['<p>Antony <!-- note --> Blinken</p>', ['antony-blinken: Antony  Blinken']],
  ])('finds a mention split across inline elements: %s', (markup, expected) => {
    expect(found(scan(html(markup)))).toEqual(expected);
  });

  it('maps a split mention to its first and last Text nodes', () => {
    html('<p>Met <b>Antony</b> Blinken today</p>');
    const [mention] = scan(document.body).blocks.flatMap((block) => block.mentions);
    expect(mention?.nodes.map((node) => node.data)).toEqual(['Antony', ' Blinken today']);
    expect([mention?.startOffset, mention?.endOffset]).toEqual([0, 8]);
  });

  it('starts a mention in the node holding its first character and ends it in the node holding its last', () => {
    html('<p>Said <b>Hamas</b><i> today</i></p>');
    const [mention] = scan(document.body).blocks.flatMap((block) => block.mentions);
    expect(mention?.nodes.map((node) => node.data)).toEqual(['Hamas']);
    expect([mention?.startOffset, mention?.endOffset]).toEqual([0, 5]);
  });

  it('keeps offsets right around empty Text nodes', () => {
    const p = html('<p></p>').firstElementChild!;
    for (const part of ['', 'Ha', '', 'mas', '']) p.append(document.createTextNode(part));
    const [mention] = scan(document.body).blocks.flatMap((block) => block.mentions);
    expect(mention && textOf(mention)).toBe('Hamas');
    // Empty nodes hold no character, so they are not part of the run at all.
    expect(mention?.nodes.map((node) => node.data)).toEqual(['Ha', 'mas']);
  });

  it.each([
    ['a line break', '<p>Antony<br>Blinken</p>'],
    ['two paragraphs', '<p>Antony</p><p>Blinken</p>'],
    ['a nested block', '<div>Antony <div>and</div> Blinken</div>'],
    ['an empty nested block', '<div>Antony <p></p>Blinken</div>'],
    ['list items', '<ul><li>Antony</li><li>Blinken</li></ul>'],
    ['table cells', '<table><tr><td>Antony</td><td>Blinken</td></tr></table>'],
    ['a skipped element', '<p>Antony <code>x</code>Blinken</p>'],
  ])('does not join text across %s', (_name, markup) => {
    expect(found(scan(html(markup)))).toEqual([]);
  });

  it.each([
    ['script', '<script>var s = "Hamas";</script>'],
    ['style', '<style>.Hamas { color: red }</style>'],
    ['noscript', '<noscript>Hamas</noscript>'],
    ['template', '<template><p>Hamas</p></template>'],
    ['textarea', '<textarea>Hamas</textarea>'],
    ['select', '<select><option>Hamas</option></select>'],
    ['contenteditable', '<div contenteditable><p>Hamas</p></div>'],
    ['contenteditable="true"', '<div contenteditable="true">Hamas</div>'],
    ['contenteditable="plaintext-only"', '<div contenteditable="plaintext-only">Hamas</div>'],
    ['code', '<p>see <code>Hamas</code></p>'],
    ['pre', '<pre>Hamas</pre>'],
    ['kbd', '<p><kbd>Hamas</kbd></p>'],
    ['samp', '<p><samp>Hamas</samp></p>'],
    ['svg', '<svg><text>Hamas</text></svg>'],
    ['math', '<math><mi>Hamas</mi></math>'],
    ['aria-hidden="true"', '<div aria-hidden="true"><p>Hamas</p></div>'],
    ['hidden', '<div hidden><p>Hamas</p></div>'],
    ['our own UI', '<context-cards-card><p>Hamas</p></context-cards-card>'],
  ])('skips %s and its subtree', (_name, markup) => {
    const outcome = scan(html(`<p>Hamas</p>${markup}<p>Hamas said</p>`));
    expect(found(outcome)).toEqual(['hamas: Hamas', 'hamas: Hamas']);
  });

  it.each([
    ['contenteditable="false"', '<div contenteditable="false">Hamas</div>'],
    ['aria-hidden="false"', '<div aria-hidden="false">Hamas</div>'],
  ])('reads %s', (_name, markup) => {
    expect(found(scan(html(markup)))).toEqual(['hamas: Hamas']);
  });

  it('files each mention under the innermost block holding its text', () => {
    html('<div id="outer">Hamas <p id="inner">Hamas</p> and Hamas</div>');
    const { blocks } = scan(document.body);
    const byKey = blocks.map(({ key, mentions }) => [(key as Element).id || key.nodeName, mentions.length]);
    expect(byKey).toEqual([
      ['inner', 1],
      ['outer', 2],
      ['BODY', 0],
    ]);
  });

  it('reports every block it read, those without mentions too', () => {
    html('<p>nothing</p><p>here</p>');
    expect(scan(document.body).blocks.map(({ key }) => key.nodeName)).toEqual(['P', 'P', 'BODY']);
  });

  it('reads only the root block’s own text in shallow mode', () => {
    const div = html('<div>Hamas <p>Hamas</p> Hamas</div>').firstElementChild!;
    const { blocks } = scan(div, 'shallow');
    expect(blocks.map(({ key, mentions }) => [key, mentions.length])).toEqual([[div, 2]]);
  });

  it('reads only the blocks inside an inline root in nested mode', () => {
    const span = html('<span>Hamas <div>Hamas</div></span>').firstElementChild!;
    const { blocks } = scan(span, 'nested');
    expect(blocks.map(({ key, mentions }) => [key.nodeName, mentions.length])).toEqual([['DIV', 1]]);
  });

  it('finds the same mentions when read in many small slices', () => {
    const markup = Array.from({ length: 60 }, (_, i) => `<p>${i} <b>Antony</b> Blinken and <i>Hamas</i></p>`);
    html(`<div>${markup.join('')}</div>`);
    const whole = found(scan(document.body));
    const sliced = scan(document.body, 'deep', 0);
    expect(whole).toHaveLength(120);
    expect(found(sliced)).toEqual(whole);
  });

  it('pauses at its deadline and says when its place left the root', () => {
    const div = html(`<div>${'<p>Hamas</p>'.repeat(40)}</div>`).firstElementChild!;
    const scanner = new BlockScanner({ node: div, mode: 'deep' }, () => [], {
      reportEmpty: true,
      block: () => {},
      shadowRoot: () => {},
    });
    expect(scanner.step(0)).toBe('paused');
    div.replaceChildren();
    expect(scanner.step(Infinity)).toBe('stale');
  });

  it('counts the characters it read and the mentions it found', () => {
    const { scanner } = scan(html('<p>Hamas and <b>Hamas</b></p><script>xx</script>'));
    expect([scanner.chars, scanner.mentions]).toEqual([15, 2]);
  });

  it('reports open shadow roots and does not read into them itself', () => {
    const host = html('<p>Hamas</p><div id="host"></div>').querySelector('#host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Hamas</p>';
    const outcome = scan(document.body);
    expect(outcome.shadowRoots).toEqual([shadow]);
    expect(found(outcome)).toEqual(['hamas: Hamas']);
    expect(found(scan(shadow))).toEqual(['hamas: Hamas']);
  });
});
