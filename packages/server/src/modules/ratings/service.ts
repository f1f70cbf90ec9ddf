import {
  type DossierState,
  type NotRatable,
  type Rating,
  type RatingChannel,
  type RatingInput,
  type RatingScore,
  type TicketStatus,
  checkRating,
  dossierRatable,
  ticketRatable,
  withinTabletRating,
} from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import type { PairedDevice } from '../centres/index.js';

/**
 * Ratings of the service at a counter (by the ticket: on the counter's tablet or through the
 * ticket's QR code) and of a dossier's handling (by its applicant, online). Each is linked to the
 * officer, counter, service, dossier and agency it is about; who gave it is never recorded.
 */

/** A ticket as a rating sees it (centres' queue_ticket_service_facts). */
interface TicketToRate {
  id: string;
  agencyId: string;
  label: string;
  status: TicketStatus;
  endedAt: Date | null;
  officerId: string | null;
  counterId: string | null;
  counterNumber: number | null;
  counterName: string | null;
  serviceId: string;
  serviceCode: string;
  serviceName: string;
  serviceNameEn: string;
  servicePrefix: string;
  rated: boolean;
}

const TICKET_COLUMNS = `t.id, t.agency_id AS "agencyId", t.label, t.status, t.ended_at AS "endedAt", t.officer_id AS "officerId",
  t.counter_id AS "counterId", t.counter_number AS "counterNumber", t.counter_name AS "counterName", t.service_id AS "serviceId",
  t.service_code AS "serviceCode", t.service_name AS "serviceName", t.service_name_en AS "serviceNameEn", t.service_prefix AS "servicePrefix",
  EXISTS (SELECT 1 FROM ratings r WHERE r.ticket_id = t.id) AS rated`;

const NOT_RATABLE: Record<NotRatable, { vi: string; en: string }> = {
  not_served_yet: { vi: 'Chỉ đánh giá được sau khi quầy đã phục vụ xong phiếu này.', en: 'This ticket can be rated once its service at the counter has finished.' },
  no_result_yet: {
    vi: 'Chỉ đánh giá được khi cơ quan đã giải quyết xong hồ sơ (có kết quả, từ chối hoặc dừng xử lý).',
    en: 'The dossier can be rated once the agency has finished with it (a result, a refusal or a stop).',
  },
  already_rated: { vi: 'Đã có đánh giá cho việc này; mỗi phiếu hoặc hồ sơ chỉ được đánh giá một lần. Cảm ơn bạn!', en: 'This has been rated already; each ticket or dossier is rated once. Thank you!' },
};

const notRatable = (reason: NotRatable) => new AppError(409, reason, NOT_RATABLE[reason].vi, NOT_RATABLE[reason].en);

function checked(input: RatingInput): Rating {
  const checkedRating = checkRating(input);
  if ('problem' in checkedRating) {
    const { problem } = checkedRating;
    throw new AppError(400, problem.code, problem.vi, problem.en, problem.field);
  }
  return checkedRating.rating;
}

interface RatingLinks {
  agencyId: string;
  ticketId?: string;
  dossierId?: string;
  officerId: string | null;
  counterId: string | null;
  serviceId: string | null;
}

export interface GivenRating extends Rating {
  channel: RatingChannel;
  createdAt: string;
}

/** Inserts the rating; a second one for the same ticket or dossier (even at the same instant) is refused. */
async function insertRating(db: Queryable, links: RatingLinks, rating: Rating, channel: RatingChannel, now: Date): Promise<GivenRating> {
  const { rows } = await db.query(
    `INSERT INTO ratings (agency_id, ticket_id, dossier_id, officer_id, counter_id, service_id, score, criteria, comment, channel, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      links.agencyId,
      links.ticketId ?? null,
      links.dossierId ?? null,
      links.officerId,
      links.counterId,
      links.serviceId,
      rating.score,
      JSON.stringify(rating.criteria),
      rating.comment,
      channel,
      now,
    ],
  );
  if (rows.length === 0) throw notRatable('already_rated');
  return { ...rating, channel, createdAt: iso(now)! };
}

/** What the rating pages show of a ticket: nothing personal, the counter and service it was served at. */
function ticketView(ticket: TicketToRate) {
  return {
    id: ticket.id,
    number: ticket.label,
    service: { code: ticket.serviceCode, name: ticket.serviceName, nameEn: ticket.serviceNameEn, prefix: ticket.servicePrefix },
    counter: ticket.counterNumber === null ? null : { number: ticket.counterNumber, name: ticket.counterName ?? '' },
    finishedAt: iso(ticket.endedAt),
  };
}

async function rateTicket(db: Database, ticket: TicketToRate, input: RatingInput, channel: RatingChannel, now: Date): Promise<GivenRating> {
  const rating = checked(input);
  const reason = ticketRatable(ticket);
  if (reason) throw notRatable(reason);
  const links = { agencyId: ticket.agencyId, ticketId: ticket.id, officerId: ticket.officerId, counterId: ticket.counterId, serviceId: ticket.serviceId };
  return db.transaction((tx) => insertRating(tx, links, rating, channel, now));
}

// ---- The tablet at a counter ------------------------------------------------------------------

const tabletWithoutCounter = () =>
  new AppError(
    409,
    'tablet_without_counter',
    'Máy tính bảng chưa được gắn với quầy nào. Quản trị viên cần ghép nối lại thiết bị và chọn quầy.',
    'This tablet stands at no counter. An administrator must pair it again and choose its counter.',
  );

/**
 * The ticket finished last at the tablet's counter, while it may still be rated there
 * (TABLET_RATING_MINUTES) and is not rated yet; null when there is none.
 */
export async function awaitingTicket(db: Queryable, tablet: PairedDevice, now: Date) {
  if (!tablet.counterId) throw tabletWithoutCounter();
  const { rows } = await db.query<TicketToRate>(
    `SELECT ${TICKET_COLUMNS} FROM queue_ticket_service_facts t
      WHERE t.counter_id = $1 AND t.status = 'finished' AND t.ended_at <= $2
      ORDER BY t.ended_at DESC LIMIT 1`,
    [tablet.counterId, now],
  );
  const ticket = rows[0];
  if (!ticket || ticket.rated || !withinTabletRating(ticket.endedAt!, now)) return { ticket: null };
  return { ticket: ticketView(ticket) };
}

const notAtThisCounter = () =>
  new AppError(
    409,
    'not_awaiting_rating',
    'Phiếu này không chờ đánh giá tại quầy của máy tính bảng (đã quá lâu, hoặc được phục vụ ở quầy khác).',
    'This ticket does not await a rating at this tablet’s counter (too long ago, or served at another counter).',
    'ticketId',
  );

/** A rating on the counter's tablet: only of a ticket finished at that counter a few minutes ago. */
export async function rateOnTablet(db: Database, tablet: PairedDevice, ticketId: string, input: RatingInput, now: Date): Promise<GivenRating> {
  if (!tablet.counterId) throw tabletWithoutCounter();
  const { rows } = await db.query<TicketToRate>(`SELECT ${TICKET_COLUMNS} FROM queue_ticket_service_facts t WHERE t.id = $1`, [ticketId]);
  const ticket = rows[0];
  if (!ticket || ticket.counterId !== tablet.counterId) throw notAtThisCounter();
  if (ticket.status === 'finished' && !ticket.rated && !withinTabletRating(ticket.endedAt!, now)) throw notAtThisCounter();
  return rateTicket(db, ticket, input, 'tablet', now);
}

// ---- The ticket's QR code ---------------------------------------------------------------------

async function ticketByFollowToken(db: Queryable, followToken: string): Promise<TicketToRate> {
  const { rows } = await db.query<TicketToRate>(`SELECT ${TICKET_COLUMNS} FROM queue_ticket_service_facts t WHERE t.follow_token = $1`, [followToken]);
  if (!rows[0]) {
    throw new AppError(404, 'ticket_not_found', 'Không tìm thấy phiếu số thứ tự của mã QR này.', 'No queue ticket has the code of this QR code.', 'followToken');
  }
  return rows[0];
}

interface StoredRating {
  score: RatingScore;
  criteria: Rating['criteria'];
  comment: string;
  channel: RatingChannel;
  created_at: Date;
}

const storedView = (row: StoredRating | undefined): GivenRating | null =>
  row ? { score: row.score, criteria: row.criteria, comment: row.comment, channel: row.channel, createdAt: iso(row.created_at)! } : null;

/** The ticket behind the QR code, whether it may be rated now (or why not), and its rating once given. */
export async function ticketRatingState(db: Queryable, followToken: string) {
  const ticket = await ticketByFollowToken(db, followToken);
  const { rows } = await db.query<StoredRating>('SELECT score, criteria, comment, channel, created_at FROM ratings WHERE ticket_id = $1', [ticket.id]);
  return { ticket: ticketView(ticket), notRatable: ticketRatable(ticket), rating: storedView(rows[0]) };
}

export async function rateByFollowToken(db: Database, followToken: string, input: RatingInput, now: Date): Promise<GivenRating> {
  return rateTicket(db, await ticketByFollowToken(db, followToken), input, 'qr', now);
}

// ---- A dossier, by its applicant --------------------------------------------------------------

interface DossierToRate {
  id: string;
  state: DossierState;
  agencyId: string;
  citizenId: string | null;
  lookupCode: string;
  rated: boolean;
  officerId: string | null;
  counterId: string | null;
  serviceId: string | null;
}

/**
 * The dossier with what its rating is linked to: the receiving agency (the centre where it was
 * handed in), and the officer, counter and service of the ticket it was received from, or else
 * the officer who received (or refused) it.
 */
async function findDossierToRate(db: Queryable, code: string): Promise<DossierToRate | undefined> {
  const { rows } = await db.query<DossierToRate>(
    `SELECT d.id, d.state, d.receiving_agency_id AS "agencyId", d.citizen_id AS "citizenId", d.lookup_code AS "lookupCode",
            EXISTS (SELECT 1 FROM ratings r WHERE r.dossier_id = d.id) AS rated,
            coalesce(t.officer_id, (SELECT e.actor_officer_id FROM dossier_event_facts e
                                     WHERE e.dossier_id = d.id AND e.action IN ('receive', 'receive_at_counter', 'refuse') ORDER BY e.id LIMIT 1)) AS "officerId",
            t.counter_id AS "counterId", t.service_id AS "serviceId"
       FROM dossier_facts d
       LEFT JOIN queue_ticket_dossier_facts td ON td.dossier_id = d.id
       LEFT JOIN queue_ticket_service_facts t ON t.id = td.ticket_id
      WHERE d.code = $1`,
    [code],
  );
  return rows[0];
}

const noSuchDossier = (vi: string, en: string) => new AppError(404, 'not_found', vi, en);

async function rateDossier(db: Database, dossier: DossierToRate, input: RatingInput, now: Date): Promise<GivenRating> {
  const rating = checked(input);
  const reason = dossierRatable(dossier);
  if (reason) throw notRatable(reason);
  const links = { agencyId: dossier.agencyId, dossierId: dossier.id, officerId: dossier.officerId, counterId: dossier.counterId, serviceId: dossier.serviceId };
  return db.transaction((tx) => insertRating(tx, links, rating, 'online', now));
}

async function ownDossier(db: Queryable, citizenId: string, code: string): Promise<DossierToRate> {
  const dossier = await findDossierToRate(db, code);
  if (!dossier || dossier.citizenId !== citizenId) {
    throw noSuchDossier(`Không tìm thấy hồ sơ ${code} trong tài khoản của bạn.`, `No dossier ${code} in your account.`);
  }
  return dossier;
}

/** Whether the signed-in citizen may rate their dossier now (or why not), and their rating once given. */
export async function ownDossierRatingState(db: Queryable, citizenId: string, code: string) {
  const dossier = await ownDossier(db, citizenId, code);
  const { rows } = await db.query<StoredRating>('SELECT score, criteria, comment, channel, created_at FROM ratings WHERE dossier_id = $1', [dossier.id]);
  return { notRatable: dossierRatable(dossier), rating: storedView(rows[0]) };
}

export async function rateOwnDossier(db: Database, citizenId: string, code: string, input: RatingInput, now: Date): Promise<GivenRating> {
  return rateDossier(db, await ownDossier(db, citizenId, code), input, now);
}

/** The applicant without an account proves the dossier is theirs with the lookup code printed on the receipt. */
export async function rateDossierWithLookupCode(db: Database, code: string, lookupCode: string, input: RatingInput, now: Date): Promise<GivenRating> {
  const dossier = await findDossierToRate(db, code);
  if (!dossier || dossier.lookupCode !== lookupCode.trim().toUpperCase()) {
    throw noSuchDossier('Không tìm thấy hồ sơ với mã và mã tra cứu đã nhập.', 'No dossier with that code and lookup code.');
  }
  return rateDossier(db, dossier, input, now);
}
