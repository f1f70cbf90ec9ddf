import { type CalendarOverride, type WorkCalendar, createWorkCalendar, overrideRefusal } from '@motcua/core';
import type { Database, Queryable } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError } from '../../platform/errors.js';
import { TtlCache } from '../../platform/ttl-cache.js';


export interface CalendarService {
  current(): Promise<WorkCalendar>;
  listOverrides(year: number): Promise<CalendarOverride[]>;
  setOverride(actor: Actor, override: CalendarOverride): Promise<void>;
  removeOverride(actor: Actor, date: string): Promise<boolean>;
}

async function readOverrides(db: Queryable, year?: number): Promise<CalendarOverride[]> {
  const { rows } = await db.query<{ date: string; kind: CalendarOverride['kind']; name: string }>(
    `SELECT date::text AS date, kind, name FROM calendar_overrides
      WHERE $1::int IS NULL OR extract(year FROM date) = $1 ORDER BY date`,
    [year ?? null],
  );
  return rows;
}

export function createCalendarService(db: Database): CalendarService {
  // Another instance's edit of the overrides shows up here within 30 seconds.
  const cache = new TtlCache<'calendar', WorkCalendar>(30_000);
  const invalidate = () => cache.clear();
  return {
    current: () => cache.get('calendar', async () => createWorkCalendar({ overrides: await readOverrides(db) })),
    listOverrides: (year) => readOverrides(db, year),
    async setOverride(actor, override) {
      await db.transaction(async (tx) => {
        const refusal = overrideRefusal(override);
        if (refusal) throw new AppError(400, refusal.code, refusal.vi, refusal.en, 'date');
        await tx.query(
          `INSERT INTO calendar_overrides (date, kind, name) VALUES ($1, $2, $3)
           ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name`,
          [override.date, override.kind, override.name],
        );
        await appendAudit(tx, actor, { action: 'calendar.override.set', entityType: 'calendar_override', entityId: override.date, details: { ...override } });
      });
      invalidate();
    },
    async removeOverride(actor, date) {
      const removed = await db.transaction(async (tx) => {
        const result = await tx.query('DELETE FROM calendar_overrides WHERE date = $1', [date]);
        if (result.rowCount === 0) return false;
        await appendAudit(tx, actor, { action: 'calendar.override.remove', entityType: 'calendar_override', entityId: date });
        return true;
      });
      invalidate();
      return removed;
    },
  };
}
