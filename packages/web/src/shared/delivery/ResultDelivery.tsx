import type { ResultDelivery as Delivery } from '@motcua/contract';
import { useId } from 'react';
import { formatDateTime, formatMoney } from '../format.js';
import { useI18n } from '../i18n.js';
import { deliveryTexts as texts } from './texts.js';

const METHOD_TEXTS = { in_person: texts.inPerson, post: texts.post, electronic: texts.electronic } as const;

/**
 * How the applicant receives the result, and once it is ready: where and when to collect it and
 * what to bring, the carrier and tracking number of the posted result, or the electronic result
 * (its download links are the page's own, given as `children`). `audience: 'public'` is the
 * tracking page, which never has the delivery address.
 */
export function ResultDelivery({ delivery, audience, children }: { delivery: Delivery; audience: 'applicant' | 'public' | 'officer'; children?: React.ReactNode }) {
  const { t, language } = useI18n();
  const heading = useId();
  const fee = delivery.postalFeeVnd === null ? '' : formatMoney(delivery.postalFeeVnd, language);
  return (
    <section className="card result-delivery" aria-labelledby={heading}>
      <h2 id={heading} className="citizen-card-title">{t(texts.heading)}</h2>
      <p>
        <strong>{t(texts.chosen)}:</strong> {t(METHOD_TEXTS[delivery.method], { fee })}
      </p>
      {delivery.collect && (
        <>
          <p>{t(texts.readyInPerson)}</p>
          <dl className="facts">
            <dt>{t(texts.collectAt)}</dt>
            <dd>
              {delivery.collect.agencyName}
              {delivery.collect.address && `, ${delivery.collect.address}`}
            </dd>
            {delivery.collect.phone && (
              <>
                <dt>{t(texts.phone)}</dt>
                <dd>{delivery.collect.phone}</dd>
              </>
            )}
            <dt>{t(texts.hours)}</dt>
            <TextList items={delivery.collect.openingHours} />
            <dt>{t(texts.bring)}</dt>
            <TextList items={delivery.collect.bring} />
          </dl>
        </>
      )}
      {delivery.method === 'in_person' && !delivery.ready && audience !== 'officer' && <p className="muted">{t(texts.waiting)}</p>}
      {delivery.method === 'post' && !delivery.posting && (
        <p>{delivery.address ? t(texts.postWaiting, { address: delivery.address }) : t(texts.postWaitingPublic)}</p>
      )}
      {delivery.method === 'post' && delivery.postalFeeVnd !== null && audience !== 'public' && <p>{t(texts.postFee, { fee })}</p>}
      {delivery.posting && (
        <>
          <p>{t(texts.posted, { carrier: t(delivery.posting.carrierName), at: formatDateTime(delivery.posting.postedAt, language) })}</p>
          <dl className="facts">
            <dt>{t(texts.trackingNumber)}</dt>
            <dd className="tracking-number">{delivery.posting.trackingNumber}</dd>
          </dl>
        </>
      )}
      {delivery.method === 'electronic' && !delivery.deliveredAt && <p className="muted">{t(texts.electronicWaiting)}</p>}
      {delivery.deliveredAt && <p>{t(audience === 'public' ? texts.deliveredPublic : texts.delivered, { at: formatDateTime(delivery.deliveredAt, language) })}</p>}
      {children}
    </section>
  );
}

/** Bilingual lines as a list, in the reader's language. */
function TextList({ items }: { items: ReadonlyArray<{ vi: string; en: string }> }) {
  const { t } = useI18n();
  return (
    <dd>
      <ul>
        {items.map((item) => (
          <li key={item.vi}>{t(item)}</li>
        ))}
      </ul>
    </dd>
  );
}
