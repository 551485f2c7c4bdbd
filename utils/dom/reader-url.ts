/**
 * The address of the page the reader is on, which the site rules are about: in a frame, the top page's
 * origin (Chromium's location.ancestorOrigins), so the switch for a site also covers the frames it embeds.
 */
export function readerUrl(): string {
  if (window === window.top) return location.href;
  const origins = location.ancestorOrigins as DOMStringList | undefined;
  return origins !== undefined && origins.length > 0 ? origins[origins.length - 1]! : location.href;
}
