import { type ResponseOf, apiRead } from '@motcua/contract';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api, dataOf } from '../../shared/api.js';
import { formatDateTime, formatMoney } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { Alert, ErrorMessage, Loading, useOutcome } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { matchTexts, reconciliationTexts as texts } from './texts.js';

type StatementLine = ResponseOf<'/api/v1/payments/statement-lines'>['lines'][number];
type Resolution = 'applied' | 'refunded' | 'not_a_fee';

/**
 * `/can-bo/doi-soat-thanh-toan`: receiving officers import the fee account's statement, decide on
 * the transfers that did not match a fee exactly, and record refunds after a refusal.
 */
export function ReconciliationPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const allowed = Boolean(officer?.receptionDeskIds.length);
  const lines = useApi(allowed ? apiRead('/api/v1/payments/statement-lines') : null);
  const outcome = useOutcome();
  useTitle(t(texts.title));

  if (!allowed || lines.error?.status === 403) {
    return (
      <div className="page office-page">
        <h1>{t(texts.title)}</h1>
        <Alert kind="error">
          <p>{t(texts.forbidden)}</p>
        </Alert>
      </div>
    );
  }
  const run = (action: () => Promise<string>) => outcome.run(action).then(lines.reload);
  return (
    <div className="page office-page">
      <h1>{t(texts.title)}</h1>
      <p className="muted">{t(texts.intro)}</p>
      {outcome.view}
      <StatementImport run={run} />
      <section aria-labelledby="open-lines">
        <h2 id="open-lines">{t(texts.openHeading)}</h2>
        {lines.loading && !lines.data && <Loading />}
        {lines.error && <ErrorMessage error={lines.error} onRetry={lines.reload} />}
        {lines.data && lines.data.lines.length === 0 && <p>{t(texts.none)}</p>}
        {lines.data?.lines.map((line) => <OpenLine key={line.id} line={line} run={run} />)}
      </section>
      {lines.data && lines.data.unapplied.length > 0 && (
        <section aria-labelledby="unapplied">
          <h2 id="unapplied">{t(texts.unappliedHeading)}</h2>
          <p className="muted">{t(texts.unappliedIntro)}</p>
          {lines.data.unapplied.map((payment) => <UnappliedPayment key={payment.orderRef} payment={payment} run={run} />)}
        </section>
      )}
      <RefundForm run={run} />
    </div>
  );
}

type Run = (action: () => Promise<string>) => Promise<void>;

function StatementImport({ run }: { run: Run }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File>();
  const [missing, setMissing] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!file);
    if (!file) return;
    const content = await file.text();
    await run(async () => {
      const counts = await dataOf(api.POST('/api/v1/payments/statements', { body: { content } }));
      return t(texts.imported, { lines: counts.lines, paid: counts.paid, needOfficer: counts.needOfficer, duplicates: counts.duplicates });
    });
  }
  return (
    <section className="card" aria-labelledby="statement-import">
      <h2 id="statement-import">{t(texts.importHeading)}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t(texts.file)} hint={t(texts.fileHint)} error={missing ? t(texts.fileMissing) : undefined} required>
          <input type="file" name="statement" accept=".csv,text/csv" onChange={(event) => setFile(event.target.files?.[0])} />
        </Field>
        <button type="submit" className="button">
          {t(texts.import)}
        </button>
      </form>
    </section>
  );
}

function OpenLine({ line, run }: { line: StatementLine; run: Run }) {
  const { t, language } = useI18n();
  const [resolution, setResolution] = useState<Resolution>(line.dossierCode && line.matched === 'short' ? 'applied' : 'refunded');
  const [dossierCode, setDossierCode] = useState(line.dossierCode ?? '');
  const [note, setNote] = useState('');
  const id = `line-${line.id}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = resolution === 'applied' ? { resolution, dossierCode: dossierCode.trim(), ...(note.trim() && { note: note.trim() }) } : { resolution, note: note.trim() };
    await run(async () => {
      await dataOf(api.POST('/api/v1/payments/statement-lines/{id}/resolution', { params: { path: { id: line.id } }, body }));
      return t(texts.resolved, { reference: line.bankReference });
    });
  }
  return (
    <form className="card" aria-labelledby={id} onSubmit={(event) => void submit(event)}>
      <h3 id={id}>
        {line.bankReference} · {formatMoney(line.amountVnd, language)}
      </h3>
      <dl className="facts">
        <dt>{t(texts.bookedAt)}</dt>
        <dd>{formatDateTime(line.bookedAt, language)}</dd>
        <dt>{t(texts.description)}</dt>
        <dd>{line.description}</dd>
        <dt>{t(texts.matched)}</dt>
        <dd>{t(matchTexts[line.matched])}</dd>
        {line.dossierCode && (
          <>
            <dt>{t(texts.dossier)}</dt>
            <dd>
              <Link to={`/can-bo/ho-so/${line.dossierCode}`}>{line.dossierCode}</Link>
              {line.dueAmountVnd !== null && ` (${formatMoney(line.dueAmountVnd, language)})`}
            </dd>
          </>
        )}
      </dl>
      <Field label={t(texts.resolution)}>
        <select name="resolution" value={resolution} onChange={(event) => setResolution(event.target.value as Resolution)}>
          <option value="applied">{t(texts.applied)}</option>
          <option value="refunded">{t(texts.refunded)}</option>
          <option value="not_a_fee">{t(texts.notAFee)}</option>
        </select>
      </Field>
      {resolution === 'applied' && (
        <Field label={t(texts.dossierCode)} required>
          <input name="dossierCode" value={dossierCode} onChange={(event) => setDossierCode(event.target.value)} autoComplete="off" />
        </Field>
      )}
      <Field label={t(texts.note)} required={resolution !== 'applied'}>
        <input name="note" value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <button type="submit" className="button">
        {t(texts.resolve)}
      </button>
    </form>
  );
}

function UnappliedPayment({ payment, run }: { payment: ResponseOf<'/api/v1/payments/statement-lines'>['unapplied'][number]; run: Run }) {
  const { t, language } = useI18n();
  const [note, setNote] = useState('');
  const id = `order-${payment.orderRef}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      await dataOf(api.POST('/api/v1/payments/gateway-payments/{orderRef}/refund', { params: { path: { orderRef: payment.orderRef } }, body: { note: note.trim() } }));
      return t(texts.gatewayRefunded, { orderRef: payment.orderRef });
    });
  }
  return (
    <form className="card" aria-labelledby={id} onSubmit={(event) => void submit(event)}>
      <h3 id={id}>
        {payment.orderRef} · {formatMoney(payment.amountVnd, language)}
      </h3>
      <dl className="facts">
        <dt>{t(texts.bookedAt)}</dt>
        <dd>{formatDateTime(payment.paidAt, language)}</dd>
        <dt>{t(texts.dossier)}</dt>
        <dd>
          <Link to={`/can-bo/ho-so/${payment.dossierCode}`}>{payment.dossierCode}</Link>
        </dd>
        <dt>{t(texts.transactionNo)}</dt>
        <dd>{payment.transactionNo ?? '—'}</dd>
      </dl>
      <Field label={t(texts.note)} required>
        <input name="note" value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <button type="submit" className="button">
        {t(texts.markRefunded)}
      </button>
    </form>
  );
}

function RefundForm({ run }: { run: Run }) {
  const { t, language } = useI18n();
  const [dossierCode, setDossierCode] = useState('');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const amountVnd = amount.trim() ? Number(amount.replace(/\D/g, '')) : undefined;
      const recorded = await dataOf(api.POST('/api/v1/payments/refunds', { body: { dossierCode: dossierCode.trim(), reason: reason.trim(), ...(amountVnd && { amountVnd }) } }));
      return t(texts.refundRecorded, { amount: formatMoney(recorded.refund.amountVnd, language), code: recorded.dossierCode });
    });
  }
  return (
    <section className="card" aria-labelledby="refund">
      <h2 id="refund">{t(texts.refundHeading)}</h2>
      <p className="muted">{t(texts.refundIntro)}</p>
      <form onSubmit={(event) => void submit(event)}>
        <Field label={t(texts.dossierCode)} required>
          <input name="refundDossierCode" value={dossierCode} onChange={(event) => setDossierCode(event.target.value)} autoComplete="off" />
        </Field>
        <Field label={t(texts.refundAmount)}>
          <input name="refundAmount" inputMode="numeric" className="input-narrow" value={amount} onChange={(event) => setAmount(event.target.value)} />
        </Field>
        <Field label={t(texts.reason)} required>
          <input name="refundReason" value={reason} onChange={(event) => setReason(event.target.value)} />
        </Field>
        <button type="submit" className="button">
          {t(texts.recordRefund)}
        </button>
      </form>
    </section>
  );
}
