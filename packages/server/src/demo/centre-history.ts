import { type RatingScore, addDays, vietnamDate, vietnamInstant } from '@motcua/core';
import type { Database } from '../db/database.js';
import { createCalendarService } from '../modules/calendar/service.js';
import { type Centre, issueTicket, requireCentre } from '../modules/centres/index.js';
import { actOnTicketInHand, callNext, transferTicketInHand } from '../modules/centres/calling.js';
import { changeMyCounter, openCounter, ticketInHand } from '../modules/centres/counter-desk.js';
import { rateByFollowToken } from '../modules/ratings/index.js';
import type { Actor } from '../platform/actor.js';
import { loadGrants } from '../platform/authentication.js';
import { DEMO_CENTRES } from './centres.js';
import { DEMO_OFFICERS } from './data/index.js';
import { type Random, createRandom } from './people.js';

type OfficerActor = Actor & { kind: 'officer' };

/** The centres whose past mornings are replayed: the provincial centre and the first communes and wards. */
const HISTORY_CENTRES = 3;
/** A quiet morning's tickets at a demo centre, between these many. */
const TICKETS_PER_MORNING = { min: 10, max: 18 };
const MINUTE_MS = 60_000;

interface Counter {
  id: string;
  number: number;
  services: Array<{ id: string; code: string }>;
}

/** What happens at the counter next, and when (the morning's simulated clock). */
interface Plan {
  at: number;
  step: 'call' | 'recall' | 'no_show' | 'start' | 'finish' | 'transfer';
}

const pickScore = (random: Random): RatingScore => {
  const roll = random.next();
  return roll < 0.6 ? 'very_satisfied' : roll < 0.9 ? 'satisfied' : 'not_satisfied';
};

async function centreCounters(db: Database, agencyId: string): Promise<Counter[]> {
  const { rows } = await db.query<Counter>(
    `SELECT c.id, c.number,
            (SELECT json_agg(json_build_object('id', s.id, 'code', s.code) ORDER BY s.position)
               FROM counter_services cs JOIN queue_services s ON s.id = cs.service_id WHERE cs.counter_id = c.id AND s.active) AS services
       FROM counters c WHERE c.agency_id = $1 AND c.active ORDER BY c.number`,
    [agencyId],
  );
  return rows;
}

/** The centre's receiving officer, who serves at its counters. */
async function receivingOfficer(db: Database, agencyCode: string): Promise<OfficerActor | undefined> {
  const username = DEMO_OFFICERS.find((officer) => officer.roles.some((grant) => grant.role === 'receiving_officer' && grant.agencyCode === agencyCode))?.username;
  const { rows } = await db.query<{ id: string; username: string; fullName: string }>(
    'SELECT id, username, full_name AS "fullName" FROM officer_directory WHERE username = $1 AND active',
    [username],
  );
  const officer = rows[0];
  return officer && { kind: 'officer', officer: { ...officer, grants: await loadGrants(db, officer.id) }, ip: '10.0.0.3' };
}

/**
 * One morning at a centre: its receiving officer opens a counter at 07:30, people take tickets for
 * the services it serves until 10:30, and the officer calls, serves, now and then transfers a
 * ticket or marks an absent one a no-show, until nobody waits; about four in ten rate the service
 * by their ticket's QR code. Every step goes through the centres' and ratings' own functions, on
 * the morning's clock.
 */
async function replayMorning(db: Database, random: Random, centre: Centre, officer: OfficerActor, counter: Counter, day: string): Promise<number> {
  const clock = { at: vietnamInstant(day, '07:30') };
  const now = () => clock.at;
  const minutes = (count: number) => new Date(clock.at.getTime() + count * MINUTE_MS).getTime();
  await openCounter(db, officer, centre, counter.number, now());

  const opening = vietnamInstant(day, '07:35').getTime();
  const span = vietnamInstant(day, '10:30').getTime() - opening;
  const arrivals = Array.from({ length: random.int(TICKETS_PER_MORNING.min, TICKETS_PER_MORNING.max) }, () => opening + Math.floor(random.next() * span)).sort((a, b) => a - b);
  const followTokens = new Map<string, string>();
  let waiting = 0;
  let plan: Plan | null = null;
  while (arrivals.length > 0 || waiting > 0 || plan) {
    const next = Math.min(arrivals[0] ?? Infinity, plan?.at ?? Infinity);
    clock.at = new Date(next === Infinity ? clock.at.getTime() : next);
    if (arrivals[0] === clock.at.getTime()) {
      arrivals.shift();
      const serviceId = random.pick(counter.services).id;
      const ticket = await db.transaction((tx) =>
        issueTicket(tx, { agencyId: centre.agencyId, serviceId, priorityGroup: random.chance(0.1) ? 'elderly' : null, channel: 'kiosk', bookingId: null }, now()),
      );
      followTokens.set(ticket.id, ticket.followToken);
      waiting++;
      if (!plan) plan = { at: minutes(1), step: 'call' };
      continue;
    }
    if (!plan) continue;
    switch (plan.step) {
      case 'call':
        if (waiting === 0) {
          plan = null;
          break;
        }
        await callNext(db, officer, now());
        waiting--;
        plan = random.chance(0.08) ? { at: minutes(2), step: 'recall' } : { at: minutes(1), step: 'start' };
        break;
      case 'recall':
        await actOnTicketInHand(db, officer, 'recall', now());
        plan = (await ticketInHand(db, counter.id))!.callCount >= 3 ? { at: minutes(2), step: 'no_show' } : { at: minutes(2), step: 'recall' };
        break;
      case 'no_show':
        await actOnTicketInHand(db, officer, 'no_show', now());
        plan = { at: minutes(1), step: 'call' };
        break;
      case 'start':
        await actOnTicketInHand(db, officer, 'start', now());
        plan = { at: minutes(random.int(4, 16)), step: random.chance(0.06) && counter.services.length > 1 ? 'transfer' : 'finish' };
        break;
      case 'transfer': {
        const ticket = (await ticketInHand(db, counter.id))!;
        const other = random.pick(counter.services.filter((service) => service.code !== ticket.service.code));
        await transferTicketInHand(db, officer, { service: other.code }, now());
        waiting++;
        plan = { at: minutes(1), step: 'call' };
        break;
      }
      case 'finish': {
        const ticket = (await ticketInHand(db, counter.id))!;
        await actOnTicketInHand(db, officer, 'finish', now());
        if (random.chance(0.4)) await rateByFollowToken(db, followTokens.get(ticket.id)!, { score: pickScore(random) }, new Date(minutes(1)));
        plan = { at: minutes(1), step: 'call' };
        break;
      }
    }
  }
  clock.at = new Date(minutes(5));
  await changeMyCounter(db, officer, { to: 'closed' }, now());
  return followTokens.size;
}

/**
 * A few past working days of tickets at the first demo centres, so that their managers' figures
 * and the ratings have something to show from the first start. Returns how many tickets were issued.
 */
export async function seedCentreHistory(db: Database, options: { days: number; now?: Date }): Promise<number> {
  const random = createRandom(20_261_204);
  const calendar = await createCalendarService(db).current();
  const today = vietnamDate(options.now ?? new Date());
  const days: string[] = [];
  for (let day = addDays(today, -1); days.length < options.days; day = addDays(day, -1)) if (calendar.isWorkingDay(day)) days.unshift(day);
  let issued = 0;
  for (const { agencyCode } of DEMO_CENTRES.slice(0, HISTORY_CENTRES)) {
    const centre = await requireCentre(db, agencyCode);
    const officer = await receivingOfficer(db, agencyCode);
    if (!officer) continue;
    const counters = await centreCounters(db, centre.agencyId);
    // A different counter each morning, so that the figures by counter have more than one row.
    for (const [index, day] of days.entries()) issued += await replayMorning(db, random, centre, officer, counters[index % counters.length]!, day);
  }
  return issued;
}
