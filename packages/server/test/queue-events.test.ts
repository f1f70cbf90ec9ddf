import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { announceQueueEvent, type QueueNotice } from '../src/modules/centres/events.js';
import { startQueueEventHub } from '../src/modules/centres/event-hub.js';
import { ENGINES, POSTGRES, type OpenedDatabase } from './support/engines.js';

const called = (label: string) => ({ kind: 'called' as const, ticketId: randomUUID(), label, serviceId: randomUUID(), counterNumber: 3, callCount: 1 });

/** Resolves with the notices heard once `count` have arrived. */
function collect(count: number) {
  const heard: QueueNotice[] = [];
  let done!: (notices: QueueNotice[]) => void;
  const all = new Promise<QueueNotice[]>((resolve) => (done = resolve));
  return {
    onEvent(notice: QueueNotice) {
      heard.push(notice);
      if (heard.length === count) done(heard);
    },
    heard,
    all,
  };
}

describe.each(ENGINES)('queue events on $name', (engine) => {
  let opened: OpenedDatabase | undefined;
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });

  it('reach the centre’s subscribers when the transaction commits, and never when it rolls back', async () => {
    opened = await engine.open();
    const { db } = opened;
    const hub = await startQueueEventHub(db);
    const centre = randomUUID();
    const mine = collect(2);
    const others = collect(1);
    hub.subscribe(centre, mine);
    hub.subscribe(randomUUID(), others);
    await db.transaction((tx) => announceQueueEvent(tx, centre, called('A001'), new Date()));
    await db
      .transaction(async (tx) => {
        await announceQueueEvent(tx, centre, called('A002'), new Date());
        throw new Error('abandoned');
      })
      .catch(() => undefined);
    await db.transaction((tx) => announceQueueEvent(tx, centre, called('A003'), new Date()));
    const notices = await mine.all;
    expect(notices.map((notice) => (notice.event as { label: string }).label)).toEqual(['A001', 'A003']);
    expect(others.heard).toEqual([]);
    expect(hub.size).toBe(2);
    await hub.close();
  });
});

describe.runIf(POSTGRES)('queue events across PostgreSQL instances', () => {
  let opened: OpenedDatabase | undefined;
  afterEach(async () => {
    await opened?.dispose();
    opened = undefined;
  });

  it('reach another instance, and after its listening connection is cut it resynchronises and hears again', async () => {
    opened = await POSTGRES!.open();
    const other = opened.openAnotherInstance!();
    const hub = await startQueueEventHub(other);
    const centre = randomUUID();
    const first = collect(1);
    let resynced!: () => void;
    const resync = new Promise<void>((resolve) => (resynced = resolve));
    const unsubscribe = hub.subscribe(centre, { onEvent: (notice) => first.onEvent(notice), onResync: () => resynced() });
    await opened.db.transaction((tx) => announceQueueEvent(tx, centre, called('B001'), new Date()));
    expect((await first.all)[0]!.agencyId).toBe(centre);

    await opened.db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
    await resync;
    unsubscribe();
    const second = collect(1);
    hub.subscribe(centre, second);
    await opened.db.transaction((tx) => announceQueueEvent(tx, centre, called('B002'), new Date()));
    expect(((await second.all)[0]!.event as { label: string }).label).toBe('B002');
    await hub.close();
  });
});
