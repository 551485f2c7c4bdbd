/**
 * Whether Context Cards runs on a page, from the user's site rules. Pure: takes the page's URL as a string.
 *
 * Rules are hostnames as the URL parser writes them (lower case, punycode, IPv6 in brackets, no port),
 * which is how the options page stores them (utils/site-input.ts). A rule applies to every port and
 * scheme of its host: `example.com` covers `https://example.com:8080/` too.
 *
 * Pages without a hostname (file:, data:, about:, browser pages) can never be listed, so "all sites
 * except these" runs on them and "only on these sites" does not.
 */
import type { SiteRules } from '@/utils/settings-schema';

/** The hostname a rule is written against, or undefined for pages that have none (file:, data:…). */
export function siteOf(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    return normaliseHostname(hostname) || undefined;
  } catch {
    return undefined;
  }
}

/** Lower case without the trailing dot of a fully qualified name (`example.com.` is `example.com`). */
export function normaliseHostname(hostname: string): string {
  const lower = hostname.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** IPv4 as the URL parser writes it (four decimal parts) or IPv6 in brackets. */
export function isIpAddress(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * `example.com` covers itself and its subdomains; `*.example.com` covers only its subdomains; an IP
 * address covers only itself (`0.1` must not match `127.0.0.1`).
 */
export function siteMatches(rule: string, hostname: string): boolean {
  const site = normaliseHostname(rule);
  const host = normaliseHostname(hostname);
  if (site === '' || host === '') return false;
  if (site.startsWith('*.')) return !isIpAddress(host) && host.endsWith(site.slice(1));
  if (host === site) return true;
  return !isIpAddress(host) && !isIpAddress(site) && host.endsWith(`.${site}`);
}

export function isSiteEnabled(rules: SiteRules, url: string): boolean {
  const hostname = siteOf(url);
  const listed = hostname !== undefined && rules.sites.some((rule) => siteMatches(rule, hostname));
  return rules.mode === 'all-except' ? !listed : listed;
}

/**
 * The rules after the popup's switch turns a site on or off. A rule cannot carry exceptions, so turning
 * a site "off the list" removes every rule that matches it (a parent domain or a wildcard included),
 * and putting it on the list adds the hostname itself. Returns `rules` unchanged when nothing changes.
 */
export function setSiteEnabled(rules: SiteRules, hostname: string, enabled: boolean): SiteRules {
  const host = normaliseHostname(hostname);
  if (host === '') return rules;
  const listed = rules.sites.some((rule) => siteMatches(rule, host));
  const shouldBeListed = rules.mode === 'all-except' ? !enabled : enabled;
  if (listed === shouldBeListed) return rules;
  const sites = shouldBeListed ? [...rules.sites, host] : rules.sites.filter((rule) => !siteMatches(rule, host));
  return { ...rules, sites };
}
