// Vite's `?raw` import of a bundled document as a string. Declared here because the pure layer's
// tsconfig (tsconfig.pure.json) loads no ambient types, so vite/client's declaration is not in scope.
declare module '*.txt?raw' {
  const text: string;
  export default text;
}
