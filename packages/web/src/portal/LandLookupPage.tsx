import { type FormEvent, useEffect, useState } from 'react';
import { ApiError, NETWORK_ERROR, asApiError, failureOf } from '../shared/api.js';
import { formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { ErrorSummary, type FieldErrors } from '../shared/ui/ErrorSummary.js';
import { Field } from '../shared/ui/Field.js';
import { Alert, ErrorMessage, Loading, useErrorText } from '../shared/ui/feedback.js';
import { useTitle } from '../shared/use-title.js';
import { type AreaGeometry, type Bbox, LandMap, centredOn, type LngLat, type MapFeatures, type View, viewBbox, viewOf } from './land-map.js';
import { landTexts as texts } from './land-texts.js';
import './land.css';

interface Commune {
  code: string;
  name: string;
  parcels: number;
  bbox: Bbox;
}
interface Label {
  code: string;
  label: string;
  labelEn: string;
}
/** What anyone may read of a parcel (the server's LandParcel): never who holds it. */
interface Parcel {
  commune: { code: string; name: string };
  sheet: number;
  parcel: number;
  areaM2: number;
  landUses: Array<Label & { areaM2: number | null; term: { label: string; labelEn: string } }>;
  address: string | null;
  plannedUse: Label | null;
  planningStatus: Label | null;
  planningZone: { code: string; name: string; decision: string | null } | null;
  restrictions: string[];
  geometry: AreaGeometry;
}
interface FeatureCollection {
  features: Array<{ id: string; geometry: AreaGeometry; properties: Record<string, string | number | null> }>;
  truncated: boolean;
}

/** A public GET of the land register (its paths join the typed client when the contract is next generated). */
async function read<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null }).catch((error: unknown) => {
    throw (error as Error).name === 'AbortError' ? error : new ApiError(0, NETWORK_ERROR);
  });
  if (!response.ok) throw await failureOf(response);
  return (await response.json()) as T;
}

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

/** The map's features in the view, read again whenever the view moves (the last read wins). */
function useMapFeatures(bbox: Bbox | null): MapFeatures {
  const [features, setFeatures] = useState<MapFeatures>({ parcels: [], zones: [], truncated: false });
  const key = bbox?.join(',') ?? null;
  useEffect(() => {
    if (!key) return;
    const abort = new AbortController();
    const layer = (name: string) => read<FeatureCollection>(`/api/public/land/map?bbox=${key}&layer=${name}&limit=5000`, abort.signal);
    Promise.all([layer('parcels'), layer('planning_zones')]).then(
      ([parcels, zones]) =>
        setFeatures({
          parcels: parcels.features.map(({ id, geometry, properties }) => ({ id, geometry, sheet: Number(properties.sheet), parcel: Number(properties.parcel) })),
          zones: zones.features.map(({ id, geometry, properties }) => ({ id, geometry, name: String(properties.name ?? '') })),
          truncated: parcels.truncated,
        }),
      // A moved view's read given up, or a failed one: the map keeps what it shows.
      () => undefined,
    );
    return () => abort.abort();
  }, [key]);
  return features;
}

/**
 * Tra cứu thông tin thửa đất: by commune, map sheet and parcel number, or by a click on the map of
 * the register's parcels and planning zones. The result is the same panel either way.
 */
export function LandLookupPage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  useTitle(t(texts.title));
  const [communes, setCommunes] = useState<Commune[]>();
  const [loadError, setLoadError] = useState<ApiError>();
  const [baseLayerUrl, setBaseLayerUrl] = useState<string | null>(null);
  const [commune, setCommune] = useState('');
  const [sheet, setSheet] = useState('');
  const [number, setNumber] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<Parcel[]>();
  const [view, setView] = useState<View | null>(null);
  const features = useMapFeatures(view && viewBbox(view));

  const loadCommunes = () => {
    setLoadError(undefined);
    Promise.all([read<Commune[]>('/api/public/land/communes'), read<{ baseLayerUrl: string | null }>('/api/public/land/map-settings')]).then(
      ([list, settings]) => {
        setCommunes(list);
        setBaseLayerUrl(settings.baseLayerUrl);
        if (list.length === 1) setCommune(list[0]!.code);
        if (list[0]) setView((current) => current ?? viewOf(list[0]!.bbox));
      },
      (error: unknown) => setLoadError(asApiError(error)),
    );
  };
  useEffect(loadCommunes, []);

  const chooseCommune = (code: string) => {
    setCommune(code);
    const chosen = communes?.find((item) => item.code === code);
    if (chosen) setView(viewOf(chosen.bbox));
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
    const query = new URLSearchParams({ commune, sheet: String(Number(sheet)), parcel: String(Number(number)) });
    void show(
      read<Parcel>(`/api/public/land/parcels?${query}`).then((parcel) => {
        // A parcel found by its number is shown where it lies on the map.
        setView((current) => current && centredOn(current, parcel.geometry));
        return [parcel];
      }),
    );
  }

  const pick = ([lng, lat]: LngLat) => {
    setErrors({});
    void show(
      read<{ parcels: Parcel[] }>(`/api/public/land/parcels/at?lng=${lng.toFixed(7)}&lat=${lat.toFixed(7)}`).then(({ parcels }) => {
        if (parcels.length === 0) throw new ApiError(404, { code: 'no_parcel_here', message: t(texts.nothingAtPoint), messageEn: t(texts.nothingAtPoint) });
        return parcels;
      }),
    );
  };

  const communeName = communes?.find((item) => item.code === commune)?.name ?? communes?.[0]?.name ?? '';
  return (
    <div className="page land-page">
      <h1>{t(texts.title)}</h1>
      <p>{t(texts.lead)}</p>
      {loadError && <ErrorMessage error={loadError} onRetry={loadCommunes} />}
      {!communes && !loadError && <Loading />}
      {communes && communes.length === 0 && <Alert>{t(texts.noCommunes)}</Alert>}
      {communes && communes.length > 0 && (
        <>
          <section className="card" aria-labelledby="land-form">
            <h2 id="land-form">{t(texts.formHeading)}</h2>
            <ErrorSummary errors={errors} general={general} attempt={attempt} />
            <form className="inline-form" onSubmit={submit} noValidate>
              <Field label={t(texts.communeLabel)} error={errors.commune} required>
                <select name="commune" value={commune} onChange={(event) => chooseCommune(event.target.value)}>
                  <option value="">{t(texts.communeChoose)}</option>
                  {communes.map((item) => (
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
          {view && (
            <section className="card" aria-labelledby="land-map">
              <h2 id="land-map">{t(texts.mapHeading)}</h2>
              <LandMap view={view} onView={setView} features={features} chosen={found?.map((parcel) => parcel.geometry) ?? []} communeName={communeName} baseLayerUrl={baseLayerUrl} onPick={pick} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
