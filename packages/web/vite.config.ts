import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { type Plugin, defineConfig } from 'vite';

/** Writes .br and .gz beside every script, style and page, which the server sends to browsers that accept them. */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'motcua-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((name) => /\.(js|css|html|svg|json)$/.test(name));
      for (const name of files) {
        const path = join(outDir, name);
        const content = await readFile(path);
        await writeFile(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        await writeFile(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

// In development, `npm run dev -w @motcua/web` serves the pages and forwards the API to a server
// started with `npm start`; in production the server serves `dist/` itself, reading the manifest
// to name in each page's HTML the chunks that page loads (packages/server/src/modules/web).
export default defineConfig({
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // Everything the main script imports goes in the main script itself rather than in a handful of
        // small chunks: a browser opens at most six connections to a server over HTTP/1.1, and on a
        // slow network each request beyond them waits a whole round trip.
        codeSplitting: { groups: [{ name: 'main', tags: ['$initial'] }] },
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
