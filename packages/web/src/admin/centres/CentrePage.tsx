import { apiRead } from '@motcua/contract';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { useAgencies } from '../agencies.js';
import { adminPaths } from '../paths.js';
import { CountersSection } from './CountersSection.js';
import { DevicesSection } from './DevicesSection.js';
import { ServicesSection } from './ServicesSection.js';
import { SettingsSection } from './SettingsSection.js';
import { centreTexts as texts } from './texts.js';

/** One centre's configuration: hours and calling rule, services, counters, paired devices. */
export function CentrePage() {
  const { t } = useI18n();
  const agencyCode = useParams().agencyCode ?? '';
  const path = { path: { agencyCode } };
  const centres = useApi(apiRead('/api/v1/centres'));
  const settings = useApi(apiRead('/api/v1/centres/{agencyCode}/settings', path));
  const services = useApi(apiRead('/api/v1/centres/{agencyCode}/services', path));
  const counters = useApi(apiRead('/api/v1/centres/{agencyCode}/counters', path));
  const devices = useApi(apiRead('/api/v1/centres/{agencyCode}/devices', path));
  const { data: agencies } = useAgencies();
  const name = centres.data?.find((centre) => centre.agencyCode === agencyCode)?.name ?? agencyCode;
  const units = agencies?.find((agency) => agency.code === agencyCode)?.units ?? [];
  useTitle(name);

  const failed = [settings, services, counters, devices].find((read) => read.error);
  return (
    <div className="page">
      <p>
        <Link to={adminPaths.centres}>← {t(texts.backToList)}</Link>
      </p>
      <h1>{name}</h1>
      {failed?.error && <ErrorMessage error={failed.error} onRetry={failed.reload} />}
      {!failed && (!settings.data || !services.data || !counters.data || !devices.data) && <Loading />}
      {settings.data && <SettingsSection agencyCode={agencyCode} settings={settings.data} />}
      {services.data && counters.data && (
        <div className="admin-columns">
          <ServicesSection agencyCode={agencyCode} services={services.data} units={units} onChanged={services.reload} />
          <CountersSection agencyCode={agencyCode} counters={counters.data} services={services.data} onChanged={counters.reload} />
        </div>
      )}
      {devices.data && counters.data && <DevicesSection agencyCode={agencyCode} devices={devices.data} counters={counters.data} onChanged={devices.reload} />}
    </div>
  );
}
