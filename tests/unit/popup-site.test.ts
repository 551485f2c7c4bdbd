import { describe, expect, it } from 'vitest';
import { siteSwitchState, tabIdFromSearch } from '@/utils/popup-site';
import type { SiteRules } from '@/utils/settings-schema';

const ALL: SiteRules = { mode: 'all-except', sites: [] };
const EXCEPT_EXAMPLE: SiteRules = { mode: 'all-except', sites: ['example.com'] };
const ONLY_EXAMPLE: SiteRules = { mode: 'only', sites: ['example.com'] };

describe('siteSwitchState', () => {
  it.each<[string, string, SiteRules, boolean]>([
    ['on by default', 'https://news.example.org/a', ALL, true],
    ['off on a listed site', 'https://www.example.com/a', EXCEPT_EXAMPLE, false],
    ['on for a listed site in "only" mode', 'http://example.com:8080/', ONLY_EXAMPLE, true],
    ['off elsewhere in "only" mode', 'https://other.org/', ONLY_EXAMPLE, false],
  ])('is available and %s', (_name, url, rules, enabled) => {
    const state = siteSwitchState(url, undefined, rules);
    expect(state).toEqual({ kind: 'available', url, site: new URL(url).hostname, enabled });
  });

  it('is unavailable on a page without a site (the content script answers on file pages with access)', () => {
    const state = siteSwitchState('file:///home/me/a.html', 'file:///home/me/a.html', ALL);
    expect(state.kind).toBe('unavailable');
  });

  it.each<[string | undefined, RegExp]>([
    [undefined, /can’t run on this page/],
    ['chrome://version/', /browser pages/],
    ['about:blank', /browser pages/],
    ['chrome-extension://abc/options.html', /extension pages/],
    ['https://chromewebstore.google.com/detail/x', /web store/],
    ['https://addons.mozilla.org/en-US/firefox/', /web store/],
    ['file:///tmp/a.html', /Allow access to file URLs/],
    ['https://example.com/', /Reload this page/],
    ['data:text/html,hi', /can’t run on this page/],
  ])('explains why when the content script does not answer (tab at %s)', (tabUrl, reason) => {
    const state = siteSwitchState(undefined, tabUrl, ALL);
    expect(state.kind).toBe('unavailable');
    expect(state.kind === 'unavailable' && state.reason).toMatch(reason);
  });
});

describe('tabIdFromSearch', () => {
  it.each<[string, number | undefined]>([
    ['?tab=42', 42],
    ['?x=1&tab=7', 7],
    ['?tab=7&x=1', 7],
    ['', undefined],
    ['?tab=', undefined],
    ['?tab=-1', undefined],
    ['?tab=1.5', undefined],
    ['?tab=abc', undefined],
    ['?stab=3', undefined],
    ['?tab=99999999999', undefined],
  ])('%j → %s', (search, id) => {
    expect(tabIdFromSearch(search)).toBe(id);
  });
});
