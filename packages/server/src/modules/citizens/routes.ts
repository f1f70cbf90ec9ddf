import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { CITIZEN_COOKIES } from '@motcua/contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APPLICANT_ACTIONS, ruleFor } from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { sendFile } from '../files/index.js';
import { acceptUploads, ownUploadRoute } from '../files/index.js';
import { FileBody } from '../files/index.js';
import { rateLimits, signInKey } from '../../platform/rate-limits.js';
import { writeErrors } from '../../platform/schemas.js';
import { clearSessionCookies, setSessionCookies } from '../../platform/session-cookies.js';
import { actionBody, actionDescription } from '../dossiers/index.js';
import { ActionResult, CreatedDossierSchema, DossierCodeParam } from '../dossiers/index.js';
import { iso } from '../../platform/instants.js';
import { PdfSchema, sendPdf } from '../papers/index.js';
import { type CitizenSessionGrant, citizenLogin, register, setHomeCommune, signIn, signOut } from './accounts.js';
import { actOnMyDossier, listMyDossiers, myDeclaration, myDossier, myDossierFile, myReceipt, myResultFile } from './dossiers.js';
import { declarationPrefill } from './prefill.js';
import { MAX_DRAFT_BYTES, createDraft, deleteDraft, getDraft, listDrafts, submitDraft, updateDraft } from './drafts.js';
import {
  DraftIdParams,
  DraftListSchema,
  DraftSchema,
  DraftUpdateBody,
  FormPrefillSchema,
  HomeCommuneBody,
  LoginBody,
  MyDossierListQuery,
  MyDossierListSchema,
  MyDossierSchema,
  NewDraftBody,
  ProcedureCodeParams,
  RegisterBody,
  SignedIn,
} from './schema.js';
import { citizenActor, requireCitizen } from '../../platform/citizen-authentication.js';

const TAGS = ['citizens'];
// The draft plus the JSON around it; the content itself is checked against MAX_DRAFT_BYTES.
const DRAFT_BODY_LIMIT = 2 * MAX_DRAFT_BYTES;

// Sign-in attempts count per address and login, like officers'; registrations per address.
const loginKey = signInKey((body) => citizenLogin((body as { login: string }).login).identity.login);
const registrationKey = (request: FastifyRequest) => `register|${request.ip}`;

/**
 * The citizen realm of the public service portal, under /api/citizen: accounts, drafts and the
 * citizen's own dossiers. Signed in by cookie only; writes echo the CSRF cookie in x-csrf-token.
 */
export function citizenRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  const signedIn = (reply: FastifyReply, grant: CitizenSessionGrant) => {
    setSessionCookies(reply, CITIZEN_COOKIES, grant, ctx.config.secureCookies);
    return { citizen: grant.citizen };
  };
  return async (app) => {
    await acceptUploads(app);

    app.post(
      '/api/citizen/register',
      {
        config: { rule: 'public', rateLimit: { ...limits.login, keyGenerator: registrationKey } },
        schema: {
          tags: TAGS,
          summary: 'Đăng ký tài khoản công dân (đăng nhập luôn)',
          description: 'At least one of email and phone; a verification code goes to each (POST /api/citizen/me/contacts/verification confirms it). Sets the motcua_citizen session cookie and the motcua_citizen_csrf cookie.',
          body: RegisterBody,
          response: { 201: SignedIn, 400: errorResponseSchema, 409: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => {
        const grant = await register(ctx.db, request.body, request.ip, ctx.config.sessionHours, { vault: ctx.signing.vault, channels: ctx.notify, now: ctx.now() });
        return reply.status(201).send(signedIn(reply, grant));
      },
    );

    app.post(
      '/api/citizen/login',
      {
        config: { rule: 'public', rateLimit: { ...limits.login, keyGenerator: loginKey } },
        schema: {
          tags: TAGS,
          summary: 'Đăng nhập tài khoản công dân bằng email hoặc số điện thoại',
          description:
            'Five wrong passwords in a row lock the email address or number out for a minute, doubling with each further failure up to an hour: 429 `account_locked` with Retry-After.',
          body: LoginBody,
          response: { 200: SignedIn, 400: errorResponseSchema, 401: errorResponseSchema, 429: errorResponseSchema },
        },
      },
      async (request, reply) => signedIn(reply, await signIn(ctx.db, request.body, { ip: request.ip, now: ctx.now() }, ctx.config.sessionHours)),
    );

    app.post(
      '/api/citizen/logout',
      // Open to all: signing out twice, or with an expired session, still leaves the browser signed out.
      { config: { rule: 'public' }, schema: { tags: TAGS, summary: 'Đăng xuất tài khoản công dân', response: { 204: Type.Null(), 403: errorResponseSchema } } },
      async (request, reply) => {
        if (request.citizen && request.sessionTokenHash) await signOut(ctx.db, request.sessionTokenHash, request.citizen, request.ip);
        clearSessionCookies(reply, CITIZEN_COOKIES);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/citizen/me',
      { config: { rule: 'citizen-themself' }, schema: { tags: TAGS, summary: 'Công dân đang đăng nhập', response: { 200: SignedIn, 401: errorResponseSchema } } },
      async (request) => ({ citizen: requireCitizen(request) }),
    );

    app.put(
      '/api/citizen/me/commune',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Đặt xã, phường nơi cư trú của tài khoản (nơi mặc định nộp hồ sơ cấp xã)',
          body: HomeCommuneBody,
          response: { 200: SignedIn, ...writeErrors },
        },
      },
      async (request) => ({ citizen: await setHomeCommune(ctx.db, requireCitizen(request), request.body.communeId, request.ip) }),
    );

    app.post(
      '/api/citizen/files',
      ownUploadRoute(
        ctx,
        {
          tags: TAGS,
          summary: 'Tải lên thành phần hồ sơ (công dân đã đăng nhập)',
          description: "The file can then be named only in this citizen's drafts, submissions and supplements.",
        },
        citizenActor,
        { rule: 'citizen-themself', rateLimit: limits.public },
      ),
    );

    app.get(
      '/api/citizen/procedures/:code/form-prefill',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Giá trị điền sẵn cho tờ khai điện tử của thủ tục (từ tài khoản và tờ khai gần nhất)',
          description: "The account's details and the citizen's answers to the same fields in their latest declaration, where still valid; 404 no_form when the procedure has no e-form.",
          params: ProcedureCodeParams,
          response: { 200: FormPrefillSchema, 401: errorResponseSchema, 404: errorResponseSchema },
        },
      },
      async (request) => declarationPrefill(ctx.db, requireCitizen(request), request.params.code, ctx.now()),
    );

    app.get(
      '/api/citizen/drafts',
      { config: { rule: 'citizen-themself' }, schema: { tags: TAGS, summary: 'Hồ sơ nháp của tôi', response: { 200: DraftListSchema, 401: errorResponseSchema } } },
      async (request) => listDrafts(ctx.db, requireCitizen(request).id),
    );

    app.post(
      '/api/citizen/drafts',
      {
        config: { rule: 'citizen-themself' },
        bodyLimit: DRAFT_BODY_LIMIT,
        schema: { tags: TAGS, summary: 'Lưu nháp hồ sơ trực tuyến', body: NewDraftBody, response: { 201: DraftSchema, ...writeErrors, 413: errorResponseSchema } },
      },
      async (request, reply) => reply.status(201).send(await createDraft(ctx.db, citizenActor(request), ctx.now(), request.body)),
    );

    app.get(
      '/api/citizen/drafts/:id',
      { config: { rule: 'citizen-themself' }, schema: { tags: TAGS, summary: 'Một hồ sơ nháp', params: DraftIdParams, response: { 200: DraftSchema, ...writeErrors } } },
      async (request) => getDraft(ctx.db, requireCitizen(request).id, request.params.id),
    );

    app.put(
      '/api/citizen/drafts/:id',
      {
        config: { rule: 'citizen-themself' },
        bodyLimit: DRAFT_BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Cập nhật hồ sơ nháp',
          params: DraftIdParams,
          body: DraftUpdateBody,
          response: { 200: DraftSchema, ...writeErrors, 413: errorResponseSchema },
        },
      },
      async (request) => updateDraft(ctx.db, citizenActor(request), ctx.now(), request.params.id, request.body.content),
    );

    app.delete(
      '/api/citizen/drafts/:id',
      { config: { rule: 'citizen-themself' }, schema: { tags: TAGS, summary: 'Xoá hồ sơ nháp', params: DraftIdParams, response: { 204: Type.Null(), ...writeErrors } } },
      async (request, reply) => {
        await deleteDraft(ctx.db, citizenActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/citizen/drafts/:id/submit',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Nộp hồ sơ nháp (như nộp trực tuyến; hồ sơ gắn với tài khoản, bản nháp được xoá)',
          description: 'Validation errors name the field inside the draft, e.g. content.applicant.idNumber, or components (incomplete_dossier).',
          params: DraftIdParams,
          response: { 201: CreatedDossierSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const dossier = await submitDraft(ctx, citizenActor(request), request.params.id);
        return reply.status(201).send({ ...dossier, receivedAt: iso(dossier.receivedAt), dueAt: iso(dossier.dueAt) });
      },
    );

    app.get(
      '/api/citizen/dossiers',
      { config: { rule: 'citizen-themself' }, schema: { tags: TAGS, summary: 'Hồ sơ của tôi (mới nhất trước)', querystring: MyDossierListQuery, response: { 200: MyDossierListSchema, ...writeErrors } } },
      async (request) => listMyDossiers(ctx.db, requireCitizen(request).id, request.query),
    );

    app.get(
      '/api/citizen/dossiers/:code',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Chi tiết hồ sơ của tôi: tiến độ, yêu cầu bổ sung, thao tác được phép',
          params: Type.Object({ code: DossierCodeParam }),
          response: { 200: MyDossierSchema, ...writeErrors },
        },
      },
      async (request) => myDossier(ctx, requireCitizen(request).id, request.params.code),
    );

    for (const action of APPLICANT_ACTIONS) {
      const rule = ruleFor(action);
      app.post(
        `/api/citizen/dossiers/:code/actions/${action}`,
        {
          config: { rule: 'citizen-themself' },
          schema: {
            tags: TAGS,
            summary: `${rule.label.vi} (hồ sơ của tôi)`,
            description: actionDescription(rule),
            params: Type.Object({ code: DossierCodeParam }),
            body: actionBody(rule),
            response: { 200: ActionResult, ...writeErrors },
          },
        },
        async (request) => actOnMyDossier(ctx, citizenActor(request), request.params.code, action, request.body),
      );
    }

    app.get(
      '/api/citizen/dossiers/:code/papers/receipt.pdf',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Tải giấy tiếp nhận hồ sơ và hẹn trả kết quả của hồ sơ của tôi (PDF)',
          params: Type.Object({ code: DossierCodeParam }),
          response: { 200: PdfSchema, ...writeErrors },
        },
      },
      async (request, reply) => sendPdf(reply, await myReceipt(ctx, requireCitizen(request).id, request.params.code)),
    );

    app.get(
      '/api/citizen/dossiers/:code/papers/declaration.pdf',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Tải tờ khai điện tử đã khai của hồ sơ của tôi (PDF)',
          description: '404 paper_not_applicable when the dossier has no e-form declaration.',
          params: Type.Object({ code: DossierCodeParam }),
          response: { 200: PdfSchema, ...writeErrors },
        },
      },
      async (request, reply) => sendPdf(reply, await myDeclaration(ctx, requireCitizen(request).id, request.params.code)),
    );

    app.get(
      '/api/citizen/dossiers/:code/signed-results/:verificationCode.pdf',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Tải văn bản kết quả đã ký số của hồ sơ của tôi (PDF)',
          params: Type.Object({ code: DossierCodeParam, verificationCode: Type.String({ minLength: 10, maxLength: 20 }) }),
          response: { 200: PdfSchema, ...writeErrors },
        },
      },
      async (request, reply) => {
        const file = await myResultFile(ctx.db, requireCitizen(request).id, request.params.code, request.params.verificationCode);
        return sendFile(reply, ctx.blobStore, file, 'attachment');
      },
    );

    app.get(
      '/api/citizen/dossiers/:code/files/:fileId',
      {
        config: { rule: 'citizen-themself' },
        schema: {
          tags: TAGS,
          summary: 'Tải tệp đã nộp kèm hồ sơ của tôi',
          params: Type.Object({ code: DossierCodeParam, fileId: Type.String({ format: 'uuid' }) }),
          response: { 200: FileBody('PDF, JPEG or PNG'), ...writeErrors },
        },
      },
      async (request, reply) => {
        const file = await myDossierFile(ctx.db, requireCitizen(request).id, request.params.code, request.params.fileId);
        return sendFile(reply, ctx.blobStore, file, 'inline');
      },
    );
  };
}
