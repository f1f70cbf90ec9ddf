import type { Queryable } from '../../src/db/database.js';
import { type Random, demoApplicant } from '../../src/demo/people.js';

/**
 * The province grown to its real number of communes: each new commune is made in the image of one
 * of the demo's communes (its units, its officers with the same roles under new names), and the
 * maps from the model's units and officers to the new commune's are kept for the copies of
 * dossiers (scale_unit_map, scale_officer_map).
 */

const FIRST = ['Đông', 'Tây', 'Nam', 'Bắc', 'Quảng', 'Hoằng', 'Thiệu', 'Yên', 'Vĩnh', 'Triệu', 'Nga', 'Hà', 'Hậu', 'Tĩnh', 'Nông', 'Thọ', 'Xuân', 'Ngọc', 'Cẩm', 'Thạch', 'Quan', 'Lang', 'Như', 'Thường', 'Tân'];
const SECOND = ['Sơn', 'Lộc', 'Phú', 'Hưng', 'Thịnh', 'Tiến', 'Thành', 'Lợi', 'Hòa', 'An', 'Minh', 'Châu', 'Giang', 'Lâm', 'Trung', 'Phong', 'Khê', 'Tường', 'Vân', 'Long'];

export const MAP_TABLES = `
CREATE UNLOGGED TABLE IF NOT EXISTS scale_unit_map (from_id uuid NOT NULL, agency_id uuid NOT NULL, to_id uuid NOT NULL, PRIMARY KEY (from_id, agency_id));
CREATE UNLOGGED TABLE IF NOT EXISTS scale_communes (agency_id uuid PRIMARY KEY, model_id uuid NOT NULL);
CREATE UNLOGGED TABLE IF NOT EXISTS scale_officer_map (from_id uuid NOT NULL, agency_id uuid NOT NULL, to_id uuid NOT NULL, to_name text NOT NULL, PRIMARY KEY (from_id, agency_id));
`;

/** The communes of the demo that are still in existence, each with the communes already made in its image. */
export async function communeFamilies(db: Queryable): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ model: string; members: string[] }>(
    `SELECT a.id AS model, a.id || coalesce(array_agg(c.agency_id ORDER BY c.agency_id) FILTER (WHERE c.agency_id IS NOT NULL), '{}') AS members
       FROM agencies a LEFT JOIN scale_communes c ON c.model_id = a.id
      WHERE a.kind = 'commune' AND a.abolished_on IS NULL AND a.id NOT IN (SELECT agency_id FROM scale_communes)
      GROUP BY a.id ORDER BY a.id`,
  );
  return new Map(rows.map((row) => [row.model, row.members]));
}

function communeName(random: Random, taken: Set<string>): string {
  for (;;) {
    const name = `${random.pick(FIRST)} ${random.pick(SECOND)}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/**
 * Adds communes until the province has `total` of them. New codes use level-2 numbers from 80,
 * which the demo's agencies do not, so they never collide with one of them.
 */
export async function growCommunes(db: Queryable, random: Random, total: number): Promise<number> {
  const models = [...(await communeFamilies(db)).keys()];
  const existing = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM agencies WHERE kind = 'commune' AND abolished_on IS NULL`);
  const toMake = total - existing.rows[0]!.n;
  const names = new Set((await db.query<{ name: string }>('SELECT name FROM agencies')).rows.map((row) => row.name.replace(/^(Xã|Phường) /, '')));
  for (let index = 0; index < toMake; index++) {
    const model = models[index % models.length]!;
    const code = `000.${80 + Math.floor(index / 100)}.${String(index % 100).padStart(2, '0')}.H56`;
    const name = communeName(random, names);
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO agencies (code, name, short_name, kind, parent_id, address, phone)
       SELECT $2, 'Ủy ban nhân dân xã ' || $3, 'UBND xã ' || $3, kind, parent_id, 'Xã ' || $3 || ', tỉnh Thanh Hóa', phone FROM agencies WHERE id = $1
       RETURNING id`,
      [model, code, name],
    );
    const commune = rows[0]!.id;
    await db.query('INSERT INTO scale_communes (agency_id, model_id) VALUES ($1, $2)', [commune, model]);
    await db.query(
      `WITH made AS (INSERT INTO units (agency_id, code, name, kind) SELECT $2, code, name, kind FROM units WHERE agency_id = $1 RETURNING id, code)
       INSERT INTO scale_unit_map (from_id, agency_id, to_id) SELECT u.id, $2, made.id FROM units u JOIN made ON made.code = u.code WHERE u.agency_id = $1`,
      [model, commune],
    );
    const staff = await db.query<{ id: string; username: string }>(
      'SELECT DISTINCT o.id, o.username FROM officers o JOIN officer_roles r ON r.officer_id = o.id WHERE r.agency_id = $1 ORDER BY o.username',
      [model],
    );
    for (const officer of staff.rows) {
      const person = demoApplicant(random, false);
      const made = await db.query<{ id: string }>(
        `INSERT INTO officers (username, full_name, title, email, phone, password_hash)
         SELECT $2, $3, title, '', $4, password_hash FROM officers WHERE id = $1 RETURNING id`,
        [officer.id, `${officer.username}.${80 + Math.floor(index / 100)}${String(index % 100).padStart(2, '0')}`, person.name, person.phone],
      );
      await db.query(
        `INSERT INTO officer_roles (officer_id, role, agency_id, unit_id, signing_authority, signing_position)
         SELECT $2, r.role, $3, m.to_id, r.signing_authority, r.signing_position FROM officer_roles r LEFT JOIN scale_unit_map m ON m.from_id = r.unit_id AND m.agency_id = $3
          WHERE r.officer_id = $1 AND r.agency_id = $4`,
        [officer.id, made.rows[0]!.id, commune, model],
      );
      await db.query('INSERT INTO scale_officer_map (from_id, agency_id, to_id, to_name) VALUES ($1, $2, $3, $4)', [officer.id, commune, made.rows[0]!.id, person.name]);
    }
  }
  return Math.max(0, toMake);
}
