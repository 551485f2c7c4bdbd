import { describe, expect, it } from 'vitest';
import type { SiteRules } from '@/utils/settings-schema';
import { isSiteEnabled, setSiteEnabled, siteMatches, siteOf } from '@/utils/site-rules';
import { parseSiteInput } from '@/utils/site-input';

/** A rule as the options page stores it (the same normalisation as typing it into the "Site" field). */
function rule(typed: string): string {
  const parsed = parseSiteInput(typed);
  if (!parsed.ok) throw new Error(`${typed}: ${parsed.message}`);
  return parsed.site;
}

describe('site-rules', () => {
  describe('siteOf', () => {
    it.each([
      ['https://example.com/path?q=1#x', 'example.com'],
      ['http://News.Example.COM/', 'news.example.com'],
      ['https://example.com:8080/', 'example.com'],
      ['https://example.com./', 'example.com'],
      ['http://127.0.0.1:5173/', '127.0.0.1'],
      ['http://[::1]:3000/', '[::1]'],
      ['http://localhost/', 'localhost'],
      ['https://bücher.de/', 'xn--bcher-kva.de'],
      ['https://xn--bcher-kva.de/', 'xn--bcher-kva.de'],
      ['https://user:pass@example.com/', 'example.com'],
    ])('gives the hostname of %s as %s', (url, hostname) => {
      expect(siteOf(url)).toBe(hostname);
    });

    it.each([
      'file:///home/me/page.html',
      'data:text/html,<p>hi</p>',
      'about:blank',
      'chrome://settings/',
      'chrome-extension://abcdefghijklmnop/options.html',
      'ftp://example.com/file',
      'blob:https://example.com/uuid',
      'not a url',
      '',
    ])('gives no hostname for %s', (url) => {
      expect(siteOf(url)).toBeUndefined();
    });
  });

  describe('siteMatches', () => {
    it.each([
      // typed rule, page hostname, matches
      ['example.com', 'example.com', true],
      ['example.com', 'news.example.com', true],
      ['example.com', 'a.b.example.com', true],
      ['example.com', 'notexample.com', false],
      ['example.com', 'example.com.evil.net', false],
      ['example.com', 'example.org', false],
      ['news.example.com', 'example.com', false],
      ['news.example.com', 'news.example.com', true],
      ['*.example.com', 'news.example.com', true],
      ['*.example.com', 'a.b.example.com', true],
      ['*.example.com', 'example.com', false],
      ['*.example.com', 'notexample.com', false],
      ['EXAMPLE.com', 'example.com', true],
      ['example.com.', 'example.com', true],
      ['example.com', 'example.com.', true],
      ['https://example.com:8080/page', 'example.com', true],
      ['example.com:8080', 'example.com', true],
      ['localhost', 'localhost', true],
      ['localhost', 'app.localhost', true],
      ['localhost:3000', 'localhost', true],
      ['127.0.0.1', '127.0.0.1', true],
      ['0.0.1', '127.0.0.1', false],
      ['0.1', '127.0.0.1', false],
      ['127.0.0.1', '127.0.0.2', false],
      ['[::1]', '[::1]', true],
      ['::1', '[::1]', true],
      ['[::1]:8080', '[::1]', true],
      ['[::1]', '[::2]', false],
      ['bücher.de', 'xn--bcher-kva.de', true],
      ['BÜCHER.de', 'shop.xn--bcher-kva.de', true],
      ['*.bücher.de', 'shop.xn--bcher-kva.de', true],
      ['xn--bcher-kva.de', 'xn--bcher-kva.de', true],
      ['bucher.de', 'xn--bcher-kva.de', false],
    ])('rule %s on page %s: %s', (typed, hostname, matches) => {
      expect(siteMatches(rule(typed), hostname)).toBe(matches);
    });

    it.each([
      ['Example.COM', 'example.com', true],
      ['0.1', '127.0.0.1', false],
      ['', 'example.com', false],
    ])('tolerates a stored rule not written by the options page: %s on %s is %s', (stored, hostname, matches) => {
      expect(siteMatches(stored, hostname)).toBe(matches);
    });
  });

  describe('isSiteEnabled', () => {
    const except = (...sites: string[]): SiteRules => ({ mode: 'all-except', sites: sites.map(rule) });
    const only = (...sites: string[]): SiteRules => ({ mode: 'only', sites: sites.map(rule) });

    it.each([
      // rules, page, enabled
      [except(), 'https://example.com/', true],
      [except('example.com'), 'https://example.com/', false],
      [except('example.com'), 'https://news.example.com/a', false],
      [except('example.com'), 'https://example.org/', true],
      [except('*.example.com'), 'https://example.com/', true],
      [except('*.example.com'), 'https://www.example.com/', false],
      [except('localhost'), 'http://localhost:3000/', false],
      [except('127.0.0.1'), 'http://127.0.0.1:8080/', false],
      [except('[::1]'), 'http://[::1]:8080/', false],
      [except('bücher.de'), 'https://www.bücher.de/', false],
      [except('example.com'), 'file:///tmp/example.com.html', true],
      [except(), 'data:text/html,hi', true],
      [only(), 'https://example.com/', false],
      [only('example.com'), 'https://example.com/', true],
      [only('example.com'), 'https://sub.example.com:8443/', true],
      [only('example.com'), 'https://example.org/', false],
      [only('*.example.com'), 'https://example.com/', false],
      [only('example.com'), 'file:///tmp/example.com.html', false],
      [only('example.com'), 'about:blank', false],
    ])('%j on %s: %s', (rules, url, enabled) => {
      expect(isSiteEnabled(rules, url)).toBe(enabled);
    });
  });

  describe('setSiteEnabled', () => {
    it.each<[string, SiteRules, string, boolean, string[]]>([
      [
        'disabling adds the hostname (all-except)',
        { mode: 'all-except', sites: [] },
        'news.example.com',
        false,
        ['news.example.com'],
      ],
      [
        'disabling a listed site changes nothing (all-except)',
        { mode: 'all-except', sites: ['example.com'] },
        'news.example.com',
        false,
        ['example.com'],
      ],
      [
        'enabling removes the exact rule (all-except)',
        { mode: 'all-except', sites: ['example.com', 'a.org'] },
        'example.com',
        true,
        ['a.org'],
      ],
      [
        'enabling removes a parent and a wildcard that match (all-except)',
        { mode: 'all-except', sites: ['example.com', '*.example.com', 'a.org'] },
        'www.example.com',
        true,
        ['a.org'],
      ],
      [
        'enabling an unlisted site changes nothing (all-except)',
        { mode: 'all-except', sites: ['a.org'] },
        'example.com',
        true,
        ['a.org'],
      ],
      [
        'enabling adds the hostname (only)',
        { mode: 'only', sites: ['a.org'] },
        'example.com',
        true,
        ['a.org', 'example.com'],
      ],
      [
        'enabling a covered site changes nothing (only)',
        { mode: 'only', sites: ['*.example.com'] },
        'www.example.com',
        true,
        ['*.example.com'],
      ],
      [
        'disabling removes matching rules (only)',
        { mode: 'only', sites: ['example.com', 'a.org'] },
        'news.example.com',
        false,
        ['a.org'],
      ],
      [
        'disabling an unlisted site changes nothing (only)',
        { mode: 'only', sites: ['a.org'] },
        'example.com',
        false,
        ['a.org'],
      ],
      ['normalises the hostname it adds', { mode: 'all-except', sites: [] }, 'Example.COM.', false, ['example.com']],
      ['ignores an empty hostname', { mode: 'all-except', sites: [] }, '', false, []],
    ])('%s', (_name, rules, hostname, enabled, sites) => {
      const next = setSiteEnabled(rules, hostname, enabled);
      expect(next).toEqual({ mode: rules.mode, sites });
      if (hostname !== '') expect(isSiteEnabled(next, `https://${hostname}/`)).toBe(enabled);
    });

    it('returns the same object when nothing changes, so callers can skip the write', () => {
      const rules: SiteRules = { mode: 'all-except', sites: ['example.com'] };
      expect(setSiteEnabled(rules, 'example.com', false)).toBe(rules);
    });

    it('does not change the rules it was given', () => {
      const rules: SiteRules = { mode: 'all-except', sites: ['example.com'] };
      setSiteEnabled(rules, 'example.com', true);
      expect(rules.sites).toEqual(['example.com']);
    });
  });
});
