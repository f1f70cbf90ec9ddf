import { Type } from '@fastify/type-provider-typebox';
import {
  DEFAULT_OPENING_HOURS,
  DELIVERY_ADDRESS_MAX,
  type DeliveryChoice,
  type OpeningHours,
  POSTAL_CARRIER_LABELS,
  type PostalCarrier,
  RETURN_METHODS,
  type ReturnMethod,
  deliveryProblem,
  describeOpeningHours,
  whatToBring,
} from '@motcua/core';
import type { Queryable } from '../../db/database.js';
import { component } from '../../platform/components.js';
import { AppError, notFound } from '../../platform/errors.js';
import { iso } from '../../platform/instants.js';
import { AmountVnd, Nullable } from '../../platform/schemas.js';
import type { DossierEventRow, DossierRow } from './repo.js';

/**
 * How the applicant receives the result: chosen with the submission (online or at the counter),
 * kept on the dossier, and shown to them once the result is ready — where and when to collect it
 * and what to bring, the postal item's tracking number, or the electronic result.
 */

const Text = Type.Object({ vi: Type.String(), en: Type.String() });

export const DeliveryChoiceSchema = component(
  'DeliveryChoice',
  Type.Object(
    {
      method: Type.Enum([...RETURN_METHODS], { description: 'in_person: at the one-stop section; post: by the public postal service (address and the agency’s postal fee); electronic: the signed PDF in the account and by e-mail' }),
      address: Type.Optional(Type.String({ format: 'visible-text', maxLength: DELIVERY_ADDRESS_MAX, description: 'Where the post brings the result (post only)' })),
    },
    { additionalProperties: false, description: 'How the applicant receives the result; at the counter when left out' },
  ),
);

/** What a one-stop section offers: where it is, when it is open, and its postal fee (null: it does not send results by post). */
export const DeliveryOptionsSchema = component(
  'DeliveryOptions',
  Type.Object({
    agencyName: Type.String(),
    address: Type.String(),
    phone: Type.String(),
    openingHours: Type.Array(Text),
    postalFeeVnd: Nullable(AmountVnd()),
  }),
);

export const DeliveryViewSchema = component(
  'ResultDelivery',
  Type.Object({
    method: Type.Enum([...RETURN_METHODS]),
    /** The delivery address, for the applicant and the officers only. */
    address: Nullable(Type.String()),
    postalFeeVnd: Nullable(AmountVnd()),
    /** The result is ready (or was returned). */
    ready: Type.Boolean(),
    /** At the counter, once ready and until collected: where, when and what to bring. */
    collect: Nullable(
      Type.Object({
        agencyName: Type.String(),
        address: Type.String(),
        phone: Type.String(),
        openingHours: Type.Array(Text),
        bring: Type.Array(Text),
      }),
    ),
    /** By post, once handed to the carrier. */
    posting: Nullable(Type.Object({ carrier: Type.String(), carrierName: Text, trackingNumber: Type.String(), postedAt: Type.String() })),
    /** Electronically, once delivered. */
    deliveredAt: Nullable(Type.String()),
  }),
);

interface AgencyOffer {
  name: string;
  address: string;
  phone: string;
  postal_fee_vnd: number | null;
  opening_hours: OpeningHours | null;
}

async function agencyOffer(db: Queryable, agencyId: string): Promise<AgencyOffer | undefined> {
  const { rows } = await db.query<AgencyOffer>(
    `SELECT a.name, a.address, a.phone, a.postal_fee_vnd::float8 AS postal_fee_vnd, h.opening_hours
       FROM agency_directory a LEFT JOIN agency_opening_hours h ON h.agency_id = a.id
      WHERE a.id = $1 AND a.abolished_on IS NULL`,
    [agencyId],
  );
  return rows[0];
}

const openingHoursOf = (offer: AgencyOffer) => describeOpeningHours(offer.opening_hours ?? DEFAULT_OPENING_HOURS);

/** What the wizard and the counter show before the applicant chooses: the postal fee among them. */
export async function deliveryOptions(db: Queryable, agencyId: string) {
  const offer = await agencyOffer(db, agencyId);
  if (!offer) throw notFound({ vi: 'nơi tiếp nhận hồ sơ', en: 'Receiving agency' });
  return { agencyName: offer.name, address: offer.address, phone: offer.phone, openingHours: openingHoursOf(offer), postalFeeVnd: offer.postal_fee_vnd };
}

export type DeliveryColumns = Pick<DossierRow, 'delivery_method' | 'delivery_address' | 'delivery_postal_fee_vnd'>;

/**
 * The columns a new dossier keeps of the applicant's choice, checked against what the receiving
 * agency offers; the postal fee is the one shown to them, kept as it was on the day.
 */
export async function chosenDelivery(db: Queryable, agencyId: string, choice: DeliveryChoice | undefined, reach: { account: boolean; email: string }): Promise<DeliveryColumns> {
  const taken = choice ?? { method: 'in_person' as const };
  const offer = await agencyOffer(db, agencyId);
  const problem = deliveryProblem(taken, { postalFeeVnd: offer?.postal_fee_vnd ?? null }, reach);
  if (problem) throw new AppError(400, 'invalid_delivery', problem.vi, problem.en, `delivery.${problem.field}`);
  const post = taken.method === 'post';
  return {
    delivery_method: taken.method,
    delivery_address: post ? taken.address!.normalize('NFC').trim() : null,
    delivery_postal_fee_vnd: post ? offer!.postal_fee_vnd : null,
  };
}

/** The applicant's view of their result's delivery; `audience: 'public'` (tracking by code) leaves the address out. */
export async function deliveryView(db: Queryable, dossier: DossierRow, events: readonly Pick<DossierEventRow, 'action' | 'data' | 'occurred_at' | 'fee_receipt_number'>[], audience: 'applicant' | 'public') {
  const method: ReturnMethod = dossier.delivery_method ?? 'in_person';
  const ready = dossier.state === 'result_ready' || dossier.state === 'returned';
  const posted = events.findLast((event) => event.action === 'send_by_post');
  const delivered = events.findLast((event) => event.action === 'deliver_electronically');
  let collect = null;
  if (dossier.state === 'result_ready' && method === 'in_person') {
    const offer = await agencyOffer(db, dossier.receiving_agency_id);
    if (offer) {
      collect = {
        agencyName: offer.name,
        address: offer.address,
        phone: offer.phone,
        openingHours: openingHoursOf(offer),
        bring: whatToBring({ feePaid: events.some((event) => event.fee_receipt_number !== null), applicantType: dossier.applicant_type }),
      };
    }
  }
  const carrier = posted?.data.postalCarrier as PostalCarrier | undefined;
  return {
    method,
    address: audience === 'applicant' ? dossier.delivery_address : null,
    postalFeeVnd: dossier.delivery_postal_fee_vnd === null ? null : Number(dossier.delivery_postal_fee_vnd),
    ready,
    collect,
    posting:
      posted && carrier
        ? { carrier, carrierName: POSTAL_CARRIER_LABELS[carrier], trackingNumber: String(posted.data.trackingNumber), postedAt: iso(posted.occurred_at)! }
        : null,
    deliveredAt: iso(delivered?.occurred_at ?? null),
  };
}
