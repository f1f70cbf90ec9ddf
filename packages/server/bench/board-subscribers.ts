import { randomBytes } from 'node:crypto';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { issueTicket } from '../src/modules/centres/index.js';
import { CENTRE_CODE, createCentre } from '../test/support/centre.js';
import { type OpenStream, openStream } from '../test/support/event-stream.js';
import { signIn } from '../test/support/http.js';
import { createProvince } from '../test/support/province.js';
import { TEST_CREDENTIAL_KEY } from '../test/support/signing.js';
import { BENCH_DATABASE_URL, admin } from './bench-database.js';

/**
 * `npm run bench`: on PostgreSQL, 100 display boards and 100 phones following their tickets hold
 * streams open on one instance; an officer calls the next ticket, and we time until every one of
 * the 200 has been told (boards: the `call` event; phones: their new place, or that they are called).
 * Target: under 1 s for all of them. The median of CALLS calls is printed, and the slowest.
 */
const BOARDS = 100;
const PHONES = 100;
const CALLS = 5;
const schema = `bench_${randomBytes(4).toString('hex')}`;

await admin(`CREATE SCHEMA ${schema}`);
const db = openPostgres({ connectionString: BENCH_DATABASE_URL, schema });
try {
  await migrate(db);
  const province = await createProvince(db);
  const centre = await createCentre(db, province);
  const config = { ...loadConfig({}), publicRequestsPerMinute: 100_000, credentialKey: TEST_CREDENTIAL_KEY };
  const app = await buildApp(config, db, { logger: false, backgroundJobs: false });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const officer = await signIn(app, 'reception');
  await officer.request('POST', `/api/v1/centres/${CENTRE_CODE}/counters/3/open`);
  const tickets = [];
  for (let index = 0; index < PHONES + CALLS; index++) {
    tickets.push(
      await db.transaction((tx) =>
        issueTicket(tx, { agencyId: centre.agencyId, serviceId: centre.serviceIds.civilStatus, priorityGroup: null, channel: 'kiosk', bookingId: null }, new Date()),
      ),
    );
  }
  // The first CALLS tickets are called in turn; the phones follow those after them, each moving up at every call.
  const boards = await Promise.all(Array.from({ length: BOARDS }, () => openStream(`${base}/api/public/centres/${CENTRE_CODE}/board/stream`)));
  const phones = await Promise.all(tickets.slice(CALLS).map((ticket) => openStream(`${base}/api/public/tickets/${ticket.followToken}/stream`)));
  await Promise.all([...boards.map((board) => board.next('snapshot')), ...phones.map((phone) => phone.next('position'))]);

  const told = (stream: OpenStream, event: string, started: number) => stream.next(event).then(() => performance.now() - started);
  const times: number[] = [];
  for (let call = 0; call < CALLS; call++) {
    if (call > 0) {
      // The ticket called before is served: the phones hear of it (a new estimated wait) before the next call is timed.
      const settled = Promise.all(phones.map((phone) => phone.next('position')));
      for (const action of ['start', 'finish']) await officer.request('POST', `/api/v1/counters/mine/${action}`);
      await settled;
    }
    const started = performance.now();
    const reached = Promise.all([...boards.map((board) => told(board, 'call', started)), ...phones.map((phone) => told(phone, 'position', started))]);
    const called = await officer.request('POST', '/api/v1/counters/mine/call-next');
    if (called.statusCode !== 200) throw new Error(`call-next: ${called.statusCode} ${called.body}`);
    times.push(Math.max(...(await reached)));
  }
  for (const stream of [...boards, ...phones]) stream.close();
  await app.close();
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `board     call reaches ${BOARDS + PHONES} subscribers in ${median.toFixed(0)} ms (median of ${CALLS} calls, slowest ${sorted.at(-1)!.toFixed(0)} ms; target < 1 s)`,
  );
} finally {
  await db.close();
  await admin(`DROP SCHEMA ${schema} CASCADE`);
}
