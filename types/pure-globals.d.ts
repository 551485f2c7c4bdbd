// The pure layer compiles without the DOM lib (tsconfig.pure.json). These WHATWG globals exist in every
// runtime it runs in (browsers, workers, Node), so they are declared here rather than pulling in the DOM.
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly port: string;
  readonly pathname: string;
  readonly href: string;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
