import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * `npm run bench` (after `npm run build`): how long an instance killed with SIGKILL takes to answer
 * `/api/health` again when its supervisor restarts it on a database that already holds the demo
 * province — on the embedded database and on PostgreSQL. Target: under 3 s.
 */
const SERVER_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const MAIN = new URL('../dist/main.js', import.meta.url).pathname;
const PORT = 3911;
const RESTARTS = 3;

function startServer(env: Record<string, string>): { child: ChildProcess; demoReady: Promise<void> } {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const demoReady = new Promise<void>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Demo dossiers created')) resolve();
    });
  });
  return { child, demoReady };
}

async function healthy(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`http://127.0.0.1:${PORT}/api/health`).then((response) => response.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the server did not become healthy within 60 s');
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Seeds the demo once, then SIGKILLs and restarts the server RESTARTS times; the median time to healthy. */
async function restartTimes(env: Record<string, string>): Promise<number[]> {
  const first = startServer(env);
  await first.demoReady;
  let running = first.child;
  const times: number[] = [];
  for (let round = 0; round < RESTARTS; round++) {
    await kill(running);
    const started = performance.now();
    running = startServer({ ...env, MOTCUA_DEMO: 'true' }).child;
    await healthy(Date.now() + 60_000);
    times.push(performance.now() - started);
  }
  await kill(running);
  return times;
}

const describe = (times: number[]) =>
  `${times.map((time) => `${(time / 1000).toFixed(2)} s`).join(', ')}; median ${([...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]! / 1000).toFixed(2)} s (target < 3 s)`;

const dataDir = await mkdtemp(join(tmpdir(), 'motcua-restart-'));
const database = `motcua_restart_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: SERVER_URL });
await admin.connect();
await admin.query(`CREATE DATABASE ${database}`);
try {
  const embedded = await restartTimes({ MOTCUA_DATA_DIR: dataDir });
  const databaseUrl = new URL(SERVER_URL);
  databaseUrl.pathname = `/${database}`;
  const postgres = await restartTimes({ DATABASE_URL: databaseUrl.toString() });
  console.log(`\nrestart after SIGKILL, time to a healthy answer (compiled server, demo province in the database)`);
  console.log(`  embedded database: ${describe(embedded)}`);
  console.log(`  PostgreSQL:        ${describe(postgres)}`);
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  await rm(dataDir, { recursive: true, force: true });
}
