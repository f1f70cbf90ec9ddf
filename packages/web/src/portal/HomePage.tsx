import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ApiError } from '../shared/api.js';
import { formatNumber, formatPercent } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { type Loaded, useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { fieldName, groupAgencies } from './catalogue.js';
import { homeTexts as texts } from './home-texts.js';
import { AGENCIES, FIELDS, POPULAR_PROCEDURES, STATISTICS, query } from '@motcua/contract';
import { TrackingForm } from './TrackingForm.js';

// The home page is the one page downloaded up front, so it stays in this file with small
// imports; everything heavier lives on the pages it links to.


/** A block's loading state, its error with a retry, or its content. */
function OptionalBlock<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { error, data, loading, reload } = loaded;
  if (error) return <ErrorMessage error={error} onRetry={reload} />;
  if (loading || data === undefined) return <Loading />;
  return <>{children(data)}</>;
}

/**
 * Not offered by this server (yet): 404, or 400 while `/procedures/popular` is still read as a
 * malformed procedure code. Such a block is left out rather than shown as an error.
 */
const isAbsent = (error: ApiError) => error.status === 404 || error.status === 400;

function ProcedureSearchForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    void navigate(`/thu-tuc${query({ q: text.trim() })}`);
  }
  return (
    <form role="search" className="inline-form hero-search" onSubmit={submit}>
      <Field label={t(texts.searchLabel)} hint={t(texts.searchHint)}>
        <input type="search" name="q" value={text} onChange={(event) => setText(event.target.value)} maxLength={200} enterKeyHint="search" />
      </Field>
      <button type="submit" className="button">
        {t(texts.searchButton)}
      </button>
    </form>
  );
}

function Figures() {
  const { language, t } = useI18n();
  const loaded = useApi(STATISTICS);
  if (loaded.error && isAbsent(loaded.error)) return null;
  return (
    <section className="card" aria-labelledby="home-figures">
      <h2 id="home-figures">{t(texts.figuresHeading)}</h2>
      <OptionalBlock loaded={loaded}>
        {(figures) => (
          <>
            <ul className="figures">
              <li>
                <span className="figure-value">{formatNumber(figures.received, language)}</span>
                <span className="figure-label">{t(texts.received, { year: figures.period.from.slice(0, 4) })}</span>
              </li>
              <li>
                <span className="figure-value">{formatNumber(figures.finished.total, language)}</span>
                <span className="figure-label">{t(texts.finished)}</span>
              </li>
              <li>
                <span className="figure-value">{formatPercent(figures.onTimeRate, language)}</span>
                <span className="figure-label">
                  {t(texts.onTime)} <span className="muted">({t(texts.onTimeDetail)})</span>
                </span>
              </li>
              <li>
                <span className="figure-value">{formatPercent(figures.onlineShare, language)}</span>
                <span className="figure-label">
                  {t(texts.online)} <span className="muted">({t(texts.onlineDetail)})</span>
                </span>
              </li>
              <li>
                <span className="figure-value">{formatPercent(figures.satisfaction.rate, language)}</span>
                <span className="figure-label">
                  {t(texts.satisfied)} <span className="muted">({t(texts.satisfiedDetail, { count: formatNumber(figures.satisfaction.ratings, language) })})</span>
                </span>
              </li>
            </ul>
            <p className="muted">
              {t(texts.processing)}: {formatNumber(figures.inProgress.total, language)}. {t(texts.overdueNote, { count: formatNumber(figures.inProgress.overdue, language) })}{' '}
              <Link to="/cong-khai">{t(texts.resultsLink)}</Link>
            </p>
          </>
        )}
      </OptionalBlock>
    </section>
  );
}

function PopularProcedures() {
  const { language, t } = useI18n();
  const loaded = useApi(POPULAR_PROCEDURES);
  if (loaded.error && isAbsent(loaded.error)) return null;
  if (loaded.data && loaded.data.items.length === 0) return null;
  return (
    <section aria-labelledby="home-popular">
      <h2 id="home-popular">{t(texts.popularHeading)}</h2>
      <OptionalBlock loaded={loaded}>
        {({ items }) => (
          <ol className="link-grid">
            {items.map((procedure) => (
              <li key={procedure.code}>
                <Link to={`/thu-tuc/${procedure.code}`}>{procedure.name}</Link>
                <span className="muted">
                  {procedure.fieldName} · {t(texts.dossierCount, { count: formatNumber(procedure.dossiers, language) })}
                </span>
              </li>
            ))}
          </ol>
        )}
      </OptionalBlock>
      <p>
        <Link to="/thu-tuc">{t(texts.allProcedures)}</Link>
      </p>
    </section>
  );
}

function Fields() {
  const { language, t } = useI18n();
  const loaded = useApi(FIELDS);
  return (
    <section aria-labelledby="home-fields">
      <h2 id="home-fields">{t(texts.fieldsHeading)}</h2>
      <OptionalBlock loaded={loaded}>
        {(fields) => (
          <ul className="link-grid">
            {fields.map((field) => (
              <li key={field.code}>
                <Link to={`/thu-tuc${query({ field: field.code })}`}>{fieldName(field, language)}</Link>
                <span className="muted">{t(texts.procedureCount, { count: formatNumber(field.procedures, language) })}</span>
              </li>
            ))}
          </ul>
        )}
      </OptionalBlock>
    </section>
  );
}

function Agencies() {
  const { t } = useI18n();
  const loaded = useApi(AGENCIES);
  return (
    <section aria-labelledby="home-agencies">
      <h2 id="home-agencies">{t(texts.agenciesHeading)}</h2>
      <OptionalBlock loaded={loaded}>
        {(agencies) => (
          <div className="agency-groups">
            {groupAgencies(agencies).map((group) => (
              <div key={group.label.vi}>
                <h3>{t(group.label)}</h3>
                <ul className="agency-list">
                  {group.agencies.map((agency) => (
                    <li key={agency.id}>
                      <Link to={`/thu-tuc${query({ agencyId: agency.id })}`}>{agency.name}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </OptionalBlock>
    </section>
  );
}

export function HomePage() {
  const { t } = useI18n();
  useTitle(t(texts.title));
  return (
    <div className="page home">
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t(texts.heading)}</h1>
        <p className="hero-lead">{t(texts.lead)}</p>
        <ProcedureSearchForm />
      </section>
      <div className="home-columns">
        <div>
          <section className="card" aria-labelledby="home-tracking">
            <h2 id="home-tracking">{t(texts.trackingHeading)}</h2>
            <p>{t(texts.trackingLead)}</p>
            <TrackingForm />
          </section>
          <section className="card" aria-labelledby="home-verify">
            <h2 id="home-verify">{t(texts.verifyHeading)}</h2>
            <p>{t(texts.verifyLead)}</p>
            <p>
              <Link to="/verify">{t(texts.verifyLink)}</Link>
            </p>
          </section>
        </div>
        <Figures />
      </div>
      <PopularProcedures />
      <Fields />
      <Agencies />
    </div>
  );
}
