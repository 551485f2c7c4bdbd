import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const repoRoot = resolve(import.meta.dirname, '../..');
/** Real saved pages, read from ../shared (never copied into the project). */
export const corpusDir = resolve(repoRoot, '../shared/corpus/pages');

/**
 * Serves tests/fixtures at / and the shared corpus at /corpus/ on 127.0.0.1, on a free port.
 * Corpus pages are third-party pages saved with their markup only; their sub-resources 404 here.
 */
export async function startStaticServer(): Promise<{ origin: string; server: Server }> {
  const roots: Array<[prefix: string, dir: string]> = [
    ['/corpus/', corpusDir],
    ['/', join(repoRoot, 'tests/fixtures')],
  ];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const root = roots.find(([prefix]) => pathname.startsWith(prefix));
    const file = root && normalize(join(root[1], pathname.slice(root[0].length)));
    if (!root || !file || !file.startsWith(root[1]) || !isFile(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
