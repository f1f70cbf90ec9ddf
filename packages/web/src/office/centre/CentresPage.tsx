import { Link, Navigate } from 'react-router';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { Alert, ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useTitle } from '../../shared/use-title.js';
import { centreLivePath, useManagedCentres } from './managed-centres.js';
import { centreTexts as texts } from './texts.js';

/** `/can-bo/trung-tam`: the centres the officer manages; one alone opens at once. */
export function CentresPage() {
  const { t } = useI18n();
  const { officer } = useOfficerSession();
  const centres = useManagedCentres(officer);
  useTitle(t(texts.centresTitle));
  const only = centres.managed.length === 1 ? centres.managed[0] : undefined;
  if (only) return <Navigate to={centreLivePath(only.agencyCode)} replace />;
  return (
    <div className="page office-page">
      <h1>{t(texts.centresTitle)}</h1>
      {centres.error && <ErrorMessage error={centres.error} onRetry={centres.reload} />}
      {centres.loading && <Loading />}
      {!centres.loading && !centres.error && centres.managed.length === 0 && (
        <Alert kind="info">
          <p>{t(texts.noCentre)}</p>
        </Alert>
      )}
      {centres.managed.length > 1 && (
        <>
          <p className="muted">{t(texts.centresIntro)}</p>
          <ul>
            {centres.managed.map((centre) => (
              <li key={centre.agencyCode}>
                <Link to={centreLivePath(centre.agencyCode)}>{centre.name}</Link> <span className="muted">({centre.agencyCode})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
