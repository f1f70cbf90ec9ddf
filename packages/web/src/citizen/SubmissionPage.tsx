// Transitional stub: replaced by the real page in this session.
export function SubmissionPage() {
  return <div className="page">SubmissionPage</div>;
}
