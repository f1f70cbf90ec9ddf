/**
 * Which module owns each table, and which module each file of db/functions belongs to.
 *
 * A module reads and writes its own tables only. Another module reads them through the views the
 * owner defines in its db/functions file (a view is the owner's promise of what it shows; a simple
 * one is inlined by PostgreSQL, so it costs nothing) and changes them only through a function the
 * owner publishes: from TypeScript, one its index.ts exports; from SQL, one of its db/functions.
 * `platform` is the code under src/platform (audit, outbox, quotas, sign-in lockout).
 * test/table-ownership.test.ts reads the SQL of every module and fails on a table used by another.
 */
export const TABLE_OWNERS = {
  agencies: 'agencies',
  units: 'agencies',
  sessions: 'auth',
  calendar_overrides: 'calendar',
  citizens: 'citizens',
  citizen_sessions: 'citizens',
  dossier_drafts: 'citizens',
  digitised_documents: 'digitisation',
  digitised_document_tallies: 'digitisation',
  digitised_document_tally_changes: 'digitisation',
  dossiers: 'dossiers',
  dossier_events: 'dossiers',
  dossier_steps: 'dossiers',
  agency_number_periods: 'dossiers',
  fee_receipts: 'dossiers',
  dossier_queue_entries: 'dossiers',
  dossier_state_tallies: 'dossiers',
  dossier_state_tally_changes: 'dossiers',
  files: 'files',
  notifications: 'notifications',
  officers: 'officers',
  officer_roles: 'officers',
  procedures: 'procedures',
  procedure_versions: 'procedures',
  procedure_drafts: 'procedures',
  fields: 'procedures',
  component_templates: 'procedures',
  signed_results: 'results',
  result_templates: 'results',
  signing_credentials: 'signing',
  demo_certification_authorities: 'signing',
  audit_log: 'platform',
  audit_chain_head: 'platform',
  outbox: 'platform',
  quota_usage: 'platform',
  sign_in_failures: 'platform',
  pending_rebuilds: 'platform',
  priority_groups: 'centres',
  centre_settings: 'centres',
  queue_services: 'centres',
  counters: 'centres',
  counter_services: 'centres',
  counter_status_changes: 'centres',
  centre_devices: 'centres',
  queue_ticket_numbers: 'centres',
  queue_tickets: 'centres',
  queue_ticket_events: 'centres',
  queue_ticket_dossiers: 'centres',
  bookings: 'bookings',
  ratings: 'ratings',
  scorecard_weight_versions: 'scorecard',
  scorecard_weights: 'scorecard',
  statistics_tallies: 'statistics',
  statistics_tally_changes: 'statistics',
} as const;

export type TableOwner = (typeof TABLE_OWNERS)[keyof typeof TABLE_OWNERS];

/** The owner of each file of db/functions: its functions, triggers and views are that module's. */
export const FUNCTION_FILE_OWNERS: Readonly<Record<string, TableOwner>> = {
  'agencies.sql': 'agencies',
  'bookings.sql': 'bookings',
  'centres.sql': 'centres',
  'append-only-tables.sql': 'platform',
  'audit.sql': 'platform',
  'citizens.sql': 'citizens',
  'digitisation.sql': 'digitisation',
  'dossier-numbers.sql': 'dossiers',
  'dossier-facts.sql': 'dossiers',
  'dossier-writes.sql': 'dossiers',
  'dossier-queues.sql': 'dossiers',
  'dossier-statistics.sql': 'dossiers',
  'files.sql': 'files',
  'notifications.sql': 'notifications',
  'officers.sql': 'officers',
  'outbox.sql': 'platform',
  'procedures.sql': 'procedures',
  'ratings.sql': 'ratings',
  'results.sql': 'results',
  'search.sql': 'platform',
  'signing.sql': 'signing',
  'statistics.sql': 'statistics',
};
