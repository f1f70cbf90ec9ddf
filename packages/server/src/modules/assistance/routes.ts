import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { officerActor } from '../../platform/authentication.js';
import { requireCitizen } from '../../platform/citizen-authentication.js';
import { iso } from '../../platform/instants.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { writeErrors } from '../../platform/schemas.js';
import { confirmClaim, requestClaimCode } from './claims.js';
import { AssistedDossierSchema, AssistedSubmissionBody, ClaimCodeSentSchema, ClaimConfirmBody, ClaimRequestBody, ConsentCodeBody, ConsentCodeSchema } from './schema.js';
import { requestConsentCode, submitAssisted } from './service.js';

const TAGS = ['assistance'];
// Per address, on top of the per-phone and per-dossier limits of the codes themselves.
const codeKey = (request: FastifyRequest) => `dossier-code|${request.ip}`;

/**
 * Assisted submission: helpers of assisted-digital points and receiving officers submit for a
 * citizen present who consents; citizens claim such dossiers into their account.
 */
export function assistanceRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  const codeLimit = { ...limits.login, keyGenerator: codeKey };
  return async (app) => {
    app.post(
      '/api/v1/assisted/consent-codes',
      {
        config: { rule: 'assist-submission', rateLimit: codeLimit },
        schema: {
          tags: TAGS,
          summary: 'Gửi mã xác nhận đồng ý đến điện thoại của người nộp có mặt',
          description: 'Six digits by SMS, valid 15 minutes, five guesses, used once; three to one phone an hour (429 too_many_codes). 409 sms_not_configured: use a signed consent scan.',
          body: ConsentCodeBody,
          response: { 201: ConsentCodeSchema, ...writeErrors },
        },
      },
      async (request, reply) => reply.status(201).send(await requestConsentCode(ctx, officerActor(request), request.body)),
    );

    app.post(
      '/api/v1/assisted/dossiers',
      {
        config: { rule: 'assist-submission' },
        schema: {
          tags: TAGS,
          summary: 'Nộp hồ sơ trực tuyến thay công dân có mặt, với sự đồng ý của họ',
          description:
            'As POST /api/public/dossiers (files uploaded to POST /api/public/files, named with their upload tokens), with the consent: the code read out (400 consent_code_invalid when wrong, used or expired) or the signed consent scanned. The dossier shows who helped.',
          body: AssistedSubmissionBody,
          response: { 201: AssistedDossierSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const dossier = await submitAssisted(ctx, officerActor(request), request.body);
        return reply.status(201).send({ ...dossier, receivedAt: iso(dossier.receivedAt), dueAt: iso(dossier.dueAt) });
      },
    );

    app.post(
      '/api/citizen/dossier-claims',
      {
        config: { rule: 'citizen-themself', rateLimit: codeLimit },
        schema: {
          tags: TAGS,
          summary: 'Nhận hồ sơ vào tài khoản: gửi mã xác nhận đến điện thoại hoặc email ghi trên hồ sơ',
          description: 'For a dossier no account holds. 409 already_yours, dossier_claimed (another account holds it), no_contact.',
          body: ClaimRequestBody,
          response: { 202: ClaimCodeSentSchema, ...writeErrors },
        },
      },
      async (request, reply) => reply.status(202).send(await requestClaimCode(ctx, requireCitizen(request), request.body.dossierCode, request.ip)),
    );

    app.post(
      '/api/citizen/dossier-claims/confirm',
      {
        config: { rule: 'citizen-themself', rateLimit: codeLimit },
        schema: {
          tags: TAGS,
          summary: 'Nhận hồ sơ vào tài khoản bằng mã xác nhận',
          description: '400 claim_code_invalid for a wrong, used or expired code; the dossier is then in GET /api/citizen/dossiers.',
          body: ClaimConfirmBody,
          response: { 200: Type.Object({ code: Type.String() }), ...writeErrors },
        },
      },
      async (request) => confirmClaim(ctx, requireCitizen(request), request.body, request.ip),
    );
  };
}
