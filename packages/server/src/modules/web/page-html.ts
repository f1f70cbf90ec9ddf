import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { LAZY_PAGE_MODULES, type PageName, matchPage, pageReads } from '@motcua/contract';

/** The parts of Vite's build manifest (`build.manifest`) read here: each chunk's file, static imports and style sheets. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The files a chunk needs before it runs: its own and its style sheets, and, recursively, those of its static imports. */
function chunkFiles(manifest: Manifest, key: string, files = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const sheet of chunk.css ?? []) files.add(sheet);
  for (const imported of chunk.imports ?? []) chunkFiles(manifest, imported, files);
  return files;
}

/** A file of the page's code in the HTML's head: a script to preload, or a style sheet, which the script would add only once it ran. */
const linkTo = (file: string) => (file.endsWith('.css') ? `<link rel="stylesheet" crossorigin href="/${file}">` : `<link rel="modulepreload" crossorigin href="/${file}">`);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * index.html as each page address needs it. Without it the browser fetches one thing after
 * another, each a round trip on a slow mobile network: the HTML, the main script, the page's
 * code, which the main script asks for once it runs, and the page's data, which the page asks
 * for once it shows. Here the HTML names the page's code (`modulepreload`, with the chunks it
 * imports that the main script does not, and their style sheets) and the public API addresses the page reads first
 * (`preload as=fetch`, with the same-origin credentials of the page's own `fetch`, without which
 * the browser would not hand it the response), so that they all travel together. The route table
 * is the one the web application routes by (packages/contract/src/pages.ts); the HTML up to the data links is
 * prepared once per page. A build without its manifest, or without a page's chunk, is served
 * as it is, only slower: the log says to rebuild it.
 */
export function pageHtml(webDir: string, indexHtml: string, log: FastifyBaseLogger): (url: string) => string {
  const manifestFile = join(webDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    log.warn(`The web build in ${webDir} has no manifest: pages load their code one after another. Rebuild it with "npm run build".`);
    return () => indexHtml;
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  const loadedByEntry = entry ? chunkFiles(manifest, entry) : new Set<string>();
  const headEnd = indexHtml.indexOf('</head>');
  const head = indexHtml.slice(0, headEnd);
  const tail = indexHtml.slice(headEnd);
  const heads = new Map<PageName, string>();
  for (const [page, module] of Object.entries(LAZY_PAGE_MODULES) as Array<[PageName, string]>) {
    if (!manifest[module]) {
      log.warn(`The web build in ${webDir} has no chunk for ${module}: rebuild it with "npm run build".`);
      continue;
    }
    const files = [...chunkFiles(manifest, module)].filter((file) => !loadedByEntry.has(file));
    heads.set(page, head + files.map(linkTo).join(''));
  }
  return (url) => {
    const { pathname, searchParams } = new URL(url, 'http://localhost');
    const match = matchPage(pathname);
    if (!match) return indexHtml;
    const reads = pageReads(match, searchParams).map((read) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(read)}">`);
    return (heads.get(match.route.page) ?? head) + reads.join('') + tail;
  };
}
