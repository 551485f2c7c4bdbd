/**
 * What a person types into the options page's "Site" field, checked and reduced to a stored rule:
 * a hostname (`example.com`), a wildcard (`*.example.com`) or a pasted http(s) address (its hostname).
 * The URL parser does the normalising (lower case, punycode for IDN hosts, IPv4 shorthands, no port),
 * so a rule is written exactly as pages' hostnames are (utils/site-rules.ts). Each refusal is one sentence.
 */
import { displaySite } from '@/utils/punycode';
import { isIpAddress, normaliseHostname, siteMatches } from '@/utils/site-rules';
import { fitsSyncItem } from '@/utils/sync-quota';

export type SiteCheck = { ok: true; site: string } | { ok: false; message: string };

export const SITE_MAX_LENGTH = 253;
/** A pasted address may carry a long path; anything longer than this is not an address. */
const URL_MAX_LENGTH = 4096;
const TOO_LONG = `That is too long: a site name has at most ${SITE_MAX_LENGTH} characters.`;
const STAR_DOT = 'Write a wildcard with a dot after the star, as in *.example.com.';
const STAR_FIRST = 'A star can only begin a wildcard, as in *.example.com.';

const fail = (message: string): SiteCheck => ({ ok: false, message });

/** `scheme:` at the start, unless it is `host:port` (`localhost:3000`, `example.com:8080/path`). */
function schemeOf(input: string): string | undefined {
  const match = /^([a-z][a-z0-9+.-]*):(.*)$/is.exec(input);
  if (!match) return undefined;
  const rest = match[2] ?? '';
  const isPort = !rest.startsWith('//') && (rest === '' || /^\d/.test(rest));
  return isPort ? undefined : (match[1] ?? '').toLowerCase();
}

/** The hostname the URL parser makes of the input, or a refusal. */
function hostnameOf(input: string): SiteCheck {
  const scheme = schemeOf(input);
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https') {
      return fail(`Only web sites (http or https) can be added, not ${scheme}: addresses.`);
    }
    try {
      // Chrome's parser writes a star in a host as %2A, Node's leaves it: checkHostname judges it either way.
      const hostname = new URL(input).hostname.replace(/%2a/gi, '*');
      if (hostname !== '') return { ok: true, site: hostname };
    } catch {
      // Falls through to the refusal below.
    }
    return fail(`“${input}” is not a complete web address.`);
  }
  if (input.length > SITE_MAX_LENGTH) return fail(TOO_LONG);
  if (/^[^/@]+@/.test(input)) return fail('That looks like an email address; type just the site, such as example.com.');
  // The star is checked here, not left to the URL parser: parsers differ on it, and `*.127.0.0.1` would
  // read as a malformed IPv4 address.
  const wildcard = input.startsWith('*.') ? '*.' : '';
  const rest = input.slice(wildcard.length);
  if (input.startsWith('*') && !wildcard) return fail(STAR_DOT);
  if (wildcard && rest === '') return fail('Add a domain after “*.”, as in *.example.com.');
  if (rest.includes('*')) return fail(STAR_FIRST);
  // A bare IPv6 address (`::1`, `2001:db8::1`) gets the brackets a URL needs.
  const host = /^[0-9a-f]*:[0-9a-f]*:[0-9a-f:.]*$/i.test(rest) ? `[${rest}]` : rest;
  try {
    return { ok: true, site: wildcard + new URL(`http://${host}`).hostname };
  } catch {
    return fail(`“${input}” is not a valid site name.`);
  }
}

/** Checks the URL parser's hostname: wildcard placement, label characters, length. */
function checkHostname(hostname: string, input: string): SiteCheck {
  const site = normaliseHostname(hostname);
  if (site.startsWith('[')) return { ok: true, site };
  const wildcard = hostname.startsWith('*.');
  const domain = wildcard ? site.slice(2) : site;
  if (wildcard && domain === '') return fail('Add a domain after “*.”, as in *.example.com.');
  if (site.startsWith('*') && !wildcard) return fail(STAR_DOT);
  if (domain.includes('*')) return fail(STAR_FIRST);
  if (isIpAddress(domain)) {
    return wildcard ? fail('A wildcard needs a domain name after “*.”, not an IP address.') : { ok: true, site };
  }
  const labels = domain.split('.');
  if (!labels.every((label) => /^[a-z0-9_-]{1,63}$/.test(label))) {
    return fail(`“${input}” is not a valid site name.`);
  }
  if (site.length > SITE_MAX_LENGTH) return fail(TOO_LONG);
  return { ok: true, site };
}

/** Reads what was typed into the "Site" field as a rule to store, or says in one sentence why not. */
export function parseSiteInput(raw: string): SiteCheck {
  const input = raw.trim();
  if (input === '') return fail('Type a site to add, such as example.com.');
  if (/\s/.test(input)) return fail('A site name can’t contain spaces.');
  if (input.length > URL_MAX_LENGTH) return fail(TOO_LONG);
  const hostname = hostnameOf(input);
  return hostname.ok ? checkHostname(hostname.site, input) : hostname;
}

/** Whether rule `a` already covers every page that rule `b` would. */
export function ruleCovers(a: string, b: string): boolean {
  // `b`'s pages are its domain's subdomains (and the domain itself unless `b` is a wildcard); `a` covers
  // them all exactly when it matches that domain, or when both are the same rule.
  return a === b || siteMatches(a, b.startsWith('*.') ? b.slice(2) : b);
}

/**
 * Whether a parsed site may join the list: not already there, not already covered by a listed rule,
 * and the list still fits in sync storage. Refusals are polite: nothing is wrong with the input.
 */
export function checkNewSite(site: string, sites: readonly string[]): SiteCheck {
  const shown = displaySite(site);
  if (sites.includes(site)) return fail(`${shown} is already in the list.`);
  const covering = sites.find((rule) => ruleCovers(rule, site));
  if (covering !== undefined) return fail(`${shown} is already covered by ${displaySite(covering)}.`);
  if (!fitsSyncItem({ mode: 'all-except', sites: [...sites, site] })) {
    return fail('The list is full: browser sync storage holds at most 8 KB per setting, so remove a site first.');
  }
  return { ok: true, site };
}
