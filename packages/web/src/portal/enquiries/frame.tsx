import { Link } from 'react-router';

/** The top of a questions' or feedback's page: the way back to its list, its heading and what it is for. */
export function PageHead({ back, title, lead }: { back: { to: string; label: string }; title: string; lead?: string }) {
  return (
    <>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
      <h1>{title}</h1>
      {lead && <p>{lead}</p>}
    </>
  );
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
