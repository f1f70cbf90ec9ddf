import { DOSSIER_STATES, type DossierAction, type DossierState, type ProcedureDefinition, vietnamDate } from '@motcua/core';
import type { Database } from '../../src/db/database.js';
import { DEMO_PROCEDURES } from '../../src/demo/data/index.js';
import { demoDeclaration } from '../../src/demo/declarations.js';
import { type Cast, SAMPLE_SCAN, loadCast, officerWith } from '../../src/demo/dossiers.js';
import { type Random, demoApplicant } from '../../src/demo/people.js';
import { type DossierDeps, actOnDossier, receiveAtCounter, submitOnline } from '../../src/modules/dossiers/service.js';
import type { ActionInput } from '../../src/modules/dossiers/transition.js';
import { storeAnonymousFile } from '../../src/modules/files/service.js';
import type { Actor } from '../../src/platform/actor.js';

/**
 * The demo's dossiers are a few hundred lives replayed over three months: a state a dossier holds
 * only for a day or two (waiting for the fee, for a supplement before reception) may be held by
 * none of them, and then by none of their copies; a small demo may lack a rejected result, a
 * supplement or a fee paid (which copies turn into second supplements and payments online). Before
 * the copying, one dossier is lived today into each of these the templates lack, through the same
 * services, so that a province at scale holds them all (copies of those left open move back a week
 * or two).
 */

/** Who takes an action: the receiving officer, the current step's handler, the step agency's leader. */
type By = 'receiver' | 'handler' | 'leader';

interface Path {
  online: boolean;
  /** Hand the dossier over to the last step before the last actions. */
  toLastStep?: boolean;
  actions: Array<[DossierAction, By, ActionInput?]>;
}

const REASON = { comment: 'Hồ sơ cần làm rõ theo quy định.' };
const PATHS: Record<DossierState, Path> = {
  submitted: { online: true, actions: [] },
  supplement_before_reception: {
    online: true,
    actions: [['request_supplement_at_reception', 'receiver', { ...REASON, missingComponents: [{ name: 'Giấy tờ tùy thân', reason: 'Bản chụp mờ, không đọc được số định danh' }] }]],
  },
  refused: { online: true, actions: [['refuse', 'receiver', { comment: 'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan.' }]] },
  processing: { online: false, actions: [] },
  supplement_requested: { online: false, actions: [['request_supplement', 'handler', REASON]] },
  awaiting_fee: { online: false, actions: [['request_fee', 'handler', { comment: 'Đề nghị nộp lệ phí theo quy định.', feeAmountVnd: 100_000 }]] },
  suspended: { online: false, actions: [['suspend', 'leader', { comment: 'Chờ kết quả giải quyết tranh chấp của Tòa án.' }]] },
  withdrawn: { online: false, actions: [['withdraw', 'receiver', { comment: 'Công dân có đơn đề nghị rút hồ sơ.' }]] },
  stopped: { online: false, actions: [['stop', 'leader', { comment: 'Phát hiện tranh chấp, phải dừng giải quyết theo quy định.' }]] },
  result_ready: { online: false, toLastStep: true, actions: [['approve', 'handler', { comment: 'Đồng ý.' }]] },
  returned: { online: false, toLastStep: true, actions: [['approve', 'handler', { comment: 'Đồng ý.' }], ['return_result', 'receiver', { returnMethod: 'in_person' }]] },
};

/** What a province holds, as a condition on its dossiers, and the path of a dossier that has it. */
const HOLDINGS: Array<{ name: string; held: string; path: Path }> = [
  ...DOSSIER_STATES.map((state) => ({ name: state, held: `d.state = '${state}'`, path: PATHS[state] })),
  {
    name: 'a rejected result',
    held: `d.outcome = 'rejected'`,
    path: { online: false, toLastStep: true, actions: [['refuse_result', 'handler', { comment: 'Hồ sơ không đủ điều kiện theo quy định.' }]] },
  },
  {
    // Asked for while processing and supplied (not before reception): the supply copies repeat as second supplements.
    name: 'a supplement supplied',
    held: `EXISTS (SELECT 1 FROM dossier_events r JOIN dossier_events s ON s.dossier_id = r.dossier_id AND s.action = 'submit_supplement' AND s.id > r.id
                    WHERE r.dossier_id = d.id AND r.action = 'request_supplement')`,
    path: { online: false, actions: [['request_supplement', 'handler', REASON], ['submit_supplement', 'receiver']] },
  },
  {
    name: 'a fee paid',
    held: `EXISTS (SELECT 1 FROM dossier_events e WHERE e.dossier_id = d.id AND e.action = 'confirm_fee_paid')`,
    path: { online: false, actions: [['request_fee', 'handler', { comment: 'Đề nghị nộp lệ phí theo quy định.', feeAmountVnd: 100_000 }], ['confirm_fee_paid', 'receiver']] },
  },
];

const officerActor = (officer: NonNullable<ReturnType<typeof officerWith>>): Actor => ({ kind: 'officer', officer, ip: '10.0.0.1' });

/** Lives one dossier of `def` along `path`; false when the procedure lacks an officer the path needs. */
async function live(deps: DossierDeps, cast: Cast, random: Random, def: ProcedureDefinition, path: Path, scan: { id: string; uploadToken: string }): Promise<boolean> {
  const competentId = cast.agencyIdByCode.get(def.competentAgencyCode)!;
  const receiver = officerWith(cast, random, 'receiving_officer', competentId, null);
  const stepOfficer = (index: number, role: Parameters<typeof officerWith>[2]) => {
    const step = def.process[index]!;
    const agencyId = step.agency.kind === 'competent' ? competentId : cast.agencyIdByCode.get(step.agency.agencyCode)!;
    const unitId = step.unitCode ? (cast.unitIdByKey.get(`${agencyId}/${step.unitCode}`) ?? null) : null;
    return officerWith(cast, random, role, agencyId, role === 'agency_leader' ? null : unitId);
  };
  const last = path.toLastStep ? def.process.length - 1 : 0;
  const handlers = def.process.slice(0, last + 1).map((step, index) => stepOfficer(index, step.role));
  const leader = stepOfficer(last, 'agency_leader');
  if (!receiver || handlers.some((handler) => !handler) || (path.actions.some(([, by]) => by === 'leader') && !leader)) return false;
  if (path.online && def.onlineMode === 'none') return false;

  const components = def.components.filter((component) => component.required).map((component) => ({ code: component.code, fileIds: path.online ? [scan.id] : [] }));
  const applicant = demoApplicant(random, !def.applicantTypes.includes('citizen'));
  const form = def.form && demoDeclaration(def.form, { applicant, random, today: vietnamDate(deps.now()), communeCodes: cast.communeCodes });
  const input = { procedureCode: def.code, receivingAgencyId: competentId, applicant, summary: `Đề nghị ${def.name.charAt(0).toLowerCase()}${def.name.slice(1)}`, components, form };
  let { code, version } = path.online
    ? await submitOnline(deps, '10.0.0.2', { ...input, uploadTokens: [scan.uploadToken] })
    : await receiveAtCounter(deps, officerActor(receiver) as Actor & { kind: 'officer' }, { ...input, channel: 'in_person' });
  const act = async (by: Actor, action: DossierAction, extra: ActionInput = {}) => {
    ({ code, version } = await actOnDossier(deps, by, code, action, { ...extra, version }));
  };
  for (let index = 0; index < last; index++) await act(officerActor(handlers[index]!), 'hand_over', { comment: 'Hồ sơ đủ điều kiện, chuyển bước tiếp theo.' });
  const actors: Record<By, Actor> = { receiver: officerActor(receiver), handler: officerActor(handlers[last]!), leader: leader ? officerActor(leader) : officerActor(receiver) };
  for (const [action, by, extra] of path.actions) await act(actors[by], action, extra);
  return true;
}

/** Lives a dossier into each holding no dossier has yet; returns the names of those it lived. */
export async function liveWhatTemplatesLack(deps: DossierDeps, random: Random): Promise<string[]> {
  const db: Database = deps.db;
  const { rows } = await db.query<Record<string, boolean>>(
    `SELECT ${HOLDINGS.map((holding, index) => `EXISTS (SELECT 1 FROM dossiers d WHERE ${holding.held}) AS h${index}`).join(', ')}`,
  );
  const missing = HOLDINGS.filter((_, index) => !rows[0]![`h${index}`]);
  if (!missing.length) return [];
  const cast = await loadCast(db);
  const scan = await storeAnonymousFile(db, deps.blobStore, '10.0.0.2', { name: 'ban-chup-giay-to.pdf', content: SAMPLE_SCAN, field: 'file' }, null);
  for (const { name, path } of missing) {
    const first = random.int(0, DEMO_PROCEDURES.length - 1);
    const candidates = [...DEMO_PROCEDURES.slice(first), ...DEMO_PROCEDURES.slice(0, first)];
    let lived = false;
    for (const def of candidates) if ((lived = await live(deps, cast, random, def, path, scan))) break;
    if (!lived) throw new Error(`no demo procedure has the officers to live a dossier with ${name}`);
  }
  return missing.map((holding) => holding.name);
}
