import { type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../shared/i18n.js';
import { ErrorSummary } from '../../shared/ui/ErrorSummary.js';
import { useTitle } from '../../shared/use-title.js';
import { type ReceivedOutcome, ReceivedNotice, useEnquiryForm } from './sender.js';
import { enquiryTexts as texts } from './texts.js';

/**
 * The page the confirmation link opens. It confirms on the sender's press, never on opening: mail
 * scanners open links too, and the confirmation is what proves a person asked.
 */
export function ConfirmEnquiry({ title, lead, back, confirm }: { title: string; lead: string; back: { to: string; label: string }; confirm(token: string): Promise<ReceivedOutcome> }) {
  const { t } = useI18n();
  useTitle(title);
  const token = useParams().token ?? '';
  const form = useEnquiryForm<ReceivedOutcome>([]);
  const submit = (event: FormEvent) => form.submit(event, {}, () => confirm(token));
  return (
    <div className="page narrow">
      <h1>{title}</h1>
      <ErrorSummary errors={form.errors} general={form.general} attempt={form.attempt} />
      {form.result ? (
        <ReceivedNotice received={form.result} />
      ) : (
        <form className="card stack" onSubmit={submit} noValidate>
          <p>{lead}</p>
          <div className="row">
            <button type="submit" className="button" disabled={form.busy}>
              {t(texts.confirmButton)}
            </button>
          </div>
        </form>
      )}
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </div>
  );
}
