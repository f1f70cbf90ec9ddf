import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { migrate } from '../../src/db/migrate.js';
import { openPostgres } from '../../src/db/postgres.js';
import { PASSWORD, createProvince } from '../../test/support/province.js';
import { TEST_CREDENTIAL_KEY } from '../../test/support/signing.js';
import { startSmsGateway } from '../../test/support/sms-gateway.js';
import { BENCH_DATABASE_URL, admin } from '../bench-database.js';
import { type Check, aggregatesRecount, auditChain, codesUnique, outboxSettled, submissionsOnce } from './checks.js';
import { Instance } from './instances.js';
import { startMailSink } from './mail-sink.js';
import { drainOutbox } from './outbox.js';
import { type Kind, LoadState, OFFICERS } from './traffic.js';

/**
 * `npm run bench`: reliability under load. Two instances share one PostgreSQL; for
 * BENCH_LOAD_SECONDS citizens track and submit dossiers and officers take them through their
 * steps on both, and halfway through instance B is killed with SIGKILL and started again
 * DOWN_SECONDS later. Prints requests/s, p50/p99 and errors per kind, then checks what the crash
 * may have broken: B answering again at its first start, every submission answered 201 stored
 * exactly once, unique codes, the audit chain, the outbox delivered, the aggregates equal to a
 * recount. Exits 1 if a check fails.
 */
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const DOWN_SECONDS = 3;
const CONNECTIONS: Record<Kind, number> = { tracking: 8, submission: 4, officer: 4 };
const KINDS = Object.keys(CONNECTIONS) as Kind[];
/** How long B's clients keep trying after the kill before they wait for it to come back. */
const CLIENTS_BACK_OFF_MS = 250;
/** However slowly B comes back, the run goes on until it has served this long again. */
const SECONDS_AFTER_RESTART = 5;
/** The bound of every run, whatever happens. */
const MAX_SECONDS = SECONDS + 180;
/** autocannon gives up on an answer after 10 s; work it sent then is read again after this. */
const ABANDONED_MS = 15_000;

const runId = randomBytes(4).toString('hex');
const database = `motcua_load_${runId}`;
const databaseUrl = new URL(BENCH_DATABASE_URL);
databaseUrl.pathname = `/${database}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function json<T>(response: Promise<Response>): Promise<T> {
  const answer = await response;
  if (!answer.ok) throw new Error(`${answer.url}: ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as T;
}

const post = (base: string, path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** What the clients of one kind saw from one instance over one stretch of the run. */
interface Seen {
  kind: Kind;
  instance: string;
  /** How long the clients sent to it. */
  seconds: number;
  latencies: number[];
  ok: number;
  non2xx: number;
  /** How many of each status other than 2xx. */
  statuses: Map<number, number>;
  /** Requests sent, answered or not. */
  sent: number;
  /** One a connection: what each run's clients had sent and not yet seen answered when it ended. */
  pendingAtEnd: number;
  /** Connections refused while the instance was down. */
  refused: number;
  timeouts: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

/** One autocannon run feeding `seen` until `stop` (its clients stop sending); bounded by MAX_SECONDS all the same. */
function load(seen: Seen, base: string, connections: number, requests: autocannon.Request[]): { done: Promise<void>; stop(): void } {
  let run: autocannon.Instance;
  const started = performance.now();
  const done = new Promise<void>((resolve, reject) => {
    run = autocannon({ url: base, connections, duration: MAX_SECONDS, requests }, (error, result) => {
      if (error) return reject(error);
      seen.seconds = (performance.now() - started) / 1000;
      seen.timeouts += result.timeouts;
      seen.sent += result.requests.sent;
      seen.pendingAtEnd += connections;
      resolve();
    });
    run.on('response', (_client, status, _bytes, responseTime) => {
      seen.latencies.push(responseTime);
      if (status >= 200 && status < 300) seen.ok++;
      else {
        seen.non2xx++;
        seen.statuses.set(status, (seen.statuses.get(status) ?? 0) + 1);
      }
    });
    run.on('reqError', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') seen.refused++;
    });
  });
  return { done, stop: () => run.stop() };
}

/** A row per kind and stretch of an instance, then per kind over the whole run of `seconds`. */
function table(seen: Seen[], seconds: number): string[] {
  const row = (cells: Array<string | number>) => cells.map((cell, index) => String(cell)[index < 2 ? 'padEnd' : 'padStart'](index < 2 ? 11 : 9)).join('');
  const line = (kind: string, instance: string, of: Seen[], over: number) => {
    const sorted = of.flatMap((one) => one.latencies).sort((a, b) => a - b);
    const sum = (field: 'ok' | 'non2xx' | 'sent' | 'pendingAtEnd' | 'refused' | 'timeouts') => of.reduce((total, one) => total + one[field], 0);
    // A request cut by the kill is dropped by autocannon without a word when the socket ends: counted as sent, never answered.
    const errors = Math.max(0, sum('sent') - sum('ok') - sum('non2xx') - sum('refused') - sum('pendingAtEnd'));
    return row([kind, instance, ((sum('ok') + sum('non2xx')) / over).toFixed(0), percentile(sorted, 0.5).toFixed(0), percentile(sorted, 0.99).toFixed(0),
      sum('ok'), sum('non2xx'), errors, sum('timeouts'), sum('refused')]);
  };
  const lines = [row(['kind', 'instance', 'req/s', 'p50 ms', 'p99 ms', '2xx', 'non-2xx', 'errors', 'timeouts', 'refused'])];
  for (const kind of KINDS) {
    const ofKind = seen.filter((one) => one.kind === kind);
    for (const one of ofKind) lines.push(line(kind, one.instance, [one], one.seconds));
    lines.push(line(kind, 'all', ofKind, seconds));
  }
  return lines;
}

async function main(): Promise<boolean> {
  await admin(`CREATE DATABASE ${database}`);
  const db = openPostgres({ connectionString: databaseUrl.toString() });
  const mailbox = await startMailSink();
  const sms = await startSmsGateway();
  const filesDir = await mkdtemp(join(tmpdir(), 'motcua-load-'));
  const env = {
    DATABASE_URL: databaseUrl.toString(),
    MOTCUA_DEMO: 'false',
    LOG_LEVEL: 'warn',
    MOTCUA_CREDENTIAL_KEY: TEST_CREDENTIAL_KEY,
    MOTCUA_FILES_DIR: filesDir,
    MOTCUA_SMTP_URL: mailbox.url,
    MOTCUA_SMS_URL: sms.url,
    // The load generator stands for a load balancer in front of many citizens (traffic.ts).
    MOTCUA_TRUST_PROXY: '127.0.0.1',
    MOTCUA_PUBLIC_RATE_LIMIT: '100000000',
    MOTCUA_ANONYMOUS_SUBMISSIONS_PER_HOUR: '100000000',
    MOTCUA_ANONYMOUS_UPLOAD_MB_PER_HOUR: '100000',
  };
  const instances = { A: new Instance('A', 3921, env), B: new Instance('B', 3922, env) };
  try {
    await migrate(db);
    await createProvince(db);
    for (const first of await Promise.all([instances.A.start(1), instances.B.start(1)])) {
      if (!first.up) throw new Error(`an instance did not start: ${first.failures.join('; ')}`);
    }
    const { A, B } = instances;

    const tokens: Record<string, string> = {};
    for (const username of OFFICERS) tokens[username] = (await json<{ token: string }>(post(A.base, '/api/v1/auth/login', { username, password: PASSWORD }))).token;
    const file = await json<{ id: string; uploadToken: string }>(post(A.base, '/api/public/files', { name: 'to-khai.pdf', contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') }));
    const state = new LoadState(runId, tokens);
    // A few dossiers before the clock starts, for the first tracking requests to find.
    await autocannon({ url: A.base, connections: 1, amount: 5, requests: state.submissionRequests('A', file) });
    if (state.submissions.length === 0) throw new Error('no submission succeeded before the run');

    const requestsOf = (instance: Instance): Record<Kind, autocannon.Request[]> => ({
      tracking: state.trackingRequests(),
      submission: state.submissionRequests(instance.name, file),
      officer: state.officerRequests(instance.name),
    });
    const seen: Seen[] = [];
    /** The three kinds of traffic on one instance, counted under `label`. */
    const start = (instance: Instance, label: string) =>
      KINDS.map((kind) => {
        const one: Seen = { kind, instance: label, seconds: 0, latencies: [], ok: 0, non2xx: 0, statuses: new Map(), sent: 0, pendingAtEnd: 0, refused: 0, timeouts: 0 };
        seen.push(one);
        return load(one, instance.base, CONNECTIONS[kind], requestsOf(instance)[kind]);
      });
    const stop = async (runs: ReturnType<typeof start>) => {
      for (const run of runs) run.stop();
      await Promise.all(runs.map((run) => run.done));
    };
    const started = performance.now();
    const onA = start(A, 'A');
    const onB = start(B, 'B');
    const sweep = setInterval(() => state.releaseAbandoned(ABANDONED_MS), 1000);
    await sleep((SECONDS * 1000) / 2);
    const killedAt = new Date();
    state.markDown('B');
    await B.kill();
    // B's clients see their requests cut and their reconnections refused; then they wait for B, as
    // a client backs off, instead of spinning on refused connections through the whole restart.
    await sleep(CLIENTS_BACK_OFF_MS);
    await stop(onB);
    await sleep(DOWN_SECONDS * 1000 - CLIENTS_BACK_OFF_MS);
    const restart = await B.start();
    if (restart.up) state.markUp('B');
    const onBAgain = restart.up ? start(B, 'B again') : [];
    await sleep(Math.max(SECONDS * 1000 - (performance.now() - started), SECONDS_AFTER_RESTART * 1000));
    await stop([...onA, ...onBAgain]);
    const elapsed = (performance.now() - started) / 1000;
    clearInterval(sweep);
    const drained = await drainOutbox(db, killedAt);
    await Promise.all([A.stop(), B.stop()]);

    const checks: Check[] = [
      {
        name: 'the killed instance answers again at its first start',
        ok: restart.up && restart.failures.length === 0,
        detail:
          (restart.up ? `answering ${(restart.ms / 1000).toFixed(1)} s after it was started` : `not up after ${restart.failures.length} starts`) +
          restart.failures.map((failure, index) => `; start ${index + 1} ${failure}`).join(''),
      },
      await submissionsOnce(db, state),
      await codesUnique(db),
      await auditChain(db),
      await outboxSettled(db, drained),
      await aggregatesRecount(db),
    ];

    console.log(
      `\nload test on PostgreSQL: two instances, one database, ${elapsed.toFixed(0)} s (BENCH_LOAD_SECONDS ${SECONDS}, and ${SECONDS_AFTER_RESTART} s at least after B is back or given up), connections per instance ${KINDS.map((kind) => `${kind} ${CONNECTIONS[kind]}`).join(', ')}`,
    );
    console.log(
      `  B killed with SIGKILL at ${(SECONDS / 2).toFixed(0)} s and started again ${DOWN_SECONDS} s later (tried up to 5 times, as a supervisor would); ` +
        `its clients tried for ${CLIENTS_BACK_OFF_MS} ms after the kill, then waited for it`,
    );
    for (const line of table(seen, elapsed)) console.log(`  ${line}`);
    for (const kind of KINDS) {
      const statuses = new Map<number, number>();
      for (const one of seen.filter((item) => item.kind === kind)) for (const [status, n] of one.statuses) statuses.set(status, (statuses.get(status) ?? 0) + n);
      if (statuses.size > 0) console.log(`  ${kind} answers other than 2xx: ${[...statuses].map(([status, n]) => `${n} × ${status}`).join(', ')}`);
    }
    const { done, refused, reread, finished } = state.actions;
    console.log(`  officers: ${done} actions done, ${refused} refused (409 after a lost answer), ${reread} dossiers read again, ${finished} dossiers returned to the applicant`);
    console.log(`  notices delivered: ${mailbox.received()} e-mails, ${sms.requests.length} SMS`);
    for (const check of checks) console.log(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name}: ${check.detail}`);
    return checks.every((check) => check.ok);
  } finally {
    await Promise.all(Object.values(instances).map((instance) => instance.kill()));
    await db.close();
    await Promise.all([mailbox.close(), sms.close()]);
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await rm(filesDir, { recursive: true, force: true });
  }
}

if (!(await main())) process.exitCode = 1;
