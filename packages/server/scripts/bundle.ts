import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

/**
 * `npm run build -w @motcua/server`: bundles the server into plain JavaScript in `dist/`, so that
 * `npm start` and a supervisor restarting a crashed instance run Node directly instead of compiling
 * TypeScript at every start. The workspace's own TypeScript (`@motcua/core`, the web's route table)
 * goes into the bundle; every npm dependency stays in node_modules, as their files (fonts, PDF
 * metrics, WASM) are read from there.
 */
const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@motcua/'));

await build({
  // Worker threads are started from files of their own, which their module finds beside itself.
  entryPoints: { main: 'src/main.ts', 'verify-audit': 'src/cli/verify-audit.ts', 'import-land': 'src/cli/import-land.ts', 'pages-worker': 'src/modules/files/pages-worker.ts' },
  absWorkingDir: new URL('..', import.meta.url).pathname,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external: external.flatMap((name) => [name, `${name}/*`]),
  sourcemap: true,
  logLevel: 'warning',
});
