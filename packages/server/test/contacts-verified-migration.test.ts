import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate.js';
import { MIGRATIONS_DIR } from '../src/paths.js';
import { ENGINES, type OpenedDatabase } from './support/engines.js';
import { type MigrationsCopy, copyOfMigrations } from './support/migration-copies.js';

const VERIFYING_MIGRATION = '043_contacts_verified.sql';

describe.each(ENGINES)('contacts verified (migration 043) on $name', (engine) => {
  let opened: OpenedDatabase;
  let before: MigrationsCopy;

  beforeAll(async () => {
    opened = await engine.open({ migrated: false });
    // The migrations as they were before contacts were verified.
    before = await copyOfMigrations({ before: VERIFYING_MIGRATION });
  });
  afterAll(async () => {
    await opened.dispose();
    await before.remove();
  });

  it('counts the contacts of accounts registered before as verified from their registration, and keeps their reset codes as such', async () => {
    const { db } = opened;
    await migrate(db, before.dir, null);
    const registered = new Date('2026-10-01T08:00:00+07:00');
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO citizens (full_name, email, phone, password_hash, created_at) VALUES
         ('Nguyễn Văn Cũ', 'cu@example.vn', NULL, 'x', $1), ('Trần Thị Hai', 'hai.cu@example.vn', '0912000111', 'x', $1), ('Lê Văn Số', NULL, '0912000222', 'x', $1)
       RETURNING id`,
      [registered],
    );
    await db.query(`INSERT INTO citizen_reset_codes (citizen_id, channel, code_hash, issued_at) VALUES ($1, 'email', 'h', $2)`, [rows[0]!.id, registered]);

    await migrate(db, MIGRATIONS_DIR);
    const after = await db.query<{ full_name: string; email_verified_at: Date | null; phone_verified_at: Date | null }>(
      'SELECT full_name, email_verified_at, phone_verified_at FROM citizens ORDER BY full_name',
    );
    const at = (value: Date | null) => (value === null ? null : new Date(value).toISOString());
    expect(after.rows.map((row) => [row.full_name, at(row.email_verified_at), at(row.phone_verified_at)])).toEqual([
      ['Lê Văn Số', null, registered.toISOString()],
      ['Nguyễn Văn Cũ', registered.toISOString(), null],
      ['Trần Thị Hai', registered.toISOString(), registered.toISOString()],
    ]);
    const codes = await db.query<{ purpose: string }>('SELECT purpose FROM citizen_codes');
    expect(codes.rows).toEqual([{ purpose: 'password_reset' }]);
    // A verification time needs the contact.
    await expect(db.query(`UPDATE citizens SET phone_verified_at = now() WHERE full_name = 'Nguyễn Văn Cũ'`)).rejects.toThrow(/citizens_phone_verified_has_phone/);
  });
});
