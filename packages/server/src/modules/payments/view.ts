import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { DOSSIER, type DossierRow, assertOfficerSees, findDossierAtStep } from '../dossiers/index.js';
import type { PaymentDeps } from './dues.js';
import { latestDue, owedDue, vietQrOf } from './dues.js';
import type { PaymentGateway } from './gateway.js';
import { ownDossier } from './online.js';
import { refundOf, refundView } from './refunds.js';
import { iso } from '../../platform/instants.js';

/**
 * What the citizen's dossier owes and how to pay it: the amount, the reference, the VietQR string
 * for a bank app, and the gateway to pay through (also to read what it said of an order); once
 * paid, when and how, and any refund.
 */
export async function citizenPayment(deps: PaymentDeps, gateway: PaymentGateway | undefined, citizenId: string, code: string) {
  return paymentOf(deps, gateway, await ownDossier(deps.db, citizenId, code));
}

/** The same view for an officer who may see the dossier (reception knows whether the fee due at submission was paid). */
export async function officerPayment(deps: PaymentDeps, actor: Actor & { kind: 'officer' }, code: string) {
  const found = await findDossierAtStep(deps.db, code);
  if (!found) throw notFound(DOSSIER);
  assertOfficerSees(actor.officer, found);
  return paymentOf(deps, undefined, found.dossier);
}

async function paymentOf(deps: PaymentDeps, gateway: PaymentGateway | undefined, dossier: DossierRow) {
  const owedNow = await owedDue(deps.db, dossier, deps.now());
  // A fee asked for and never paid is owed no more once the dossier has moved on (withdrawn, stopped).
  const due = owedNow ?? (await latestDue(deps.db, dossier.id));
  const found = { dossierCode: dossier.code, ...(gateway && { gateway: gateway.name }) };
  if (!due || (!owedNow && due.paid_at === null)) return { ...found, status: 'none' as const };
  const owed = owedNow !== undefined;
  const account = deps.config.payments.vietQr;
  return {
    ...found,
    status: owed ? ('due' as const) : ('paid' as const),
    amountVnd: due.amount_vnd,
    reference: due.reference,
    ...(owed && account && { vietqr: vietQrOf(deps.config, due)!, bankAccount: account }),
    ...(!owed && { paidAt: iso(due.paid_at)!, paidThrough: due.paid_through!, refund: refundView(await refundOf(deps.db, due.id)) }),
  };
}
