import type { SignedResult } from '@motcua/core';
import { expect } from 'vitest';
import { APPLICANT, BIRTH_COMPONENTS, act } from './dossiers.js';
import type { FastifyInstance } from 'fastify';
import { type Session, signIn } from './http.js';

export interface Approval {
  code: string;
  result: SignedResult;
  /** The signed PDF as the dossier's officers download it. */
  pdf: Buffer;
}

export interface Staff {
  reception: Session;
  specialist: Session;
  head: Session;
  leader: Session;
}

/** The commune's officers who take a birth registration from the counter to the leader's signature. */
export async function signInStaff(app: FastifyInstance): Promise<Staff> {
  const [reception, specialist, head, leader] = await Promise.all(['reception', 'specialist', 'head', 'leader'].map((username) => signIn(app, username)));
  return { reception: reception!, specialist: specialist!, head: head!, leader: leader! };
}

/** Receives a birth registration and takes it to its last step, where the commune's leader approves it. */
export async function dossierAwaitingApproval(staff: Staff, applicant: Record<string, unknown> = APPLICANT, components: unknown[] = BIRTH_COMPONENTS) {
  const response = await staff.reception.request('POST', '/api/v1/dossiers', { procedureCode: '1.001193', applicant, summary: 'Đăng ký khai sinh cho con', components });
  expect(response.statusCode, response.body).toBe(201);
  const received = response.json() as { code: string; version: number };
  let version = await act(staff.specialist, received.code, 'hand_over', received.version);
  version = await act(staff.head, received.code, 'hand_over', version);
  return { code: received.code, version };
}

export async function signedResultsOf(session: Session, code: string): Promise<SignedResult[]> {
  const response = await session.request('GET', `/api/v1/dossiers/${code}/signed-results`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SignedResult[];
}

/** Approves a dossier at its last step and fetches the signed result it was issued with. */
export async function approve(staff: Staff, dossier: { code: string; version: number }, extra: Record<string, unknown> = {}): Promise<Approval> {
  await act(staff.leader, dossier.code, 'approve', dossier.version, extra);
  const [result] = await signedResultsOf(staff.leader, dossier.code);
  const download = await staff.leader.request('GET', `/api/v1/dossiers/${dossier.code}/files/${result!.fileId}`);
  expect(download.statusCode, download.body).toBe(200);
  expect(download.headers['content-type']).toBe('application/pdf');
  return { code: dossier.code, result: result!, pdf: download.rawPayload };
}
