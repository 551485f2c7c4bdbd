/**
 * Whether Context Cards runs on a page, from the user's site rules. Pure: takes the page's URL as a string.
 */
import type { SiteRules } from '@/utils/settings-schema';

/** The hostname a rule is written against, or undefined for pages that have none (file:, data:…). */
export function siteOf(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** `example.com` covers itself and its subdomains; `*.example.com` covers only its subdomains. */
export function siteMatches(rule: string, hostname: string): boolean {
  if (rule.startsWith('*.')) return hostname.endsWith(rule.slice(1));
  return hostname === rule || hostname.endsWith(`.${rule}`);
}

export function isSiteEnabled(rules: SiteRules, url: string): boolean {
  const hostname = siteOf(url);
  const listed = hostname !== undefined && rules.sites.some((rule) => siteMatches(rule, hostname));
  return rules.mode === 'all-except' ? !listed : listed;
}

/** The rules with a page's site switched on or off (the popup's switch, the card's "Turn off on this site"). */
export function setSiteEnabled(rules: SiteRules, url: string, enabled: boolean): SiteRules {
  const hostname = siteOf(url);
  if (hostname === undefined || isSiteEnabled(rules, url) === enabled) return rules;
  const listed = rules.mode === 'all-except' ? !enabled : enabled;
  const sites = listed ? [...rules.sites, hostname] : rules.sites.filter((rule) => !siteMatches(rule, hostname));
  return { ...rules, sites };
}
