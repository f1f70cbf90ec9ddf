import type { DeviceKind } from '@motcua/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../shared/i18n.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import type { DevicePairing } from './device-token.js';
import { DEVICE_PAGES, PAIRING_PAGE, type PairedDeviceDescription, usePairedDevice } from './paired-device.js';
import { DEVICE_KIND_LABELS, pairingTexts as texts } from './texts.js';

/**
 * A device page's content once this browser is found paired as that kind of device; otherwise
 * what to do about it (pair it, or open its own page), in words the staff setting it up follow.
 */
export function DeviceGate({ kind, children }: { kind: DeviceKind; children(paired: { pairing: DevicePairing; device: PairedDeviceDescription }): ReactNode }) {
  const { t } = useI18n();
  const check = usePairedDevice(kind);
  if (check.state === 'paired') return children(check);
  return (
    <main className="page narrow device-page">
      <h1>{t(DEVICE_KIND_LABELS[kind])}</h1>
      {check.state === 'checking' && <Loading />}
      {check.state === 'refused' && <ErrorMessage error={check.error} onRetry={() => window.location.reload()} />}
      {check.state === 'unpaired' && <HowToPair why={t(texts.unpairedOnPage)} />}
      {check.state === 'wrong-kind' && (
        <>
          <p>{t(texts.wrongKind, { kind: t(DEVICE_KIND_LABELS[check.device.kind]), wanted: t(DEVICE_KIND_LABELS[kind]) })}</p>
          <p>
            <Link className="button" to={DEVICE_PAGES[check.device.kind]}>
              {t(texts.openOwnPage)}
            </Link>
          </p>
        </>
      )}
    </main>
  );
}

/** Why this device shows nothing yet, how an administrator pairs it, and the way to the pairing page. */
export function HowToPair({ why }: { why: string }) {
  const { t } = useI18n();
  return (
    <>
      <p>{why}</p>
      <p>{t(texts.lead)}</p>
      <p>
        <Link className="button" to={PAIRING_PAGE}>
          {t(texts.indexPair)}
        </Link>
      </p>
    </>
  );
}
