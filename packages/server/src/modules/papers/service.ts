import { vietnamInstant } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, invalid, notFound } from '../../platform/errors.js';
import { AGENCY, findAgency } from '../agencies/index.js';
import { type DossierRow, findDossierAtStep } from '../dossiers/index.js';
import { DOSSIER, assertOfficerSees } from '../dossiers/index.js';
import { APOLOGY } from './apology.js';
import { CONTROL_RECORD } from './control-record.js';
import { DECLARATION } from './declaration.js';
import { FEE_RECEIPT } from './fee-receipt.js';
import type { DossierPaperKind } from './kind.js';
import { REFUSAL } from './refusal.js';
import { RECEIPT, receiptData, renderReceipt } from './receipt.js';
import { REGISTER_NAME, registerData, renderRegister } from './register.js';
import { type PaperDeps, loadSource } from './sources.js';
import { STOP_NOTICE } from './stop-notice.js';
import { SUPPLEMENT_REQUEST } from './supplement-request.js';
import { authorize } from '../../platform/rule-book.js';

/**
 * The official papers of a dossier (forms 01–06 of Circular 03/2025/TT-VPCP, the fee receipt and the
 * declaration filled in as an e-form)
 * and the register of an agency (form 07), as PDFs. Papers are made afresh from the dossier and its
 * process-control record each time, so that a reprint is the same paper.
 */

export const DOSSIER_PAPERS = {
  receipt: RECEIPT,
  declaration: DECLARATION,
  'supplement-request': SUPPLEMENT_REQUEST,
  refusal: REFUSAL,
  apology: APOLOGY,
  'stop-notice': STOP_NOTICE,
  'control-record': CONTROL_RECORD,
  'fee-receipt': FEE_RECEIPT,
} as const satisfies Record<string, DossierPaperKind>;

export type DossierPaper = keyof typeof DOSSIER_PAPERS;
export const DOSSIER_PAPER_KEYS = Object.keys(DOSSIER_PAPERS) as DossierPaper[];

/** The longest period one register prints: a year's volume. */
const REGISTER_MAX_DAYS = 366;
const DAY_MS = 86_400_000;

export interface PaperFile {
  /** What the paper is called when saved, in Vietnamese. */
  fileName: string;
  content: Buffer;
}

/** Nothing happened that the paper records: 404, saying why. */
const notApplicable = (kind: DossierPaperKind) => new AppError(404, 'paper_not_applicable', kind.absent.vi, kind.absent.en, 'paper');

async function depsOf(ctx: AppContext): Promise<PaperDeps> {
  return { db: ctx.db, calendar: await ctx.calendar.current(), publicUrl: ctx.config.publicUrl };
}

async function visibleDossier(ctx: AppContext, actor: Actor & { kind: 'officer' }, code: string): Promise<DossierRow> {
  const found = await findDossierAtStep(ctx.db, code);
  if (!found) throw notFound(DOSSIER);
  assertOfficerSees(actor.officer, found);
  return found.dossier;
}

/** The papers a dossier has now, for an officer who may see it. */
export async function papersOf(ctx: AppContext, actor: Actor & { kind: 'officer' }, code: string) {
  const source = await loadSource(ctx.db, await visibleDossier(ctx, actor, code));
  return DOSSIER_PAPER_KEYS.filter((paper) => DOSSIER_PAPERS[paper].applies(source)).map((paper) => ({
    paper,
    name: DOSSIER_PAPERS[paper].name.vi,
    nameEn: DOSSIER_PAPERS[paper].name.en,
    href: `/api/v1/dossiers/${encodeURIComponent(code)}/papers/${paper}.pdf`,
  }));
}

/** One paper of a dossier, for an officer who may see the dossier; printing it is audited like viewing it. */
export async function dossierPaper(ctx: AppContext, actor: Actor & { kind: 'officer' }, code: string, paper: DossierPaper): Promise<PaperFile> {
  const source = await loadSource(ctx.db, await visibleDossier(ctx, actor, code));
  const kind: DossierPaperKind = DOSSIER_PAPERS[paper];
  if (!kind.applies(source)) throw notApplicable(kind);
  const content = await kind.produce(await depsOf(ctx), source);
  await appendAudit(ctx.db, actor, { action: 'dossier.paper.view', entityType: 'dossier', entityId: code, details: { paper } });
  return { fileName: `${kind.name.vi} ${code}.pdf`, content };
}

/** The applicant's copy of the receipt of their own dossier (the caller has checked it is theirs). */
export async function applicantReceipt(ctx: AppContext, dossier: DossierRow): Promise<PaperFile> {
  const source = await loadSource(ctx.db, dossier);
  if (!RECEIPT.applies(source)) throw notApplicable(RECEIPT);
  const content = await renderReceipt(await receiptData(await depsOf(ctx), source), ['applicant']);
  return { fileName: `${RECEIPT.name.vi} ${dossier.code}.pdf`, content };
}

/** The applicant's copy of the declaration they filled in as an e-form (the caller has checked the dossier is theirs). */
export async function applicantDeclaration(ctx: AppContext, dossier: DossierRow): Promise<PaperFile> {
  const source = await loadSource(ctx.db, dossier);
  if (!DECLARATION.applies(source)) throw notApplicable(DECLARATION);
  return { fileName: `${DECLARATION.name.vi} ${dossier.code}.pdf`, content: await DECLARATION.produce(await depsOf(ctx), source) };
}

/** The register of the dossiers an agency received from one day to another, both included. */
export async function agencyRegister(ctx: AppContext, actor: Actor & { kind: 'officer' }, agencyId: string, from: string, to: string): Promise<PaperFile> {
  if (!(await findAgency(ctx.db, agencyId))) throw notFound(AGENCY);
  authorize(actor.officer, 'see-agency-register', agencyId);
  // Both dates exist: the `date` format of the route's schema checked them.
  const days = (vietnamInstant(to).getTime() - vietnamInstant(from).getTime()) / DAY_MS + 1;
  if (days < 1) throw invalid('to', 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.', 'to must not be before from.');
  if (days > REGISTER_MAX_DAYS) {
    throw invalid('to', `Mỗi lần in sổ theo dõi tối đa ${REGISTER_MAX_DAYS} ngày.`, `A register covers at most ${REGISTER_MAX_DAYS} days.`);
  }
  const content = await renderRegister(await registerData(await depsOf(ctx), agencyId, from, to, ctx.now()));
  await appendAudit(ctx.db, actor, { action: 'agency.register.view', entityType: 'agency', entityId: agencyId, details: { from, to } });
  return { fileName: `${REGISTER_NAME} ${from} ${to}.pdf`, content };
}
