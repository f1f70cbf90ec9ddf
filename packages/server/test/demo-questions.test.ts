import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_STATES } from '@motcua/core';
import { AGENCY } from '../src/demo/data/index.js';
import { DEMO_PASSWORD } from '../src/demo/seed.js';
import { type DemoApp, startDemoApp } from './support/demo-app.js';
import { ENGINES } from './support/engines.js';
import { signIn } from './support/http.js';

describe.each(ENGINES)('the demo’s citizens’ questions on $name', (engine) => {
  let demo: DemoApp;
  let app: FastifyInstance;

  beforeAll(async () => {
    demo = await startDemoApp(engine);
    app = demo.app;
  });
  afterAll(() => demo?.close());

  it('has questions in every state at a ward and a department, some overdue, three published without their askers', async () => {
    const states = await demo.db.query<{ state: string }>('SELECT DISTINCT state FROM questions ORDER BY state');
    expect(states.rows.map((row) => row.state)).toEqual([...QUESTION_STATES].sort());

    const published = (await app.inject({ method: 'GET', url: '/api/public/questions' })).json();
    expect(published.total).toBe(3);
    expect(JSON.stringify(published)).not.toContain('Nguyễn Thị Lan');
    const found = (await app.inject({ method: 'GET', url: '/api/public/questions?q=khai+sinh+ket+hon' })).json();
    expect(found.items[0].body).toContain('[người hỏi]');
    expect(JSON.stringify(found)).not.toMatch(/Nguyễn Thị Lan|0912 345 678/);
    const procedure = (await app.inject({ method: 'GET', url: '/api/public/procedures/1.001193' })).json();
    expect(procedure.questions).toHaveLength(2);

    const head = await signIn(app, 'truongphong.hacthanh', DEMO_PASSWORD);
    const overdue = (await head.request('GET', '/api/v1/questions?view=overdue')).json();
    expect(overdue.items.map((item: { title: string }) => item.title)).toEqual(expect.arrayContaining(['Đổi tên đệm trong giấy khai sinh của con', 'Mất bản chính giấy khai sinh']));
    const leader = await signIn(app, 'lanhdao.snv', DEMO_PASSWORD);
    const atDepartment = (await leader.request('GET', `/api/v1/questions?agency=${AGENCY.noiVu}`)).json();
    expect(atDepartment.items.map((item: { state: string }) => item.state).sort()).toEqual(['answered', 'published', 'received', 'received']);
  });
});
