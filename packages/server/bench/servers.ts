import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openPostgres } from '../src/db/postgres.js';
import { TRACKING_QUERY } from '../src/modules/dossiers/service.js';
import { BIRTH_REGISTRATION } from '../test/support/province.js';

/**
 * One benchmark server per process: `app` is MotCua itself; `notifying-app` is MotCua with e-mail
 * and SMS configured, so that each reception also queues the applicant's two notices (its outbox
 * worker is off: sending is not what is measured); `baseline` is the least a server can do for the
 * same requests with the same driver — one Fastify route running MotCua's own tracking SELECT, and
 * one inserting the same dossier row.
 */
const [kind, url, schema, port] = process.argv.slice(2) as [string, string, string, string];

if (kind === 'app' || kind === 'notifying-app') {
  const db = openPostgres({ connectionString: url, schema });
  const channels = kind === 'notifying-app' && {
    mail: { smtpUrl: 'smtp://127.0.0.1:2525', from: 'bench@localhost' },
    sms: { url: 'http://127.0.0.1:2526/sms', token: '', sender: 'BENCH', inboundToken: undefined },
  };
  const app = await buildApp({ ...loadConfig({}), publicRequestsPerMinute: 100_000_000, ...channels }, db, { logger: false, backgroundJobs: kind === 'app' });
  await app.listen({ port: Number(port), host: '127.0.0.1' });
} else {
  const pool = new pg.Pool({ connectionString: url, max: 10, options: `-c search_path=${schema},public` });
  const app = Fastify();
  // Prepared once per connection, as MotCua's own statements are.
  app.get<{ Params: { code: string } }>('/track/:code', async (request) => {
    const { rows } = await pool.query({ name: 'track', text: TRACKING_QUERY, values: [request.params.code] });
    return rows[0];
  });
  const { rows } = await pool.query<{ procedure_id: string; version_id: string; agency_id: string }>(
    `SELECT p.id AS procedure_id, v.id AS version_id, p.competent_agency_id AS agency_id
       FROM procedures p JOIN procedure_versions v ON v.procedure_id = p.id AND v.version = p.current_version WHERE p.code = $1`,
    [BIRTH_REGISTRATION.code],
  );
  const procedure = rows[0]!;
  let received = 0;
  app.post<{ Body: { applicant: { name: string; idNumber: string }; components: unknown[] } }>('/receive', async (request, reply) => {
    received++;
    const code = `baseline-${process.pid}-${received}`;
    // Prepared once per connection, as MotCua's own statements are.
    await pool.query({
      name: 'receive',
      text: `INSERT INTO dossiers (code, lookup_code, procedure_id, procedure_version_id, receiving_agency_id, competent_agency_id, channel, state,
                             applicant_type, applicant_name, applicant_id_number, components, submitted_at)
       VALUES ($1, 'BASE00', $2, $3, $4, $4, 'in_person', 'processing', 'citizen', $5, $6, $7, now())`,
      values: [code, procedure.procedure_id, procedure.version_id, procedure.agency_id, request.body.applicant.name, request.body.applicant.idNumber, JSON.stringify(request.body.components)],
    });
    return reply.status(201).send({ code });
  });
  await app.listen({ port: Number(port), host: '127.0.0.1' });
}
process.send?.('ready');
