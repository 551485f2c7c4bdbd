/**
 * Ids and fingerprints for library records. A fingerprint is a 64-bit FNV-1a digest of the text with its
 * whitespace collapsed, so the same article pasted twice (or with other line breaks) is the same document.
 */
export function textFingerprint(text: string): string {
  const normalised = text.replace(/\s+/g, ' ').trim();
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < normalised.length; i += 1) {
    hash ^= BigInt(normalised.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return `${normalised.length.toString(36)}-${hash.toString(36)}`;
}

/** A kebab-case id from a name ("Vivek Ramaswamy" → "vivek-ramaswamy"), unique among `taken`. */
export function uniqueId(name: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
