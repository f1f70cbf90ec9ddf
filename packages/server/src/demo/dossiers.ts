import { type DossierAction, type ProcedureDefinition, vietnamDate } from '@motcua/core';
import type { Database } from '../db/database.js';
import { createCalendarService } from '../modules/calendar/service.js';
import { type DossierDeps, actOnDossier, receiveAtCounter, submitOnline } from '../modules/dossiers/service.js';
import { resultSigner } from '../modules/results/issue.js';
import type { ActionInput } from '../modules/dossiers/transition.js';
import { storeAnonymousFile } from '../modules/files/service.js';
import type { Signing } from '../modules/signing/credentials.js';
import type { Actor, AuthenticatedOfficer } from '../platform/actor.js';
import type { BlobStore } from '../platform/blob-store/index.js';
import { loadGrants } from '../platform/authentication.js';
import { DEMO_PROCEDURES } from './data/index.js';
import { demoDeclaration } from './declarations.js';
import { seedDemoCitizen } from './citizen.js';
import { type Random, createRandom, demoApplicant } from './people.js';

/** A one-page PDF standing in for the scans citizens upload with online dossiers. */
export const SAMPLE_SCAN = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

export interface Cast {
  officers: AuthenticatedOfficer[];
  agencyIdByCode: Map<string, string>;
  unitIdByKey: Map<string, string>;
  /** The communes in office, which the e-forms' address fields choose from. */
  communeCodes: string[];
}

export async function loadCast(db: Database): Promise<Cast> {
  const officers = await db.query<{ id: string; username: string; full_name: string }>('SELECT id, username, full_name FROM officers ORDER BY username');
  const agencies = await db.query<{ id: string; code: string; commune: boolean }>(
    "SELECT id, code, kind = 'commune' AND abolished_on IS NULL AS commune FROM agencies ORDER BY code",
  );
  const units = await db.query<{ id: string; agency_id: string; code: string }>('SELECT id, agency_id, code FROM units');
  return {
    officers: await Promise.all(
      officers.rows.map(async (row) => ({ id: row.id, username: row.username, fullName: row.full_name, grants: await loadGrants(db, row.id) })),
    ),
    agencyIdByCode: new Map(agencies.rows.map((row) => [row.code, row.id])),
    unitIdByKey: new Map(units.rows.map((row) => [`${row.agency_id}/${row.code}`, row.id])),
    communeCodes: agencies.rows.filter((row) => row.commune).map((row) => row.code),
  };
}

export function officerWith(cast: Cast, random: Random, role: string, agencyId: string, unitId: string | null): AuthenticatedOfficer | undefined {
  const candidates = cast.officers.filter((officer) =>
    officer.grants.some((grant) => grant.role === role && grant.agencyId === agencyId && (unitId === null || grant.unitId === null || grant.unitId === unitId)),
  );
  return candidates.length ? random.pick(candidates) : undefined;
}

type Ending = 'full' | 'refused' | 'supplement_at_reception' | 'withdrawn' | 'stopped' | 'suspended' | 'fee';
const ENDINGS: Array<[Ending, number]> = [
  ['full', 0.8],
  ['refused', 0.04],
  ['supplement_at_reception', 0.04],
  ['withdrawn', 0.03],
  ['stopped', 0.02],
  ['suspended', 0.02],
  ['fee', 0.05],
];

function pickEnding(random: Random): Ending {
  let roll = random.next();
  for (const [ending, weight] of ENDINGS) {
    roll -= weight;
    if (roll < 0) return ending;
  }
  return 'full';
}

/** The simulated clock the services read through `ctx.now()` while a dossier's life is replayed. */
class Timeline {
  constructor(
    private readonly ctx: DossierDeps,
    private readonly clock: { at: Date },
    readonly cast: Cast,
    readonly random: Random,
    readonly realNow: Date,
  ) {}

  /** The simulated present. */
  now(): Date {
    return this.clock.at;
  }

  /** Moves the clock on by some working minutes; false once that passes the present. */
  async wait(workingMinutes: number): Promise<boolean> {
    const calendar = await this.ctx.calendar.current();
    this.clock.at = calendar.addWorkingMinutes(this.clock.at, Math.max(1, Math.round(workingMinutes)));
    return this.clock.at.getTime() < this.realNow.getTime();
  }

  async waitDays(days: number): Promise<boolean> {
    return this.wait(days * 480);
  }
}

/** The scan online dossiers hand in, and the token that makes it the submitter's. */
interface DemoScan {
  id: string;
  uploadToken: string;
}

async function playLife(ctx: DossierDeps, line: Timeline, def: ProcedureDefinition, scan: DemoScan): Promise<boolean> {
  const { cast, random } = line;
  const competentId = cast.agencyIdByCode.get(def.competentAgencyCode)!;
  const receiver = officerWith(cast, random, 'receiving_officer', competentId, null);
  if (!receiver) return false;
  const officerActor = (officer: AuthenticatedOfficer): Actor => ({ kind: 'officer', officer, ip: '10.0.0.1' });
  const ending = pickEnding(random);
  const online = def.onlineMode !== 'none' && random.chance(0.45);
  const components = def.components
    .filter((component) => component.required || random.chance(0.5))
    .map((component) => ({ code: component.code, fileIds: online ? [scan.id] : [] }));
  const applicant = demoApplicant(random, !def.applicantTypes.includes('citizen') || (def.applicantTypes.includes('organisation') && random.chance(0.3)));
  const input = {
    procedureCode: def.code,
    receivingAgencyId: competentId,
    applicant,
    summary: `Đề nghị ${def.name.charAt(0).toLowerCase()}${def.name.slice(1)}`,
    components,
    // Written with a random source of its own, so that the forms leave the rest of the story as it was.
    form: def.form && demoDeclaration(def.form, { applicant, random: createRandom(line.now().getTime()), today: vietnamDate(line.now()), communeCodes: cast.communeCodes }),
  };
  let version: number;
  let code: string;
  const act = async (actor: Actor, action: DossierAction, extra: ActionInput = {}) => {
    const result = await actOnDossier(ctx, actor, code, action, { ...extra, version });
    version = result.version;
  };

  if (online) {
    const created = await submitOnline(ctx, '10.0.0.2', { ...input, uploadTokens: [scan.uploadToken] });
    ({ code, version } = created);
    if (!(await line.wait(random.int(20, 900)))) return true;
    if (ending === 'refused') {
      await act(officerActor(receiver), 'refuse', { comment: 'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại cơ quan có thẩm quyền.' });
      return true;
    }
    if (ending === 'supplement_at_reception') {
      await act(officerActor(receiver), 'request_supplement_at_reception', {
        comment: 'Bản chụp giấy tờ tùy thân không rõ nét, đề nghị bổ sung bản rõ nét.',
        missingComponents: [{ name: def.components[0]?.name ?? 'Giấy tờ tùy thân', reason: 'Bản chụp mờ, không đọc được số định danh' }],
      });
      if (!(await line.waitDays(random.int(1, 4)))) return true;
      await act({ kind: 'applicant', name: input.applicant.name, ip: '10.0.0.2' }, 'resubmit', { components: [{ code: components[0]!.code, fileIds: [scan.id] }] });
      if (!(await line.wait(random.int(30, 400)))) return true;
    }
    await act(officerActor(receiver), 'receive');
  } else {
    const created = await receiveAtCounter(ctx, officerActor(receiver) as Actor & { kind: 'officer' }, { ...input, channel: 'in_person' });
    ({ code, version } = created);
  }

  const late = random.chance(0.2);
  for (let index = 0; index < def.process.length; index++) {
    const step = def.process[index]!;
    const agencyId = step.agency.kind === 'competent' ? competentId : cast.agencyIdByCode.get(step.agency.agencyCode)!;
    const unitId = step.unitCode ? (cast.unitIdByKey.get(`${agencyId}/${step.unitCode}`) ?? null) : null;
    const handler = officerWith(cast, random, step.role, agencyId, unitId);
    if (!handler) return true;
    const share = Math.max(step.shareDays, 0.05) * 480;
    if (!(await line.wait(share * (late ? random.next() * 2 + 1.2 : random.next() * 0.9 + 0.1)))) return true;
    const actor = officerActor(handler);
    if (index === 0 && ending === 'fee') {
      await act(actor, 'request_fee', { comment: 'Đề nghị nộp lệ phí theo quy định trước khi giải quyết.', feeAmountVnd: 100_000 });
      if (!(await line.waitDays(random.int(1, 3)))) return true;
      await act(officerActor(receiver), 'confirm_fee_paid');
    }
    if (index === 0 && random.chance(0.08)) {
      await act(actor, 'request_supplement', { comment: 'Đề nghị bổ sung giấy tờ chứng minh nơi cư trú.' });
      if (!(await line.waitDays(random.int(1, 5)))) return true;
      await act(officerActor(receiver), 'submit_supplement');
    }
    if (index === def.process.length - 1) {
      if (ending === 'withdrawn') {
        await act(officerActor(receiver), 'withdraw', { comment: 'Công dân có đơn đề nghị rút hồ sơ.' });
        return true;
      }
      const leader = officerWith(cast, random, 'agency_leader', agencyId, null) ?? handler;
      if (ending === 'stopped') {
        await act(officerActor(leader), 'stop', { comment: 'Phát hiện tranh chấp, phải dừng giải quyết theo quy định.' });
        return true;
      }
      if (ending === 'suspended') {
        await act(officerActor(leader), 'suspend', { comment: 'Chờ kết quả giải quyết tranh chấp của Tòa án.' });
        return true;
      }
      if (late && random.chance(0.6)) {
        await act(officerActor(leader), 'extend', { comment: 'Cần xác minh thêm thông tin với cơ quan liên quan.', extendWorkingDays: random.int(2, 5) });
      }
      await act(actor, random.chance(0.05) ? 'refuse_result' : 'approve', { comment: 'Đồng ý.' });
    } else {
      await act(actor, 'hand_over', { comment: 'Hồ sơ đủ điều kiện, chuyển bước tiếp theo.' });
    }
  }
  if (!(await line.wait(random.int(30, 960)))) return true;
  const method = online ? random.pick(['electronic', 'post'] as const) : 'in_person';
  // A result handed to the post is recorded with the item's number (a UPU-style one made from the dossier's code).
  if (method === 'post') await act(officerActor(receiver), 'send_by_post', { postalCarrier: 'vnpost', trackingNumber: `EL${code.replace(/\D/g, '').slice(-9).padStart(9, '0')}VN` });
  else await act(officerActor(receiver), 'return_result', { returnMethod: method });
  return true;
}

/**
 * Replays the lives of `count` dossiers over the last three months through the same services the
 * API uses, so that every state, every deadline status and the process-control record are real.
 */
export async function seedDemoDossiers(db: Database, blobStore: BlobStore, signing: Signing, count: number, citizenPassword: string): Promise<number> {
  const random = createRandom(20_251_001);
  const realNow = new Date();
  const clock = { at: realNow };
  // The demo's applicants are invented: they are never sent notices, whatever channels are configured.
  const ctx: DossierDeps = { db, blobStore, calendar: createCalendarService(db), signResult: resultSigner({ blobs: blobStore, signing }), notify: new Set(), now: () => clock.at };
  const calendar = await ctx.calendar.current();
  const cast = await loadCast(db);
  // Uploaded once as an anonymous applicant would, and named with its token by every online dossier;
  // the seeding is no caller, so no quota applies.
  const scan: DemoScan = await storeAnonymousFile(db, blobStore, '10.0.0.2', { name: 'ban-chup-giay-to.pdf', content: SAMPLE_SCAN, field: 'file' }, null);
  // In time order, as real receptions come: each agency's numbers for a day then run 0001, 0002, …
  const starts: Date[] = [];
  while (starts.length < count) {
    // Most dossiers are recent, so that the queues hold work in progress as well as finished files.
    const daysBack = Math.floor(90 * random.next() ** 2.5);
    const day = vietnamDate(new Date(realNow.getTime() - daysBack * 86_400_000));
    if (!calendar.isWorkingDay(day)) continue;
    const at = new Date(`${day}T${String(random.int(7, 16)).padStart(2, '0')}:${String(random.int(30, 59))}:00+07:00`);
    if (at.getTime() < realNow.getTime()) starts.push(at);
  }
  starts.sort((a, b) => a.getTime() - b.getTime());
  let created = 0;
  for (const at of starts) {
    // A procedure whose agency has nobody at the counter is passed over for another.
    for (let attempt = 0; attempt < 5; attempt++) {
      clock.at = at;
      if (await playLife(ctx, new Timeline(ctx, clock, cast, random, realNow), random.pick(DEMO_PROCEDURES), scan)) {
        created++;
        break;
      }
    }
  }
  clock.at = realNow;
  // Last, today: the demo citizen's dossier whose fee waits to be paid online.
  await seedDemoCitizen({ ...ctx, db }, citizenPassword, { scan: SAMPLE_SCAN, communeCodes: cast.communeCodes });
  return created;
}
