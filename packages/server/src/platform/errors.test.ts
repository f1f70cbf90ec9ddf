import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.js';
import { openPglite } from '../db/pglite.js';
import { installErrorHandling } from './errors.js';

describe('what the database refuses when two requests race', () => {
  let db: Database;
  const app = Fastify();
  beforeAll(async () => {
    db = await openPglite();
    await db.exec('CREATE TABLE numbered (number integer PRIMARY KEY)');
    installErrorHandling(app);
    app.post('/numbered/:number', async (request) => {
      await db.query('INSERT INTO numbered (number) VALUES ($1)', [Number((request.params as { number: string }).number)]);
      return { ok: true };
    });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('tells the loser of a duplicate write to look again (409), in Vietnamese and English, not that the system failed', async () => {
    expect((await app.inject({ method: 'POST', url: '/numbered/7' })).statusCode).toBe(200);
    const second = await app.inject({ method: 'POST', url: '/numbered/7' });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'conflict', message: expect.stringContaining('trùng mã hoặc số'), messageEn: expect.stringContaining('duplicate') });
  });
});
