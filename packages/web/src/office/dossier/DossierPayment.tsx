import { apiRead } from '@motcua/contract';
import { formatDateTime, formatMoney } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { dossierPaymentTexts as texts } from '../payments/texts.js';

/**
 * What the dossier owes and how it was paid, for the officers: the fee due (at submission or as
 * requested) with its reference, when and how it was paid, and any refund. Reception sees here
 * that a fee due with an online submission was paid before it receives the dossier.
 */
export function DossierPayment({ code }: { code: string }) {
  const { t, language } = useI18n();
  const payment = useApi(apiRead('/api/v1/dossiers/{code}/payment', { path: { code } }));
  const data = payment.data;
  if (payment.error) return <ErrorMessage error={payment.error} onRetry={payment.reload} />;
  if (!data || data.status === 'none') return null;
  const amount = data.amountVnd === undefined ? '' : formatMoney(data.amountVnd, language);
  return (
    <section aria-labelledby="dossier-payment">
      <h2 id="dossier-payment">{t(texts.heading)}</h2>
      <dl className="facts">
        <dt>{t(texts.status)}</dt>
        <dd>{t(data.status === 'due' ? texts.due : texts.paid)}</dd>
        <dt>{t(texts.amount)}</dt>
        <dd>{amount}</dd>
        <dt>{t(texts.reference)}</dt>
        <dd>{data.reference}</dd>
        {data.paidAt && (
          <>
            <dt>{t(texts.paidAt)}</dt>
            <dd>
              {formatDateTime(data.paidAt, language)} ({t(data.paidThrough === 'gateway' ? texts.throughGateway : texts.throughTransfer)})
            </dd>
          </>
        )}
        {data.refund && (
          <>
            <dt>{t(texts.refund)}</dt>
            <dd>{t(texts.refunded, { amount: formatMoney(data.refund.amountVnd, language), at: formatDateTime(data.refund.recordedAt, language), reason: data.refund.reason })}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
