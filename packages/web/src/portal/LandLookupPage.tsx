import { type FormEvent, Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { type AreaGeometry, boundingBox } from '@motcua/core';
import { ApiError, api, asApiError, dataOf } from '../shared/api.js';
import { formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { ErrorSummary, type FieldErrors } from '../shared/ui/ErrorSummary.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading, useErrorText } from '../shared/ui/feedback.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { type Bbox, type LngLat, useMapFeatures } from './land-map-features.js';
import type { MapFocus } from './land-map.js';
import { landTexts as texts } from './land-texts.js';
import './land.css';

function MapUnavailable() {
  const { t } = useI18n();
  return <Alert kind="warning">{t(texts.mapUnavailable)}</Alert>;
}

/** MapLibre is a megabyte of script: it comes after the form, which works without it, and whose page stays if it never comes. */
const LandMap = lazy(() =>
  import('./land-map.js').then(
    ({ LandMap }) => ({ default: LandMap }),
    () => ({ default: MapUnavailable }),
  ),
);

/** What anyone may read of a parcel: never who holds it. */
type Parcel = ResponseOf<'/api/public/land/parcels'>;

/** Close enough to a parcel found by its number to tell it from its neighbours. */
const PARCEL_ZOOM = 18;

const focusOn = (geometry: AreaGeometry): MapFocus => {
  const { minLng, minLat, maxLng, maxLat } = boundingBox(geometry);
  return { bbox: [minLng, minLat, maxLng, maxLat], maxZoom: PARCEL_ZOOM };
};

const WHOLE_NUMBER = /^\d{1,6}$/;

function ParcelFacts({ parcel }: { parcel: Parcel }) {
  const { language, t } = useI18n();
  const label = (item: { label: string; labelEn: string }) => (language === 'vi' ? item.label : item.labelEn);
  const heading = `land-parcel-${parcel.sheet}-${parcel.parcel}`;
  return (
    <section className="card land-result" aria-labelledby={heading}>
      <h2 id={heading}>{t(texts.resultHeading, { parcel: String(parcel.parcel), sheet: String(parcel.sheet) })}</h2>
      <dl className="facts">
        <dt>{t(texts.commune)}</dt>
        <dd>{parcel.commune.name}</dd>
        <dt>{t(texts.address)}</dt>
        <dd>{parcel.address ?? t(texts.notRecorded)}</dd>
        <dt>{t(texts.area)}</dt>
        <dd>{t(texts.areaValue, { area: formatNumber(parcel.areaM2, language) })}</dd>
        <dt>{t(texts.landUse)}</dt>
        <dd>
          <ul className="land-list">
            {parcel.landUses.map((use) => (
              <li key={use.code}>
                {label(use)} ({use.code}){use.areaM2 !== null && <> — {t(texts.landUsePart, { area: formatNumber(use.areaM2, language) })}</>}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t(texts.term)}</dt>
        <dd>
          <ul className="land-list">
            {parcel.landUses.map((use) => (
              <li key={use.code}>
                {label(use)}: {label(use.term)}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t(texts.plannedUse)}</dt>
        <dd>{parcel.plannedUse ? `${label(parcel.plannedUse)} (${parcel.plannedUse.code})` : t(texts.notRecorded)}</dd>
        <dt>{t(texts.planningStatus)}</dt>
        <dd>{parcel.planningStatus ? label(parcel.planningStatus) : t(texts.notRecorded)}</dd>
        <dt>{t(texts.planningZone)}</dt>
        <dd>
          {parcel.planningZone ? (
            <>
              {parcel.planningZone.name} ({parcel.planningZone.code})
              {parcel.planningZone.decision && <span className="muted"> — {parcel.planningZone.decision}</span>}
            </>
          ) : (
            t(texts.notRecorded)
          )}
        </dd>
        <dt>{t(texts.restrictions)}</dt>
        <dd>
          {parcel.restrictions.length === 0 ? (
            t(texts.noRestrictions)
          ) : (
            <ul className="land-list">
              {parcel.restrictions.map((restriction) => (
                <li key={restriction}>{restriction}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}

/**
 * Tra cứu thông tin thửa đất: by commune, map sheet and parcel number, or by a click on the map of
 * the register's parcels and planning zones. The result is the same panel either way.
 */
export function LandLookupPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  useTitle(t(texts.title));
  const communes = useApi(apiRead('/api/public/land/communes'));
  const settings = useApi(apiRead('/api/public/land/map-settings'));
  const [commune, setCommune] = useState('');
  const [sheet, setSheet] = useState('');
  const [number, setNumber] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<Parcel[]>();
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const [view, setView] = useState<Bbox | null>(null);
  const [mapUnavailable, setMapUnavailable] = useState(false);
  const features = useMapFeatures(view);
  const chosen = useMemo(() => found?.map((parcel) => parcel.geometry as AreaGeometry) ?? [], [found]);

  // The map opens on the first commune, chosen already when it is the only one.
  useEffect(() => {
    const [first, ...others] = communes.data ?? [];
    if (!first) return;
    if (others.length === 0) setCommune(first.code);
    setFocus((current) => current ?? { bbox: first.bbox as Bbox });
  }, [communes.data]);

  const chooseCommune = (code: string) => {
    setCommune(code);
    const chosenCommune = communes.data?.find((item) => item.code === code);
    if (chosenCommune) setFocus({ bbox: chosenCommune.bbox as Bbox });
  };

  async function show(lookup: Promise<Parcel[]>) {
    setBusy(true);
    setGeneral(undefined);
    try {
      setFound(await lookup);
    } catch (error) {
      setFound(undefined);
      setGeneral(errorText(asApiError(error)));
      setAttempt((count) => count + 1);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!commune) problems.commune = t(texts.communeMissing);
    if (!sheet.trim()) problems.sheet = t(texts.sheetMissing);
    else if (!WHOLE_NUMBER.test(sheet.trim()) || Number(sheet) < 1) problems.sheet = t(texts.sheetInvalid);
    if (!number.trim()) problems.parcel = t(texts.parcelMissing);
    else if (!WHOLE_NUMBER.test(number.trim()) || Number(number) < 1) problems.parcel = t(texts.parcelInvalid);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setGeneral(undefined);
      setAttempt((count) => count + 1);
      return;
    }
    void show(
      dataOf(api.GET('/api/public/land/parcels', { params: { query: { commune, sheet: Number(sheet), parcel: Number(number) } } })).then((parcel) => {
        // A parcel found by its number is shown where it lies on the map.
        setFocus(focusOn(parcel.geometry as AreaGeometry));
        return [parcel];
      }),
    );
  }

  const pick = ([lng, lat]: LngLat) => {
    setErrors({});
    void show(
      dataOf(api.GET('/api/public/land/parcels/at', { params: { query: { lng: Number(lng.toFixed(7)), lat: Number(lat.toFixed(7)) } } })).then(({ parcels }) => {
        if (parcels.length === 0) throw new ApiError(404, { code: 'no_parcel_here', message: t(texts.nothingAtPoint), messageEn: t(texts.nothingAtPoint) });
        return parcels;
      }),
    );
  };

  const loadError = communes.error ?? settings.error;
  const retry = () => {
    communes.reload();
    settings.reload();
  };
  const list = communes.data;
  const communeName = list?.find((item) => item.code === commune)?.name ?? list?.[0]?.name ?? '';
  return (
    <div className="page land-page">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      {loadError && <ErrorMessage error={loadError} onRetry={retry} />}
      {!list && !loadError && <Loading />}
      {list && list.length === 0 && <Alert>{t(texts.noCommunes)}</Alert>}
      {list && list.length > 0 && (
        <>
          <section className="card" aria-labelledby="land-form">
            <h2 id="land-form">{t(texts.formHeading)}</h2>
            <ErrorSummary errors={errors} general={general} attempt={attempt} />
            <form className="inline-form" onSubmit={submit} noValidate>
              <Field label={t(texts.communeLabel)} error={errors.commune} required>
                <select name="commune" value={commune} onChange={(event) => chooseCommune(event.target.value)}>
                  <option value="">{t(texts.communeChoose)}</option>
                  {list.map((item) => (
                    <option key={item.code} value={item.code}>
                      {item.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t(texts.sheetLabel)} hint={t(texts.sheetHint)} error={errors.sheet} required>
                <input name="sheet" inputMode="numeric" autoComplete="off" value={sheet} onChange={(event) => setSheet(event.target.value)} />
              </Field>
              <Field label={t(texts.parcelLabel)} error={errors.parcel} required>
                <input name="parcel" inputMode="numeric" autoComplete="off" value={number} onChange={(event) => setNumber(event.target.value)} />
              </Field>
              <button type="submit" className="button" disabled={busy}>
                {t(texts.submit)}
              </button>
            </form>
          </section>
          <div aria-live="polite">
            {found?.map((parcel) => (
              <ParcelFacts key={`${parcel.commune.code}/${parcel.sheet}/${parcel.parcel}`} parcel={parcel} />
            ))}
            {found && <p className="muted">{t(texts.privacy)}</p>}
          </div>
          {focus && settings.data && (
            <section className="card" aria-labelledby="land-map">
              <h2 id="land-map">{t(texts.mapHeading)}</h2>
              {mapUnavailable ? (
                <MapUnavailable />
              ) : (
                <Suspense fallback={<Loading />}>
                  <LandMap
                    focus={focus}
                    view={view}
                    onView={setView}
                    features={features}
                    chosen={chosen}
                    communeName={communeName}
                    baseLayerUrl={settings.data.baseLayerUrl}
                    onPick={pick}
                    onUnavailable={() => setMapUnavailable(true)}
                  />
                </Suspense>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
