import { readDossierCode } from '@motcua/core';
import type { components } from '@motcua/contract';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type ApiError, api, asApiError, dataOf } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { type DevicePairing, deviceHeaders } from '../device-token.js';
import { Keypad } from './Keypad.js';
import { cameraScanningAvailable, scanWithCamera } from './scanner.js';
import { kioskTexts as texts } from './texts.js';

type Tracking = components['schemas']['DossierTracking'];

/** What a dossier code is made of: the agency code's digits and dots, H or G, dashes. */
const DOSSIER_CODE_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '.', '-', 'H', 'G'] as const;

type Lookup = { state: 'idle' } | { state: 'unreadable' } | { state: 'looking' } | { state: 'found'; dossier: Tracking } | { state: 'refused'; error: ApiError };

/**
 * "Tra cứu hồ sơ": the receipt's barcode or QR code read by the USB scanner (typed into the
 * focused field, Enter at the end) or by the camera where the browser can read codes, or the code
 * keyed in; then the dossier's public status, the applicant masked.
 */
export function DossierLookup({ pairing, scanned }: { pairing: DevicePairing; scanned: string | undefined }) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  const lookUp = (text: string) => {
    if (!readDossierCode(text)) {
      setLookup({ state: 'unreadable' });
      return;
    }
    setLookup({ state: 'looking' });
    dataOf(
      api.GET('/api/public/centres/{agencyCode}/dossier-status', {
        params: { path: { agencyCode: pairing.centreCode }, query: { code: text } },
        headers: deviceHeaders(pairing),
      }),
    ).then(
      (dossier) => setLookup({ state: 'found', dossier }),
      (error: unknown) => setLookup({ state: 'refused', error: asApiError(error) }),
    );
  };

  useEffect(() => {
    if (scanned) lookUp(scanned);
    field.current?.focus();
    // A scan from the start screen is looked up once, when the lookup opens with it.
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    lookUp(value);
    // The next scan replaces this one rather than adding to it.
    setValue('');
    field.current?.focus();
  };

  if (lookup.state === 'found') {
    return (
      <DossierStatus
        dossier={lookup.dossier}
        onAnother={() => {
          setLookup({ state: 'idle' });
          setTimeout(() => field.current?.focus());
        }}
      />
    );
  }
  return (
    <section className="kiosk-panel" aria-labelledby="kiosk-lookup-title">
      <h2 id="kiosk-lookup-title">{t(texts.lookupTitle)}</h2>
      <p>{t(texts.lookupLead)}</p>
      <form onSubmit={submit} noValidate className="kiosk-code-form">
        <Field label={t(texts.scanLabel)} hint={t(texts.scanHint)} error={lookup.state === 'unreadable' ? t(texts.unreadable) : undefined}>
          {/* inputMode none: the scanner types here, and no on-screen keyboard of the system covers the page. */}
          <input ref={field} type="text" inputMode="none" value={value} onChange={(event) => setValue(event.target.value)} autoComplete="off" spellCheck={false} maxLength={1000} />
        </Field>
        <Keypad keys={DOSSIER_CODE_KEYS} onKey={(key) => setValue((text) => text + key)} onErase={() => setValue((text) => text.slice(0, -1))} onClear={() => setValue('')} />
        <button type="submit" className="kiosk-button">
          {t(texts.search)}
        </button>
      </form>
      {lookup.state === 'looking' && <Loading />}
      {lookup.state === 'refused' && <ErrorMessage error={lookup.error} />}
      {cameraScanningAvailable() && <CameraScan onRead={lookUp} />}
    </section>
  );
}

function CameraScan({ onRead }: { onRead(scanned: string): void }) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (!on || !video.current) return;
    let stop: (() => void) | undefined;
    let current = true;
    scanWithCamera(video.current, (scanned) => {
      setOn(false);
      onRead(scanned);
    }).then(
      (stopCamera) => (current ? (stop = stopCamera) : stopCamera()),
      () => {
        setOn(false);
        setRefused(true);
      },
    );
    return () => {
      current = false;
      stop?.();
    };
  }, [on]);
  return (
    <div className="kiosk-camera">
      <button type="button" className="kiosk-button kiosk-button-secondary" aria-pressed={on} onClick={() => setOn(!on)}>
        {on ? t(texts.cameraStop) : t(texts.camera)}
      </button>
      {on && <p>{t(texts.cameraLead)}</p>}
      {refused && <p className="field-error">{t(texts.cameraRefused)}</p>}
      <video ref={video} className="kiosk-video" hidden={!on} muted playsInline />
    </div>
  );
}

function DossierStatus({ dossier, onAnother }: { dossier: Tracking; onAnother(): void }) {
  const { t, language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const facts: Array<[string, string]> = [
    [t(texts.procedure), dossier.procedure.name],
    [t(texts.applicant), dossier.applicantName],
    [t(texts.status), language === 'en' ? dossier.status.labelEn : dossier.status.label],
    [t(texts.receivedAt), formatDateTime(dossier.receivedAt, language)],
    dossier.returnedAt ? [t(texts.returnedAt), formatDateTime(dossier.returnedAt, language)] : [t(texts.appointmentAt), formatDateTime(dossier.appointmentAt, language)],
  ];
  if (dossier.currentStep) facts.push([t(texts.where), [dossier.currentStep.unit, dossier.currentStep.agency].filter(Boolean).join(', ')]);
  return (
    <section className="kiosk-panel" aria-labelledby="kiosk-dossier-title">
      <h2 id="kiosk-dossier-title" ref={heading} tabIndex={-1}>
        {t(texts.dossier, { code: dossier.code })}
      </h2>
      <dl className="kiosk-facts">
        {facts.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t(texts.privacy)}</p>
      <button type="button" className="kiosk-button" onClick={onAnother}>
        {t(texts.lookupAnother)}
      </button>
    </section>
  );
}
