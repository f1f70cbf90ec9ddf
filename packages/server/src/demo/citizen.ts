import { type FormDefinition, vietnamDate } from '@motcua/core';
import type { Database } from '../db/database.js';
import { type DossierDeps, submitOnline } from '../modules/dossiers/service.js';
import { insertFile, checkUpload } from '../modules/files/index.js';
import type { Actor } from '../platform/actor.js';
import { hashPassword } from '../platform/passwords.js';
import { DEMO_PROCEDURES } from './data/index.js';
import { demoDeclaration } from './declarations.js';
import { createRandom } from './people.js';

/** The demo's citizen account (README, "Demo logins"), who signs in with the demo password. */
export const DEMO_CITIZEN = { fullName: 'Lê Thị Hoa', email: 'congdan@motcua.vn', phone: '0912000111', idNumber: '038190001234', address: 'Số 15 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa' };

/** The civil-status extract copy: a fixed fee (8.000 đồng), paid online right after submission. */
const FEE_AT_SUBMISSION = '2.000635';

/** What the one-stop sections charge to send a result by public post (the demo's figure; each agency's own in real life). */
const DEMO_POSTAL_FEE_VND = 25_000;

/**
 * The one-stop sections send results by post, and the demo citizen has a dossier whose fee waits
 * to be paid online (the gateway simulator or a VietQR transfer), its result to come by post.
 */
export async function seedDemoCitizen(ctx: DossierDeps & { db: Database }, password: string, sample: { scan: Buffer; communeCodes: readonly string[] }): Promise<string> {
  await ctx.db.query("UPDATE agencies SET postal_fee_vnd = $1 WHERE kind IN ('commune', 'centre') AND abolished_on IS NULL", [DEMO_POSTAL_FEE_VND]);
  const { rows } = await ctx.db.query<{ id: string }>(
    // Its contacts count as verified, as an account's are once it confirmed the codes sent to them.
    `INSERT INTO citizens (full_name, email, phone, id_number, password_hash, email_verified_at, phone_verified_at)
     VALUES ($1, $2, $3, $4, $5, now(), now()) RETURNING id`,
    [DEMO_CITIZEN.fullName, DEMO_CITIZEN.email, DEMO_CITIZEN.phone, DEMO_CITIZEN.idNumber, await hashPassword(password)],
  );
  const citizen = { id: rows[0]!.id, fullName: DEMO_CITIZEN.fullName };
  const actor: Actor = { kind: 'applicant', name: citizen.fullName, ip: '10.0.0.3', citizenId: citizen.id };
  const def = DEMO_PROCEDURES.find((procedure) => procedure.code === FEE_AT_SUBMISSION)!;
  const checked = await checkUpload({ name: 'ban-chup-giay-to.pdf', content: sample.scan, field: 'file' });
  const scan = await ctx.db.transaction((tx) => insertFile(tx, ctx.blobStore, actor, checked));
  const applicant = { type: 'citizen' as const, name: DEMO_CITIZEN.fullName, idNumber: DEMO_CITIZEN.idNumber, phone: DEMO_CITIZEN.phone, email: DEMO_CITIZEN.email, address: DEMO_CITIZEN.address };
  const created = await submitOnline(
    ctx,
    actor.ip,
    {
      procedureCode: def.code,
      applicant,
      summary: 'Đề nghị cấp bản sao Trích lục khai sinh',
      components: def.components.filter((component) => component.required).map((component) => ({ code: component.code, fileIds: [scan.id] })),
      form: def.form && demoDeclaration(def.form as FormDefinition, { applicant, random: createRandom(2_026_12), today: vietnamDate(ctx.now()), communeCodes: [...sample.communeCodes] }),
      delivery: { method: 'post', address: DEMO_CITIZEN.address },
    },
    { citizen },
  );
  return created.code;
}
