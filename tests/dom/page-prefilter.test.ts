// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { entities } from '@/data/entities';
import { PagePrefilter } from '@/utils/dom/page-prefilter';
import { compileMatcher, compileMatcherData } from '@/utils/match';

const prefilter = () => new PagePrefilter(compileMatcherData(entities));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PagePrefilter', () => {
  it.each([
    ['a name in a paragraph', '<p>Talks with Hamas resumed.</p>'],
    ['a name split across inline elements', '<p><b>Antony</b> Blinken spoke.</p>'],
    ['a drop cap', '<p><span class="drop">T</span>rump spoke.</p>'],
    ['a two-word form whose words are common alone', '<p>The other countries’ negotiators met.</p>'],
    ['a name in the last of several blocks', '<ul><li>Home</li><li>Gaza</li></ul>'],
    ['a guarded abbreviation in mixed-case text', '<p>The US said no.</p>'],
    ['a guarded abbreviation whose capital neighbour is in another element', '<p><b>ABOUT</b> US</p>'],
    ['a name in an element that is not editable', '<div contenteditable="false">Hamas</div>'],
    ['a UN body’s bare name on a page that names the UN', '<p>The General Assembly voted.</p><p>UN officials</p>'],
  ])('says yes for %s', (_, html) => {
    document.body.innerHTML = html;
    expect(prefilter().check(document.body)).toBe(true);
  });

  it.each([
    ['prose without a name', '<p>The council met on Tuesday about the parks budget.</p>'],
    ['a first word alone whose form needs two', '<p>Other people negotiated a ceasefire.</p>'],
    [
      'a name only inside scripts, styles and templates',
      '<script>"Hamas"</script><style>/* Gaza */</style><template>Israel</template>',
    ],
    ['a name inside a longer word', '<p>Trumpet players and Israeli engineers.</p>'],
    [
      'a name only where the engine never reads: hidden, aria-hidden, buttons, code, fields, editable text',
      '<div hidden>Hamas</div><ul aria-hidden="TRUE"><li>US news</li></ul><button>Gaza</button>' +
        '<pre>Netanyahu</pre><select><option>Israel</option></select><div contenteditable>Blinken</div>',
    ],
    ['a guarded abbreviation in capitals', '<nav>CONTACT US</nav>'],
    ['the first words of a longer form only', '<p>The Department of Conservation said so.</p>'],
    ['a UN body’s bare name with no UN on the page', '<p>The North Carolina General Assembly passed it.</p>'],
  ])('says no for %s', (_, html) => {
    document.body.innerHTML = html;
    expect(prefilter().check(document.body)).toBe(false);
  });

  it('stops reading at the first stretch of text that holds a name, and still sees names split across nodes later on', () => {
    const filler = '<p>The council met on Tuesday about the parks budget and the library hours.</p>';
    document.body.innerHTML = `<h1>Hamas</h1>${filler.repeat(400)}`;
    const early = prefilter();
    expect(early.check(document.body)).toBe(true);
    expect(early.chars).toBeLessThan(4_000);
    // Past several stretches: a name across inline elements, a two-word form; and no name at all.
    for (const tail of ['<p><b>Antony</b> Blinken spoke.</p>', '<p>The other countries’ negotiators met.</p>']) {
      document.body.innerHTML = `${filler.repeat(400)}${tail}`;
      expect(prefilter().check(document.body)).toBe(true);
    }
    document.body.innerHTML = filler.repeat(400);
    const none = prefilter();
    expect(none.check(document.body)).toBe(false);
    expect(none.chars).toBeGreaterThan(25_000);
  });

  it('reads open shadow roots, nested ones too, and hands them over to be followed', () => {
    document.body.innerHTML = '<p>Nothing here.</p><x-outer></x-outer>';
    const outer = document.querySelector('x-outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<x-inner></x-inner>';
    const inner = outer.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<span>Netanyahu</span>';
    const check = prefilter();
    expect(check.check(document.body)).toBe(true);
    expect(check.takeShadowRoots()).toEqual([outer, inner]);
  });

  it('counts the characters it read and says no when the library is empty', () => {
    document.body.innerHTML = '<p>Hamas</p>';
    const empty = new PagePrefilter(compileMatcherData([]));
    expect(empty.check(document.body)).toBe(false);
    const check = prefilter();
    check.check(document.body);
    expect(check.chars).toBe(5);
  });
});

describe('PagePrefilter against the matcher', () => {
  const match = compileMatcher(entities);
  const forms = entities.flatMap((entity) =>
    entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text)),
  );
  const contexts = [
    (name: string) => `<p>Yesterday ${name} said no.</p>`,
    (name: string) => `<p>${name}’s office, the UN says.</p>`,
    (name: string) => `<p>CONTACT ${name}</p>`,
    (name: string) => `<p>The United Nations and the ${name.replace(' ', '\n  ')}</p>`,
    (name: string) => `<p><b>${name.slice(0, 1)}</b>${name.slice(1)} spoke.</p>`,
  ];
  it.each(forms)('never says no where the matcher finds %s', (form) => {
    for (const context of contexts) {
      document.body.innerHTML = context(form);
      const found = match(document.body.textContent ?? '').length > 0;
      if (found) expect(prefilter().check(document.body), context(form)).toBe(true);
    }
  });
});
