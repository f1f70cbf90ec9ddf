import { apiRead } from '@motcua/contract';
import { useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type ApiError, api, asApiError, dataOf } from '../../shared/api.js';
import { formatDateTime, formatMoney } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { Alert, ErrorMessage } from '../../shared/ui/feedback.js';
import { QrCode } from '../../shared/ui/QrCode.js';
import { useApi } from '../../shared/use-api.js';
import { useCitizenApi } from '../use-citizen-api.js';
import { paymentTexts as texts } from './payment-texts.js';
import './payment.css';

// The gateway confirms by its IPN, usually before the payer is back; a little patience covers the rest.
const CHECK_EVERY_MS = 2000;
const CHECKS = 15;

/**
 * The fee a dossier owes and the two ways to pay it: the gateway, and a VietQR transfer; once
 * paid, when and how. Back from the gateway (its parameters in the address), it says what the
 * gateway's IPN confirmed, never what the redirect claims; `onPaid` reloads the dossier.
 */
export function DossierPayment({ code, atSubmission = false, onPaid }: { code: string; atSubmission?: boolean; onPaid(): void }) {
  const { t, language } = useI18n();
  const heading = useId();
  const payment = useCitizenApi(apiRead('/api/citizen/dossiers/{code}/payment', { path: { code } }));
  const [searchParams] = useSearchParams();
  const returned = useMemo(() => (searchParams.has('vnp_TxnRef') ? Object.fromEntries(searchParams) : undefined), [searchParams]);
  const gateway = payment.data?.gateway;
  const outcome = useApi(returned && gateway ? apiRead('/api/public/payments/{gateway}/return', { path: { gateway }, query: returned }) : null);
  const [checks, setChecks] = useState(0);
  const [redirecting, setRedirecting] = useState(false);
  const [startError, setStartError] = useState<ApiError>();
  const status = outcome.data?.status;

  useEffect(() => {
    if (status !== 'pending' || checks >= CHECKS) return;
    const timer = setTimeout(() => {
      setChecks((value) => value + 1);
      outcome.reload();
    }, CHECK_EVERY_MS);
    return () => clearTimeout(timer);
  }, [status, checks, outcome.reload]);
  useEffect(() => {
    if (status === 'paid') {
      payment.reload();
      onPaid();
    }
  }, [status]);

  async function payOnline() {
    setRedirecting(true);
    setStartError(undefined);
    try {
      const order = await dataOf(api.POST('/api/citizen/dossiers/{code}/payment/online', { params: { path: { code } } }));
      window.location.assign(order.redirectUrl);
    } catch (failure) {
      setRedirecting(false);
      setStartError(asApiError(failure));
    }
  }

  const data = payment.data;
  if (!data || (data.status === 'none' && !returned)) return payment.error ? <ErrorMessage error={payment.error} onRetry={payment.reload} /> : null;
  const amount = data.amountVnd === undefined ? '' : formatMoney(data.amountVnd, language);
  const outcomeAlert =
    status === 'paid' ? <Alert kind="success">{t(texts.outcomePaid)}</Alert>
    : status === 'failed' ? <Alert kind="warning">{t(texts.outcomeFailed)}</Alert>
    : status === 'unapplied' ? <Alert kind="warning">{t(texts.outcomeUnapplied)}</Alert>
    : status === 'pending' ? <Alert kind="info">{t(checks >= CHECKS ? texts.outcomeStillPending : texts.outcomePending)}</Alert>
    : outcome.error ? <ErrorMessage error={outcome.error} />
    : null;

  return (
    <section className="card" aria-labelledby={heading}>
      <h2 id={heading} className="citizen-card-title">{t(texts.heading)}</h2>
      <div role="status">{outcomeAlert}</div>
      {data.status === 'due' && (
        <>
          <p>{t(atSubmission ? texts.dueAtSubmission : texts.due)}</p>
          <dl className="facts">
            <dt>{t(texts.amount)}</dt>
            <dd className="payment-amount">{amount}</dd>
            <dt>{t(texts.reference)}</dt>
            <dd className="payment-reference">{data.reference}</dd>
          </dl>
          {gateway && (
            <p className="no-print">
              <button type="button" className="button" onClick={() => void payOnline()} disabled={redirecting} aria-describedby={`${heading}-online`}>
                {redirecting ? t(texts.redirecting) : t(texts.payOnline)}
              </button>
              <br />
              <span id={`${heading}-online`} className="field-hint">{t(texts.payOnlineHelp)}</span>
            </p>
          )}
          {startError && <ErrorMessage error={startError} />}
          {data.vietqr && data.bankAccount && (
            <>
              <h3>{t(texts.transferHeading)}</h3>
              <QrCode className="payment-qr" value={data.vietqr} label={t(texts.qrLabel, { amount, reference: data.reference ?? '' })} />
              <p>{t(texts.transferHelp, { reference: data.reference ?? '' })}</p>
              <dl className="facts">
                <dt>{t(texts.bank)}</dt>
                <dd>
                  {data.bankAccount.accountName} · {data.bankAccount.accountNumber} (BIN {data.bankAccount.bankBin})
                </dd>
              </dl>
            </>
          )}
        </>
      )}
      {data.status === 'paid' && (
        <>
          <p>{t(texts.paid, { amount, at: formatDateTime(data.paidAt, language), through: t(data.paidThrough === 'gateway' ? texts.throughGateway : texts.throughTransfer) })}</p>
          {data.refund && <p>{t(texts.refunded, { amount: formatMoney(data.refund.amountVnd, language), at: formatDateTime(data.refund.recordedAt, language), reason: data.refund.reason })}</p>}
        </>
      )}
    </section>
  );
}
