import { type FormEvent, useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { type ApiError, asApiError } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import { HowToPair } from './DeviceGate.js';
import { forgetPairing, readPairing, savePairing } from './device-token.js';
import { DEVICE_PAGES, PAIRING_PAGE, type PairedDeviceDescription, describePairedDevice } from './paired-device.js';
import { DEVICE_KIND_LABELS, pairingTexts as texts } from './texts.js';

type Pairing = { state: 'asking' } | { state: 'checking' } | { state: 'paired'; device: PairedDeviceDescription } | { state: 'refused'; error: ApiError };

/**
 * /thiet-bi/ghep-noi: the device learns its token once, from the address's fragment (the
 * administration's pairing link or QR code; a fragment never reaches the server's logs) or typed,
 * checks it with the server and keeps it; the token then leaves the address bar.
 */
export function PairingPage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  const location = useLocation();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [missing, setMissing] = useState(false);
  const [pairing, setPairing] = useState<Pairing>({ state: 'asking' });
  const [forgotten, setForgotten] = useState(false);
  const fromAddress = decodeURIComponent(location.hash.slice(1)).trim();

  const pair = (token: string) => {
    setPairing({ state: 'checking' });
    describePairedDevice(token).then(
      (device) => {
        savePairing({ token, centreCode: device.centre.agencyCode, kind: device.kind });
        setPairing({ state: 'paired', device });
      },
      (error: unknown) => setPairing({ state: 'refused', error: asApiError(error) }),
    );
  };

  useEffect(() => {
    if (!fromAddress) return;
    void navigate(PAIRING_PAGE, { replace: true });
    pair(fromAddress);
  }, [fromAddress, navigate]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const token = typed.trim();
    setMissing(!token);
    if (token) pair(token);
  };

  const current = readPairing();
  return (
    <main className="page narrow device-page">
      <h1>{t(texts.title)}</h1>
      {pairing.state === 'paired' ? (
        <PairedDevice device={pairing.device} />
      ) : (
        <>
          <p>{t(texts.lead)}</p>
          {pairing.state === 'checking' && <Loading />}
          {pairing.state === 'refused' && <ErrorMessage error={pairing.error} />}
          <form onSubmit={submit} noValidate>
            <Field label={t(texts.tokenLabel)} hint={t(texts.tokenHint)} error={missing ? t(texts.tokenMissing) : undefined}>
              <input type="text" value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} maxLength={200} />
            </Field>
            <button type="submit" className="button" disabled={pairing.state === 'checking'}>
              {t(texts.submit)}
            </button>
          </form>
        </>
      )}
      {forgotten && <Alert kind="success">{t(texts.forgotten)}</Alert>}
      {current && (
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              forgetPairing();
              setPairing({ state: 'asking' });
              setForgotten(true);
            }}
          >
            {t(texts.forget)}
          </button>
        </p>
      )}
    </main>
  );
}

function PairedDevice({ device }: { device: PairedDeviceDescription }) {
  const { t } = useI18n();
  const kind = t(DEVICE_KIND_LABELS[device.kind]);
  return (
    <Alert kind="success">
      <p>{t(texts.paired, { name: device.name, kind, centre: device.centre.name })}</p>
      {device.counter && <p>{t(texts.pairedCounter, { counter: device.counter.name })}</p>}
      <p>
        <Link className="button" to={DEVICE_PAGES[device.kind]}>
          {t(texts.open, { kind })}
        </Link>
      </p>
    </Alert>
  );
}

/** /thiet-bi: a paired device goes to its own page; another is told how to pair it. */
export function DevicesIndexPage() {
  const { t } = useI18n();
  useTitle(t(texts.indexTitle));
  const pairing = readPairing();
  if (pairing) return <Navigate to={DEVICE_PAGES[pairing.kind]} replace />;
  return (
    <main className="page narrow device-page">
      <h1>{t(texts.indexTitle)}</h1>
      <HowToPair why={t(texts.indexUnpaired)} />
    </main>
  );
}
