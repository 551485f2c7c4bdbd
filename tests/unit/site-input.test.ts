import { describe, expect, it } from 'vitest';
import { checkNewSite, parseSiteInput, ruleCovers } from '@/utils/site-input';

/** 253 characters, the longest a site name may be. */
const long = `${'abcdefghi.'.repeat(25)}com`;

describe('site-input', () => {
  describe('parseSiteInput accepts', () => {
    it.each([
      ['example.com', 'example.com'],
      ['  example.com  ', 'example.com'],
      ['Example.COM', 'example.com'],
      ['example.com.', 'example.com'],
      ['news.example.co.uk', 'news.example.co.uk'],
      ['*.example.com', '*.example.com'],
      ['*.EXAMPLE.com.', '*.example.com'],
      ['https://www.example.com/a/b?c=d#e', 'www.example.com'],
      ['http://example.com', 'example.com'],
      ['HTTPS://Example.com/', 'example.com'],
      ['https://user:pw@example.com:8443/x', 'example.com'],
      ['https://*.example.com/', '*.example.com'],
      ['example.com/some/page', 'example.com'],
      ['example.com:8080', 'example.com'],
      ['localhost', 'localhost'],
      ['localhost:3000', 'localhost'],
      ['http://localhost:5173/app', 'localhost'],
      ['127.0.0.1', '127.0.0.1'],
      ['127.0.0.1:8080', '127.0.0.1'],
      ['[::1]', '[::1]'],
      ['::1', '[::1]'],
      ['2001:DB8::1', '[2001:db8::1]'],
      ['http://[::1]:8080/', '[::1]'],
      ['bücher.de', 'xn--bcher-kva.de'],
      ['BÜCHER.DE', 'xn--bcher-kva.de'],
      ['https://bücher.de/kategorie', 'xn--bcher-kva.de'],
      ['*.bücher.de', '*.xn--bcher-kva.de'],
      ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
      ['my_host.example', 'my_host.example'],
      ['intranet', 'intranet'],
      [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
      [long, long],
    ])('%s as %s', (typed, site) => {
      expect(parseSiteInput(typed)).toEqual({ ok: true, site });
    });
  });

  describe('parseSiteInput refuses', () => {
    it.each([
      ['', 'Type a site to add, such as example.com.'],
      ['   ', 'Type a site to add, such as example.com.'],
      ['exa mple.com', 'A site name can’t contain spaces.'],
      ['example.com\tnews', 'A site name can’t contain spaces.'],
      ['https://example.com/a page', 'A site name can’t contain spaces.'],
      ['ftp://example.com', 'Only web sites (http or https) can be added, not ftp: addresses.'],
      ['file:///home/me/page.html', 'Only web sites (http or https) can be added, not file: addresses.'],
      ['chrome://settings', 'Only web sites (http or https) can be added, not chrome: addresses.'],
      [
        'chrome-extension://abc/options.html',
        'Only web sites (http or https) can be added, not chrome-extension: addresses.',
      ],
      ['about:blank', 'Only web sites (http or https) can be added, not about: addresses.'],
      ['javascript:alert(1)', 'Only web sites (http or https) can be added, not javascript: addresses.'],
      ['data:text/html,hi', 'Only web sites (http or https) can be added, not data: addresses.'],
      ['mailto:me@example.com', 'Only web sites (http or https) can be added, not mailto: addresses.'],
      ['http://', '“http://” is not a complete web address.'],
      ['https://', '“https://” is not a complete web address.'],
      ['me@example.com', 'That looks like an email address; type just the site, such as example.com.'],
      ['*.', 'Add a domain after “*.”, as in *.example.com.'],
      ['*example.com', 'Write a wildcard with a dot after the star, as in *.example.com.'],
      ['*', 'Write a wildcard with a dot after the star, as in *.example.com.'],
      ['news.*.example.com', 'A star can only begin a wildcard, as in *.example.com.'],
      ['*.*.example.com', 'A star can only begin a wildcard, as in *.example.com.'],
      ['https://news.*.example.com/', 'A star can only begin a wildcard, as in *.example.com.'],
      ['https://*example.com/', 'Write a wildcard with a dot after the star, as in *.example.com.'],
      ['*.127.0.0.1', 'A wildcard needs a domain name after “*.”, not an IP address.'],
      ['exa!mple.com', '“exa!mple.com” is not a valid site name.'],
      ['example..com', '“example..com” is not a valid site name.'],
      ['.example.com', '“.example.com” is not a valid site name.'],
      ['example.1', '“example.1” is not a valid site name.'],
      ['256.1.1.1', '“256.1.1.1” is not a valid site name.'],
      ['[::1', '“[::1” is not a valid site name.'],
      [`${'a'.repeat(64)}.com`, `“${'a'.repeat(64)}.com” is not a valid site name.`],
      [`${long}x`, 'That is too long: a site name has at most 253 characters.'],
      [`https://${long}x/`, 'That is too long: a site name has at most 253 characters.'],
      [`https://example.com/${'a'.repeat(5000)}`, 'That is too long: a site name has at most 253 characters.'],
    ])('%j: %s', (typed, message) => {
      expect(parseSiteInput(typed)).toEqual({ ok: false, message });
    });
  });

  describe('ruleCovers', () => {
    it.each([
      ['example.com', 'example.com', true],
      ['example.com', 'news.example.com', true],
      ['example.com', '*.example.com', true],
      ['example.com', '*.news.example.com', true],
      ['*.example.com', 'news.example.com', true],
      ['*.example.com', '*.news.example.com', true],
      ['*.example.com', 'example.com', false],
      ['news.example.com', 'example.com', false],
      ['news.example.com', '*.example.com', false],
      ['example.com', 'example.org', false],
      ['127.0.0.1', '127.0.0.1', true],
      ['0.0.1', '127.0.0.1', false],
    ])('%s covers %s: %s', (a, b, covers) => {
      expect(ruleCovers(a, b)).toBe(covers);
    });
  });

  describe('checkNewSite', () => {
    it.each([
      ['example.com', [], { ok: true, site: 'example.com' }],
      ['example.com', ['example.org'], { ok: true, site: 'example.com' }],
      ['example.com', ['news.example.com'], { ok: true, site: 'example.com' }],
      ['example.com', ['*.example.com'], { ok: true, site: 'example.com' }],
      ['example.com', ['example.com'], { ok: false, message: 'example.com is already in the list.' }],
      [
        'news.example.com',
        ['example.com'],
        { ok: false, message: 'news.example.com is already covered by example.com.' },
      ],
      ['*.example.com', ['example.com'], { ok: false, message: '*.example.com is already covered by example.com.' }],
      [
        'a.example.com',
        ['*.example.com'],
        { ok: false, message: 'a.example.com is already covered by *.example.com.' },
      ],
      ['xn--bcher-kva.de', ['xn--bcher-kva.de'], { ok: false, message: 'bücher.de is already in the list.' }],
    ])('%s with %j: %j', (site, sites, result) => {
      expect(checkNewSite(site, sites)).toEqual(result);
    });

    it('refuses a site when the list would no longer fit in sync storage', () => {
      const sites = Array.from({ length: 400 }, (_, i) => `site-number-${i}.example`);
      expect(checkNewSite('one-more.example', sites)).toEqual({
        ok: false,
        message: 'The list is full: browser sync storage holds at most 8 KB per setting, so remove a site first.',
      });
      expect(checkNewSite('one-more.example', sites.slice(0, 100)).ok).toBe(true);
    });
  });
});
