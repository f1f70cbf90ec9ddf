import { type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary, type FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { useTitle } from '../../shared/use-title.js';
import { SubmitRow } from './frame.js';
import { useEnquiryForm } from './sending.js';

/**
 * A page a link sent to the sender opens (its token in the address): confirming what they sent,
 * or answering the agency's request. It acts on the sender's press, never on opening: mail
 * scanners open links too, and the press is what proves a person is there.
 */
export function LinkFormPage<Result>({
  title,
  lead,
  submitLabel,
  back,
  fields = [],
  problems = () => ({}),
  send,
  done,
  children,
}: {
  title: string;
  lead: string;
  submitLabel: string;
  back: { to: string; label: string };
  /** The form's own fields, where the server's refusals naming them are shown. */
  fields?: readonly string[];
  problems?(): FieldErrors;
  send(token: string): Promise<Result>;
  done(result: Result): ReactNode;
  children?(errors: FieldErrors): ReactNode;
}) {
  useTitle(title);
  const token = useParams().token ?? '';
  const form = useEnquiryForm<Result>(fields);
  const submit = (event: FormEvent) => form.submit(event, problems(), () => send(token));
  return (
    <div className="page narrow">
      <h1>{title}</h1>
      <ErrorSummary errors={form.errors} general={form.general} attempt={form.attempt} />
      {form.result !== undefined ? (
        done(form.result)
      ) : (
        <form className="card stack" onSubmit={submit} noValidate>
          <p>{lead}</p>
          {children?.(form.errors)}
          <SubmitRow label={submitLabel} busy={form.busy} />
        </form>
      )}
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
    </div>
  );
}
