import { useState } from 'react';
import { apiRead } from '@motcua/contract';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { useApi } from '../../shared/use-api.js';
import { receptionTexts as texts } from '../texts.js';

/** The appointment the applicant can expect if the dossier is received now, for telling them at the counter. */
export function AppointmentPreview({ processingDays }: { processingDays: number }) {
  const { t, language } = useI18n();
  // "Now" is fixed when the procedure is chosen, so that the preview is asked for once.
  const [receivedAt] = useState(() => new Date().toISOString());
  // The calendar endpoint counts whole days; a half-day procedure is shown with its next whole day.
  const preview = useApi(apiRead('/api/public/due-date', { query: { receivedAt, workingDays: Math.ceil(processingDays) } }));
  return (
    <div aria-live="polite">
      {preview.data && <p className="appointment-preview">{t(texts.appointmentPreview, { date: formatDateTime(preview.data.dueAt, language) })}</p>}
      <p className="muted small">{t(texts.appointmentNote)}</p>
    </div>
  );
}
