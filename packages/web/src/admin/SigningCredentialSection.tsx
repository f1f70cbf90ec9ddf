import { type FormEvent, useState } from 'react';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { api, dataOf } from '../shared/api.js';
import { readAsBase64 } from '../shared/files.js';
import { formatDate, formatDateTime } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { ActionStatus, Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { type Loaded, useApi } from '../shared/use-api.js';
import type { Agency } from './agencies.js';
import { ConfirmButton } from './ConfirmButton.js';
import { FormFeedback, SaveButton } from './FormFeedback.js';
import { signingTexts as texts } from './texts.js';
import { type ClientErrors, useCheckedForm, useSubmission } from './use-submit.js';

type SigningCertificate = ResponseOf<'/api/v1/agencies/{id}/signing-credential'>;


const PKCS12_NAME = /\.(p12|pfx)$/i;
const MAX_BYTES = 10 * 1024 * 1024;

/** `AB:CD:…`, the way certificate viewers print a fingerprint, so that it can be compared by eye. */
const fingerprint = (hex: string) => hex.toUpperCase().match(/.{2}/g)?.join(':') ?? hex;

function CertificateFacts({ credential }: { credential: SigningCertificate }) {
  const { t, language } = useI18n();
  return (
    <dl className="facts">
      <dt>{t(texts.commonName)}</dt>
      <dd>{credential.commonName}</dd>
      <dt>{t(texts.status)}</dt>
      <dd>
        <span className={`badge ${credential.expired ? 'badge-danger' : 'badge-success'}`}>{t(credential.expired ? texts.expired : texts.valid)}</span>
      </dd>
      <dt>{t(texts.subject)}</dt>
      <dd className="verify-long">{credential.subject}</dd>
      <dt>{t(texts.issuer)}</dt>
      <dd className="verify-long">{credential.issuer}</dd>
      <dt>{t(texts.serialNumber)}</dt>
      <dd className="verify-long">
        <code>{credential.serialNumber}</code>
      </dd>
      <dt>{t(texts.validity)}</dt>
      <dd>{t(texts.validityValue, { from: formatDate(credential.notBefore, language), to: formatDate(credential.notAfter, language) })}</dd>
      <dt>{t(texts.fingerprint)}</dt>
      <dd className="verify-long">
        <code>{fingerprint(credential.fingerprintSha256)}</code>
      </dd>
      <dt>{t(texts.configuredAt)}</dt>
      <dd>{formatDateTime(credential.configuredAt, language)}</dd>
    </dl>
  );
}

/** Hands in a .p12/.pfx file and its password; the server opens it and checks the certificate before keeping it. */
function UploadForm({ agency, replacing, onSaved }: { agency: Agency; replacing: boolean; onSaved(): void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [password, setPassword] = useState('');
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (!file) errors.pkcs12Base64 = texts.fileMissing;
    else if (!PKCS12_NAME.test(file.name) || file.size === 0 || file.size > MAX_BYTES) errors.pkcs12Base64 = texts.fileWrong;
    submit(errors, async () => {
      const saved = await dataOf(api.PUT('/api/v1/agencies/{id}/signing-credential', { params: { path: { id: agency.id } }, body: { pkcs12Base64: await readAsBase64(file!), password } }));
      formRef.current?.reset();
      setFile(undefined);
      setPassword('');
      onSaved();
      return t(texts.uploaded, { name: saved.commonName });
    });
  };

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-labelledby="signing-upload-title">
      <h3 id="signing-upload-title">{t(replacing ? texts.replaceTitle : texts.uploadTitle)}</h3>
      <p className="field-hint">{t(texts.uploadHint)}</p>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <Field label={t(texts.file)} error={errorAt('pkcs12Base64')} required>
        <input type="file" accept=".p12,.pfx,application/x-pkcs12" onChange={(event) => setFile(event.target.files?.[0])} />
      </Field>
      <Field label={t(texts.password)} error={errorAt('password')}>
        <input type="password" autoComplete="off" maxLength={1000} value={password} onChange={(event) => setPassword(event.target.value)} />
      </Field>
      <SaveButton busy={submission.busy} label={t(texts.upload)} />
    </form>
  );
}

/** Read by the agency's page together with the agencies, rather than after them. */
export const useSigningCredential = (agencyId: string | undefined) => useApi(agencyId ? apiRead('/api/v1/agencies/{id}/signing-credential', { path: { id: agencyId } }) : null);

/**
 * The agency's signing certificate on its administration page: what it is (subject, issuer,
 * serial, validity, fingerprint), a form to upload or replace it, and a way to retire it.
 */
export function SigningCredentialSection({ agency, credential }: { agency: Agency; credential: Loaded<SigningCertificate> }) {
  const { t } = useI18n();
  const retirement = useSubmission();
  const missing = credential.error?.status === 404;
  const current = missing ? undefined : credential.data;

  const saved = () => {
    retirement.clear();
    credential.reload();
  };
  const retire = () =>
    void retirement.run(async () => {
      await api.DELETE('/api/v1/agencies/{id}/signing-credential', { params: { path: { id: agency.id } } });
      credential.reload();
      return t(texts.retired);
    });

  return (
    <section className="card signing-certificate" aria-labelledby="signing-title">
      <h2 id="signing-title">{t(texts.title)}</h2>
      <p>{t(texts.intro)}</p>
      <ActionStatus message={retirement.success} />
      {retirement.error && <ErrorMessage error={retirement.error} />}
      {credential.loading && !credential.data && !credential.error && <Loading />}
      {credential.error && !missing && <ErrorMessage error={credential.error} onRetry={credential.reload} />}
      {missing && <Alert kind="warning">{t(texts.none)}</Alert>}
      {current && (
        <>
          <CertificateFacts credential={current} />
          <ConfirmButton label={t(texts.retire)} question={t(texts.retireConfirm, { name: current.commonName })} busy={retirement.busy} onConfirm={retire} />
        </>
      )}
      {/* Kept while the certificate reloads after a save, so that the form's confirmation stays. */}
      {!(credential.error && !missing) && <UploadForm agency={agency} replacing={Boolean(current)} onSaved={saved} />}
    </section>
  );
}
