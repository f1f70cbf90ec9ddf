import { apiRead } from '@motcua/contract';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { adminPaths } from '../paths.js';
import { centreTexts as texts } from './texts.js';

/** The centres the administrator configures, each a link to its page. */
export function CentresPage() {
  const { t } = useI18n();
  useTitle(t(texts.listTitle));
  const centres = useApi(apiRead('/api/v1/centres'));
  const configurable = centres.data?.filter((centre) => centre.mayConfigure) ?? [];
  return (
    <div className="page">
      <h1>{t(texts.listTitle)}</h1>
      <p>{t(texts.listIntro)}</p>
      <p>
        <Link to={adminPaths.priorityGroups}>{t(texts.priorityGroupsLink)}</Link>
      </p>
      {centres.loading && <Loading />}
      {centres.error && <ErrorMessage error={centres.error} onRetry={centres.reload} />}
      {centres.data && configurable.length === 0 && <p>{t(texts.noCentres)}</p>}
      {configurable.length > 0 && (
        <ul className="citizen-link-list">
          {configurable.map((centre) => (
            <li key={centre.agencyCode}>
              <Link to={adminPaths.centre(centre.agencyCode)}>{centre.name}</Link> <code>{centre.agencyCode}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
