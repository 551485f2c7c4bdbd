/**
 * Shows stored sites the way people typed them: `xn--bcher-kva.de` is displayed as `bücher.de`.
 * Rules are stored in punycode (what the URL parser gives pages' hostnames); the URL API can encode but
 * not decode, hence this small RFC 3492 decoder.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_CODE_POINT = 0x10ffff;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

function digitOf(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 are 26-35
  if (code >= 0x61 && code <= 0x7a) return code - 0x61; // a-z are 0-25
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  return BASE;
}

/** Decodes one punycode label (without `xn--`); undefined when it is not valid punycode. */
export function decodePunycode(input: string): string | undefined {
  const delimiter = input.lastIndexOf('-');
  const output: number[] = [];
  for (let j = 0; j < Math.max(delimiter, 0); j++) {
    const code = input.charCodeAt(j);
    if (code >= 0x80) return undefined;
    output.push(code);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length;) {
    const oldI = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit >= BASE) return undefined;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (w > MAX_CODE_POINT * BASE) return undefined;
    }
    const length = output.length + 1;
    bias = adapt(i - oldI, length, oldI === 0);
    n += Math.floor(i / length);
    i %= length;
    if (n > MAX_CODE_POINT) return undefined;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** A stored site as people read it: punycode labels decoded, everything else unchanged. */
export function displaySite(site: string): string {
  return site
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (unicodeLabel(label) ?? label) : label))
    .join('.');
}

/** The label's Unicode form, only if the URL parser encodes that back to the same label. */
function unicodeLabel(label: string): string | undefined {
  const decoded = decodePunycode(label.slice(4));
  if (decoded === undefined) return undefined;
  try {
    return new URL(`http://${decoded}`).hostname === label ? decoded : undefined;
  } catch {
    return undefined;
  }
}
