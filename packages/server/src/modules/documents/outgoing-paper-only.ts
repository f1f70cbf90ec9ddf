import { type Confidentiality, type DocumentType, type Urgency, formatNumberSymbol, parseNumberSymbol, registerSequence, vietnamDate } from '@motcua/core';
import { authorize } from '../../platform/rule-book.js';
import { type AgencyRow, symbolAbbreviations } from '../agencies/index.js';
import { type OfficerActor, type Recipient, readSigner, readUnit, recordOutgoingEvent } from './outgoing.js';
import { drawRegisterNumber } from './register-numbers.js';
import type { DocumentDeps } from './service.js';

/**
 * An outgoing document released on paper only, entered in the agency's outgoing register by the
 * clerk: a classified one (Mật, Tối mật, Tuyệt mật never travel over networks, so it is never
 * drafted here) or one signed by hand. It takes its number from the same register as the
 * electronic ones, so that the register has no gap and no number twice; only its particulars are
 * kept, no file, and nothing is sent.
 */
export interface PaperOnlyInput {
  type: DocumentType;
  subject: string;
  urgency?: Urgency | undefined;
  confidentiality?: Confidentiality | undefined;
  unitCode?: string | undefined;
  signerId: string;
  /** Nơi nhận, by name: the agencies and people the paper copies go to. */
  recipients: string[];
  pageCount?: number | undefined;
  note?: string | undefined;
}

export async function registerPaperOnlyOutgoing(ctx: DocumentDeps, actor: OfficerActor, agency: AgencyRow, input: PaperOnlyInput) {
  authorize(actor.officer, 'register-paper-outgoing-documents', agency.id);
  const subject = input.subject.normalize('NFC').trim();
  const recipients: Recipient[] = input.recipients.map((name) => ({ kind: 'paper' as const, name: name.normalize('NFC').trim() }));
  const [signer, unitId] = await Promise.all([readSigner(ctx.db, agency, input.signerId), readUnit(ctx.db, actor, agency, input.unitCode)]);
  const abbreviations = await symbolAbbreviations(ctx.db, agency.id, unitId);
  const at = ctx.now();
  const confidentiality = input.confidentiality ?? 'normal';
  return ctx.db.transaction(async (tx) => {
    const sequence = registerSequence(agency.id, 'outgoing', at);
    const number = await drawRegisterNumber(tx, sequence);
    const numberSymbol = formatNumberSymbol({ number, type: input.type, agency: abbreviations.agency, unit: abbreviations.unit });
    const date = vietnamDate(at);
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO documents (agency_id, direction, channel, type, sender, recipients, subject, urgency, confidentiality, page_count, state, registered_by,
                              register_year, register_number, number_symbol, number, symbol, document_date, created_at, updated_at)
       VALUES ($1, 'outgoing', 'paper', $2, $3, $4, $5, $6, $7, $8, 'released', $9, $10, $11, $12, $11, $13, $14, $15, $15) RETURNING id`,
      [
        agency.id,
        input.type,
        agency.name,
        JSON.stringify(recipients),
        subject,
        input.urgency ?? 'normal',
        confidentiality,
        input.pageCount ?? 1,
        actor.officer.id,
        sequence.year,
        number,
        numberSymbol,
        parseNumberSymbol(numberSymbol)!.symbol,
        date,
        at,
      ],
    );
    const id = rows[0]!.id;
    await tx.query(
      `INSERT INTO outgoing_documents (document_id, author_id, unit_id, signer_id, signer_lines, recipients, version, released_at, released_by)
       VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $2)`,
      [id, actor.officer.id, unitId, input.signerId, JSON.stringify(signer.lines), JSON.stringify(recipients), at],
    );
    await recordOutgoingEvent(tx, actor, { documentId: id, action: 'register_paper_only', from: null, to: 'released', note: input.note?.normalize('NFC').trim(), details: { numberSymbol, confidentiality } }, at);
    return { id, registerYear: sequence.year, registerNumber: number, numberSymbol, date };
  });
}
