import { COMPONENT_FORM_LABELS, ROLE_LABELS } from '@motcua/core';
import { Link, useParams } from 'react-router';
import { formatDate, formatMoney } from '../shared/format.js';
import { type Text, useI18n } from '../shared/i18n.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { TemplateLink } from '../shared/ui/TemplateLink.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { LEVEL_LABELS, ONLINE_MODE_LABELS, OnlineModeBadge, isOnline, labelOf, useProcessingDays } from './catalogue.js';
import { AGENCIES, type PublicAgency as Agency, type PublishedProcedure, procedureRead } from '@motcua/contract';
import { askAboutProcedurePath, questionPath, questionTexts } from './enquiries/texts.js';
import { procedureTexts as texts } from './procedure-texts.js';


const APPLICANT_LABELS: Record<string, Text> = { citizen: texts.applicantCitizen, organisation: texts.applicantOrganisation };

function SubmitOnline({ procedure }: { procedure: PublishedProcedure }) {
  const { t } = useI18n();
  if (!isOnline(procedure.onlineMode)) return <p className="alert alert-info">{t(texts.notOnline)}</p>;
  return (
    <p>
      <Link className="button" to={`/nop-ho-so/${procedure.code}`}>
        {t(texts.submitOnline)}
      </Link>
    </p>
  );
}

/** "Version 2, in force from 01/07/2025 under Quyết định số … of 27/06/2025"; a draft says it is one. */
function VersionLine({ procedure, preview }: { procedure: PublishedProcedure; preview: boolean }) {
  const { language, t } = useI18n();
  if (preview) return <>{t(texts.draftVersion, { version: procedure.version })}</>;
  const decision = procedure.decidingDocument ? ` ${t(texts.decidedBy, { document: procedure.decidingDocument, date: formatDate(procedure.decidedOn, language) })}` : '';
  return <>{t(texts.versionValue, { version: procedure.version, date: formatDate(procedure.effectiveFrom, language) }) + decision}</>;
}

/** The version published to take over at a later date: citizens preparing a dossier should know. */
function UpcomingVersion({ upcoming }: { upcoming: PublishedProcedure['upcoming'] }) {
  const { language, t } = useI18n();
  if (!upcoming) return null;
  const decision = upcoming.decidingDocument ? t(texts.decidedBy, { document: upcoming.decidingDocument, date: formatDate(upcoming.decidedOn, language) }) : '';
  return <p className="alert alert-info">{t(texts.upcoming, { date: formatDate(upcoming.effectiveFrom, language), version: upcoming.version, decision })}</p>;
}

function Overview({ procedure, preview }: { procedure: PublishedProcedure; preview: boolean }) {
  const { t } = useI18n();
  const processingDays = useProcessingDays();
  return (
    <section aria-labelledby="procedure-overview">
      <h2 id="procedure-overview">{t(texts.overview)}</h2>
      <dl className="facts">
        <dt>{t(texts.code)}</dt>
        <dd>{procedure.code}</dd>
        <dt>{t(texts.field)}</dt>
        <dd>{procedure.fieldName}</dd>
        <dt>{t(texts.level)}</dt>
        <dd>{labelOf(LEVEL_LABELS, procedure.level, t)}</dd>
        <dt>{procedure.offeredBy ? t(texts.offeringAgencies) : t(texts.competentAgency)}</dt>
        <dd>
          {procedure.offeredBy?.scope === 'all_communes'
            ? t(texts.everyCommune, { count: procedure.offeringAgencies.length })
            : procedure.offeredBy
              ? t(texts.pickedCommunes, { names: procedure.offeringAgencies.map((agency) => agency.name).join('; ') })
              : procedure.competentAgencyName}
        </dd>
        <dt>{t(texts.applicants)}</dt>
        <dd>{procedure.applicantTypes.map((type) => labelOf(APPLICANT_LABELS, type, t)).join(', ')}</dd>
        <dt>{t(texts.processingTime)}</dt>
        <dd>
          {processingDays(procedure.processingDays)}
          {procedure.cutoffTime && <span className="muted"> — {t(texts.cutoff, { time: procedure.cutoffTime })}</span>}
        </dd>
        <dt>{t(texts.onlineMode)}</dt>
        <dd>{labelOf(ONLINE_MODE_LABELS, procedure.onlineMode, t)}</dd>
        <dt>{t(texts.resultDocument)}</dt>
        <dd>{procedure.resultDocument}</dd>
        <dt>{t(texts.version)}</dt>
        <dd>
          <VersionLine procedure={procedure} preview={preview} />
        </dd>
      </dl>
    </section>
  );
}

function AgencyAddress({ agency }: { agency: Agency }) {
  const { t } = useI18n();
  return (
    <li>
      <strong>{agency.name}</strong>
      {agency.address && (
        <>
          <br />
          {t(texts.address)}: {agency.address}
        </>
      )}
      {agency.phone && (
        <>
          <br />
          {t(texts.phone)}: <a href={`tel:${agency.phone.replace(/[^\d+]/g, '')}`}>{agency.phone}</a>
        </>
      )}
    </li>
  );
}

/** The competent agency and, for provincial procedures, the province's public administration centre; the communes that offer a procedure offered by communes. */
function WhereToSubmit({ procedure, agencies }: { procedure: PublishedProcedure; agencies: Agency[] }) {
  const { t } = useI18n();
  const competent = agencies.find((agency) => agency.code === procedure.competentAgencyCode);
  const centres = procedure.level === 'province' ? agencies.filter((agency) => agency.kind === 'centre' && agency.abolishedOn === null) : [];
  const offering = new Set(procedure.offeringAgencies.map((agency) => agency.id));
  const places = procedure.offeredBy
    ? agencies.filter((agency) => offering.has(agency.id))
    : [...centres, ...(competent && !centres.includes(competent) ? [competent] : [])];
  return (
    <section aria-labelledby="procedure-where">
      <h2 id="procedure-where">{t(texts.whereHeading)}</h2>
      {places.length > 0 ? (
        <ul className="plain-list">
          {places.map((agency) => (
            <AgencyAddress key={agency.id} agency={agency} />
          ))}
        </ul>
      ) : (
        <p>{procedure.competentAgencyName}</p>
      )}
      <p className="muted">{procedure.offeredBy ? t(texts.whereCommunes) : t(texts.whereAnyCentre)}</p>
    </section>
  );
}

function Components({ procedure }: { procedure: PublishedProcedure }) {
  const { t } = useI18n();
  return (
    <DataTable
      items={procedure.components}
      stackOnPhone
      caption={t(texts.componentsHeading)}
      columns={[t(texts.componentName), t(texts.componentForm), t(texts.componentCopies), t(texts.componentRequired), t(texts.componentTemplate)]}
      empty={<p>{t(texts.noComponents)}</p>}
      row={(component) => (
        <tr key={component.code}>
          <th scope="row" data-label={t(texts.componentName)}>
            {component.name}
            {component.note && <span className="cell-note">{component.note}</span>}
          </th>
          <td data-label={t(texts.componentForm)}>{t(COMPONENT_FORM_LABELS[component.form])}</td>
          <td data-label={t(texts.componentCopies)}>{t(texts.copiesValue, { count: component.copies })}</td>
          <td data-label={t(texts.componentRequired)}>{component.required ? t(texts.yes) : t(texts.no)}</td>
          <td data-label={t(texts.componentTemplate)}>
            {component.templateFile ? (
              <TemplateLink procedureCode={procedure.code} componentCode={component.code} file={component.templateFile} />
            ) : component.template ? (
              t(texts.templateAtCounter, { name: component.template })
            ) : (
              t(texts.noTemplate)
            )}
          </td>
        </tr>
      )}
    />
  );
}

function Fees({ procedure }: { procedure: PublishedProcedure }) {
  const { language, t } = useI18n();
  return (
    <DataTable
      items={procedure.fees}
      stackOnPhone
      caption={t(texts.feesHeading)}
      columns={[t(texts.feeName), t(texts.feeAmount), t(texts.feeNote)]}
      empty={<p>{t(texts.noFees)}</p>}
      row={(fee) => (
        <tr key={fee.name}>
          <th scope="row" data-label={t(texts.feeName)}>
            {fee.name}
          </th>
          <td data-label={t(texts.feeAmount)}>{fee.amountVnd === 0 ? t(texts.free) : formatMoney(fee.amountVnd, language)}</td>
          <td data-label={t(texts.feeNote)}>{fee.note ?? ''}</td>
        </tr>
      )}
    />
  );
}

function Process({ procedure, agencies }: { procedure: PublishedProcedure; agencies: Agency[] }) {
  const { t } = useI18n();
  const processingDays = useProcessingDays();
  const agencyName = (step: PublishedProcedure['process'][number]) =>
    step.agency.kind === 'competent' ? procedure.competentAgencyName : (agencies.find((agency) => step.agency.kind === 'agency' && agency.code === step.agency.agencyCode)?.name ?? step.agency.agencyCode);
  return (
    <ol className="timeline">
      {procedure.process.map((step) => (
        <li key={step.code}>
          <strong>{step.name}</strong>
          <br />
          <span className="muted">
            {labelOf(ROLE_LABELS, step.role, t)} · {agencyName(step)} · {t(texts.stepShare, { time: processingDays(step.shareDays) })}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The latest answered questions about the procedure, published anonymised, and the way to ask one. */
function Questions({ procedure }: { procedure: PublishedProcedure }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="procedure-questions">
      <h2 id="procedure-questions">{t(questionTexts.onProcedurePage)}</h2>
      {procedure.questions.length === 0 ? (
        <p className="muted">{t(questionTexts.noneOnProcedure)}</p>
      ) : (
        <ul className="plain-list">
          {procedure.questions.map((question) => (
            <li key={question.code}>
              <Link to={questionPath(question.code)}>{question.title}</Link> <span className="muted small">({formatDate(question.publishedAt, language)})</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={askAboutProcedurePath(procedure.code)}>{t(questionTexts.askAboutProcedure)}</Link>
      </p>
    </section>
  );
}

/** The procedure page's content; `preview` shows an administrator's draft, which nobody can submit to yet. */
export function ProcedureDetails({ procedure, preview = false }: { procedure: PublishedProcedure; preview?: boolean }) {
  const { t } = useI18n();
  // Addresses and the names of other agencies in inter-agency steps; the page reads fine without them.
  const agencies = useApi(AGENCIES).data ?? [];
  return (
    <>
      <h1>{procedure.name}</h1>
      <div className="row procedure-badges">
        <span className="muted">
          {t(texts.code)}: {procedure.code}
        </span>
        <OnlineModeBadge mode={procedure.onlineMode} />
        <span className="badge badge-neutral">{labelOf(LEVEL_LABELS, procedure.level, t)}</span>
      </div>
      <UpcomingVersion upcoming={procedure.upcoming} />
      {!preview && <SubmitOnline procedure={procedure} />}
      <Overview procedure={procedure} preview={preview} />
      <WhereToSubmit procedure={procedure} agencies={agencies} />
      <section aria-labelledby="procedure-components">
        <h2 id="procedure-components">{t(texts.componentsHeading)}</h2>
        <Components procedure={procedure} />
      </section>
      <section aria-labelledby="procedure-fees">
        <h2 id="procedure-fees">{t(texts.feesHeading)}</h2>
        <Fees procedure={procedure} />
      </section>
      <section aria-labelledby="procedure-process">
        <h2 id="procedure-process">{t(texts.processHeading)}</h2>
        <Process procedure={procedure} agencies={agencies} />
      </section>
      {procedure.legalBasis.length > 0 && (
        <section aria-labelledby="procedure-legal">
          <h2 id="procedure-legal">{t(texts.legalHeading)}</h2>
          <ul>
            {procedure.legalBasis.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      )}
      {!preview && <Questions procedure={procedure} />}
      {!preview && isOnline(procedure.onlineMode) && <SubmitOnline procedure={procedure} />}
    </>
  );
}

export function ProcedurePage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  const { data, error, reload } = useApi(procedureRead(code));
  // A code of the wrong shape (400) is as unknown to the reader as one that does not exist (404).
  const unknown = error !== undefined && (error.status === 404 || error.status === 400);
  useTitle(data?.name ?? t(unknown ? texts.notFoundTitle : texts.title));
  if (unknown) {
    return (
      <div className="page narrow">
        <h1>{t(texts.notFoundTitle)}</h1>
        <p>{t(texts.notFoundBody, { code })}</p>
        <p>
          <Link to="/thu-tuc">{t(texts.backToSearch)}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="page procedure">
      {data && data.code === code ? (
        <ProcedureDetails procedure={data} />
      ) : (
        <>
          <h1>{t(texts.title)}</h1>
          {error ? <ErrorMessage error={error} onRetry={reload} /> : <Loading />}
        </>
      )}
    </div>
  );
}
