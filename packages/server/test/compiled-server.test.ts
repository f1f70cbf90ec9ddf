import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { objectStreamPdf } from './support/pdf-bomb.js';

/** The server as `npm start` runs it: the bundle `npm run build` writes, in a process of its own. */
const MAIN = new URL('../dist/main.js', import.meta.url).pathname;

interface Running {
  child: ChildProcess;
  /** Everything it printed, to read its refusals. */
  output: () => string;
  /** Resolves with its address once it listens, or with null if it exits first. */
  listening: Promise<string | null>;
  exited: Promise<number | null>;
}

function startServer(dataDir: string): Running {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, MOTCUA_DATA_DIR: dataDir, MOTCUA_DEMO: 'false', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<string | null>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const address = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (address) resolve(address);
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    void exited.then(() => resolve(null));
  });
  return { child, output: () => output, listening, exited };
}

describe('the compiled server on the embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'motcua-compiled-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('starts, reads uploaded PDFs in its worker thread, and answers again after being killed', async () => {
    const first = startServer(dataDir);
    const address = await first.listening;
    expect(address, first.output()).not.toBeNull();
    expect((await fetch(`${address}/api/health`)).status).toBe(200);
    const upload = await fetch(`${address}/api/public/files`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'to-khai.pdf', contentBase64: objectStreamPdf(0).toString('base64') }),
    });
    expect(upload.status).toBe(201);
    const bomb = await fetch(`${address}/api/public/files`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'bom.pdf', contentBase64: objectStreamPdf(200).toString('base64') }),
    });
    expect(await bomb.json()).toMatchObject({ code: 'file_unreadable' });

    first.child.kill('SIGKILL');
    await first.exited;
    const second = startServer(dataDir);
    const again = await second.listening;
    expect(again, second.output()).not.toBeNull();
    expect((await fetch(`${again}/api/health`)).status).toBe(200);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });

  it('refuses to start on a database whose applied migration was edited, naming it', async () => {
    const db = await openPglite(dataDir);
    await migrate(db);
    const { rows } = await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name LIMIT 1');
    // What an edit of the file looks like to the database: the checksum no longer matches.
    await db.query("UPDATE schema_migrations SET checksum = repeat('0', 64) WHERE name = $1", [rows[0]!.name]);
    await db.close();
    const server = startServer(dataDir);
    expect(await server.listening).toBeNull();
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`Migration ${rows[0]!.name} was edited after it was applied`);
  });
});
