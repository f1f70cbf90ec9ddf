import { serverField } from '../../admin/use-submit.js';
import type { ApiError } from '../../shared/api.js';
import { ErrorMessage } from '../../shared/ui/feedback.js';

/** The server's refusal above a form, unless it names one of the form's fields: then it shows at that field. */
export function UnplacedError({ error, fields }: { error: ApiError | undefined; fields: readonly string[] }) {
  const field = serverField(error);
  if (!error || (field && fields.some((name) => field === name || field.startsWith(`${name}.`)))) return null;
  return <ErrorMessage error={error} />;
}

/** A form's one button, waiting while its request runs. */
export function SubmitRow({ label, busy }: { label: string; busy: boolean }) {
  return (
    <div className="row">
      <button type="submit" className="button" disabled={busy}>
        {label}
      </button>
    </div>
  );
}
