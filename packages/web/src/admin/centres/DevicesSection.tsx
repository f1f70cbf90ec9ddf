import { type FormEvent, useState } from 'react';
import type { ResponseOf } from '@motcua/contract';
import { api, dataOf } from '../../shared/api.js';
import { formatDateTime } from '../../shared/format.js';
import { type Text, useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { ActionStatus, ErrorMessage } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { QrCode } from '../../shared/ui/QrCode.js';
import { ConfirmButton } from '../ConfirmButton.js';
import { useFormState } from '../form-state.js';
import { FormFeedback, SaveButton } from '../FormFeedback.js';
import { commonTexts } from '../texts.js';
import { type ClientErrors, useCheckedForm, useSubmission } from '../use-submit.js';
import type { Counter } from './CountersSection.js';
import { centreTexts as texts } from './texts.js';

type Device = ResponseOf<'/api/v1/centres/{agencyCode}/devices'>[number];
type DeviceKind = Device['kind'];

export const DEVICE_KIND_LABELS: Record<DeviceKind, Text> = {
  kiosk: texts.kindKiosk,
  board: texts.kindBoard,
  tablet: texts.kindTablet,
  operations: texts.kindOperations,
};
/** Where a device pairs itself: the token travels in the hash, never sent to a server by the browser. */
const PAIRING_PAGE = '/thiet-bi/ghep-noi';

/** The token, shown this once, with the address and QR code that pair the device and the steps to follow. */
function PairingInstructions({ paired, onDone }: { paired: { name: string; kind: DeviceKind; token: string }; onDone(): void }) {
  const { t } = useI18n();
  const address = `${window.location.origin}${PAIRING_PAGE}#${paired.token}`;
  return (
    <div className="alert alert-success" role="status">
      <h3>{t(texts.pairedTitle, { name: paired.name })}</h3>
      <p>{t(texts.pairedOnce)}</p>
      <ol>
        <li>{t(texts.pairStepOpen)}</li>
        <li>{t(texts.pairStepType, { page: `${window.location.origin}${PAIRING_PAGE}` })}</li>
        <li>{t(texts.pairStepDone, { kind: t(DEVICE_KIND_LABELS[paired.kind]) })}</li>
      </ol>
      <dl className="facts">
        <dt>{t(texts.pairingAddress)}</dt>
        <dd>
          <code className="admin-pairing-code">{address}</code>
        </dd>
        <dt>{t(texts.pairingCode)}</dt>
        <dd>
          <code className="admin-pairing-code">{paired.token}</code>
        </dd>
      </dl>
      <QrCode value={address} label={t(texts.pairingQr)} className="admin-pairing-qr" />
      <p>
        <button type="button" className="button" onClick={onDone}>
          {t(texts.pairedDismiss)}
        </button>
      </p>
    </div>
  );
}

function PairForm({ agencyCode, counters, onPaired }: { agencyCode: string; counters: Counter[]; onPaired(paired: { name: string; kind: DeviceKind; token: string }): void }) {
  const { t } = useI18n();
  const form = useFormState({ kind: 'kiosk' as DeviceKind, name: '', counter: '' });
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();
  const { values } = form;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    if (!values.name.trim()) errors.name = texts.deviceNameMissing;
    if (values.kind === 'tablet' && !values.counter) errors.counter = texts.deviceCounterMissing;
    submit(errors, async () => {
      const name = values.name.trim();
      const body = { kind: values.kind, name, ...(values.kind === 'tablet' ? { counter: Number(values.counter) } : {}) };
      const { token } = await dataOf(api.POST('/api/v1/centres/{agencyCode}/devices', { params: { path: { agencyCode } }, body }));
      form.setValues({ kind: values.kind, name: '', counter: '' });
      onPaired({ name, kind: values.kind, token });
      return undefined;
    });
  };

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-labelledby="pair-form-title">
      <h3 id="pair-form-title">{t(texts.pairDevice)}</h3>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <div className="grid">
        <Field label={t(texts.deviceKind)} error={errorAt('kind')} required>
          <select {...form.bind('kind')}>
            {(Object.keys(DEVICE_KIND_LABELS) as DeviceKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {t(DEVICE_KIND_LABELS[kind])}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t(texts.deviceName)} hint={t(texts.deviceNameHint)} error={errorAt('name')} required>
          <input {...form.bind('name')} maxLength={100} />
        </Field>
        {values.kind === 'tablet' && (
          <Field label={t(texts.deviceCounter)} error={errorAt('counter')} required>
            <select {...form.bind('counter')}>
              <option value="">{t(commonTexts.chooseOption)}</option>
              {counters
                .filter((counter) => counter.active)
                .map((counter) => (
                  <option key={counter.number} value={counter.number}>
                    {counter.name || t(texts.counterFor, { number: counter.number })}
                  </option>
                ))}
            </select>
          </Field>
        )}
      </div>
      <SaveButton busy={submission.busy} label={t(texts.pairDevice)} />
    </form>
  );
}

export function DevicesSection({ agencyCode, devices, counters, onChanged }: { agencyCode: string; devices: Device[]; counters: Counter[]; onChanged(): void }) {
  const { t, language } = useI18n();
  const [paired, setPaired] = useState<{ name: string; kind: DeviceKind; token: string }>();
  const [notice, setNotice] = useState<string>();
  const revocation = useSubmission();
  const revoke = (device: Device) =>
    void revocation.run(async () => {
      await api.DELETE('/api/v1/centres/{agencyCode}/devices/{id}', { params: { path: { agencyCode, id: device.id } } });
      setNotice(t(texts.deviceRevoked, { name: device.name }));
      onChanged();
      return undefined;
    });
  return (
    <section className="card" aria-labelledby="devices-title">
      <h2 id="devices-title">{t(texts.devicesTitle)}</h2>
      {paired ? (
        <PairingInstructions paired={paired} onDone={() => setPaired(undefined)} />
      ) : (
        <PairForm
          agencyCode={agencyCode}
          counters={counters}
          onPaired={(device) => {
            setNotice(undefined);
            setPaired(device);
            onChanged();
          }}
        />
      )}
      <ActionStatus message={notice} />
      {revocation.error && <ErrorMessage error={revocation.error} />}
      <DataTable
        items={devices}
        wrapClassName="admin-table-wrap"
        columns={[t(texts.deviceName), t(texts.deviceKind), t(texts.pairedBy), t(texts.lastSeen), t(commonTexts.actions)]}
        empty={<p>{t(texts.devicesNone)}</p>}
        row={(device) => (
          <tr key={device.id}>
            <th scope="row">{device.name}</th>
            <td>
              {t(DEVICE_KIND_LABELS[device.kind])}
              {device.counter && ` — ${device.counter.name || t(texts.counterFor, { number: device.counter.number })}`}
            </td>
            <td>
              {device.pairedBy ?? '—'}, {formatDateTime(device.pairedAt, language)}
            </td>
            <td>{device.lastSeenAt ? formatDateTime(device.lastSeenAt, language) : t(texts.neverSeen)}</td>
            <td>
              {device.revokedAt ? (
                <span className="badge badge-warning">{t(texts.revoked)}</span>
              ) : (
                <ConfirmButton label={t(texts.revoke)} question={t(texts.revokeQuestion, { name: device.name })} busy={revocation.busy} onConfirm={() => revoke(device)} />
              )}
            </td>
          </tr>
        )}
      />
    </section>
  );
}
