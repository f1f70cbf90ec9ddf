import { dossierTrackingPath } from '@motcua/core';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError, api, dataOf } from '../shared/api.js';
import { readAsBase64 } from '../shared/files.js';
import { formatDate, formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading, useErrorText } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { CodeForm } from './CodeForm.js';
import { type ResponseOf, verificationRead } from '@motcua/contract';
import { normaliseVerificationCode, verificationCodeProblem } from '@motcua/core';
import { verifyTexts as texts } from './verify-texts.js';

type Verification = ResponseOf<'/api/public/verify/{code}'>;
type FileCheck = ResponseOf<'/api/public/verify/{code}/check', 'post'>;

const MAX_BYTES = 10 * 1024 * 1024;

function Facts({ document }: { document: Verification }) {
  const { language, t } = useI18n();
  const { certificate } = document;
  return (
    <dl className="facts">
      <dt>{t(texts.documentType)}</dt>
      <dd>
        <strong>{document.documentType}</strong>
      </dd>
      <dt>{t(texts.issuingAgency)}</dt>
      <dd>{document.issuingAgency.name}</dd>
      <dt>{t(texts.signer)}</dt>
      <dd>
        {document.signer.name}
        {document.signer.title && <span className="muted"> — {document.signer.title}</span>}
      </dd>
      <dt>{t(texts.signedAt)}</dt>
      <dd>{formatDateTime(document.signedAt, language)}</dd>
      <dt>{t(texts.dossierCode)}</dt>
      <dd>
        <Link to={dossierTrackingPath(document.dossierCode)}>{document.dossierCode}</Link>
      </dd>
      <dt>{t(texts.procedure)}</dt>
      <dd>
        {document.procedure.name} <span className="muted">({document.procedure.code})</span>
      </dd>
      <dt>{t(texts.applicant)}</dt>
      <dd>{document.applicantName}</dd>
      <dt>{t(texts.certificate)}</dt>
      <dd className="verify-long">{certificate.subject}</dd>
      <dt>{t(texts.certificateIssuer)}</dt>
      <dd className="verify-long">{certificate.issuer}</dd>
      <dt>{t(texts.certificateValidity)}</dt>
      <dd>{t(texts.validity, { from: formatDate(certificate.notBefore, language), to: formatDate(certificate.notAfter, language) })}</dd>
      <dt>{t(texts.fingerprint)}</dt>
      <dd className="verify-long">
        <code>{document.sha256}</code>
      </dd>
    </dl>
  );
}

function FileCheckForm({ code }: { code: string }) {
  const { language, t } = useI18n();
  const errorText = useErrorText();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<FileCheck>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    const found = !file ? t(texts.fileMissing) : file.size > MAX_BYTES ? t(texts.fileTooLarge) : undefined;
    setProblem(found);
    setOutcome(undefined);
    if (!file || found) {
      input.current?.focus();
      return;
    }
    setChecking(true);
    try {
      setOutcome(await dataOf(api.POST('/api/public/verify/{code}/check', { params: { path: { code } }, body: { contentBase64: await readAsBase64(file) } })));
    } catch (error) {
      setProblem(error instanceof ApiError ? errorText(error) : String(error));
    } finally {
      setChecking(false);
    }
  }

  const answer = (value: boolean) => t(value ? texts.yes : texts.no);
  return (
    <section className="card" aria-labelledby="verify-file">
      <h2 id="verify-file">{t(texts.checkHeading)}</h2>
      <p>{t(texts.checkLead)}</p>
      <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t(texts.fileLabel)} error={problem}>
          <input ref={input} type="file" name="file" accept="application/pdf,.pdf" />
        </Field>
        <button type="submit" className="button" disabled={checking}>
          {t(checking ? texts.checking : texts.check)}
        </button>
      </form>
      {outcome && (
        <Alert kind={outcome.genuine ? 'success' : 'error'} title={t(outcome.genuine ? texts.checkGenuine : texts.checkNotGenuine)}>
          <p>{language === 'en' ? outcome.messageEn : outcome.message}</p>
          <dl className="facts">
            <dt>{t(texts.identical)}</dt>
            <dd>{answer(outcome.identical)}</dd>
            <dt>{t(texts.signatureValid)}</dt>
            <dd>{answer(outcome.signature.valid)}</dd>
            <dt>{t(texts.signerMatches)}</dt>
            <dd>
              {answer(outcome.signature.signerMatches)}
              {outcome.signature.signerCommonName && <span className="muted"> ({outcome.signature.signerCommonName})</span>}
            </dd>
          </dl>
        </Alert>
      )}
    </section>
  );
}

/**
 * Public verification of signed results: `/verify` asks for the code, `/verify/{code}` (the
 * address in the result's QR code) says whether the document is genuine and in force, who issued
 * and signed it, and checks a PDF file against it.
 */
export function VerifyPage() {
  const { language, t } = useI18n();
  const navigate = useNavigate();
  const code = normaliseVerificationCode(useParams().code ?? '');
  const address = verificationRead(code);
  const wellFormed = address !== null;
  const verification = useApi(address);
  const document = wellFormed && verification.data?.verificationCode === code ? verification.data : undefined;
  useTitle(document ? t(texts.resultHeading, { code }) : t(texts.title));
  // A code refused by the form is the latest question: the answer to the one before goes.
  const [refused, setRefused] = useState(false);

  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      <div className="card">
        <CodeForm
          key={code}
          texts={texts}
          initialCode={code}
          maxLength={500}
          normalise={normaliseVerificationCode}
          problemOf={verificationCodeProblem}
          onCode={(next) => {
            setRefused(false);
            void navigate(`/verify/${next}`);
          }}
          onRefused={() => setRefused(true)}
        />
      </div>
      {wellFormed && !refused &&
        (verification.error && !verification.loading ? (
          <ErrorMessage error={verification.error} onRetry={verification.error.status === 404 ? undefined : verification.reload} />
        ) : !document || verification.loading ? (
          <Loading />
        ) : (
          <>
            <section className="card" aria-labelledby="verify-result">
              <h2 id="verify-result">{t(texts.resultHeading, { code: document.verificationCode })}</h2>
              {document.revoked ? (
                <Alert kind="error" title={t(texts.revoked)}>
                  <p>{t(texts.revokedText, { at: formatDateTime(document.revoked.at, language), reason: document.revoked.reason })}</p>
                </Alert>
              ) : (
                <Alert kind="success" title={t(texts.genuine)}>
                  <p>{t(texts.genuineText)}</p>
                </Alert>
              )}
              <Facts document={document} />
              <p className="muted">{t(texts.privacy)}</p>
            </section>
            <FileCheckForm code={document.verificationCode} />
          </>
        ))}
    </div>
  );
}
