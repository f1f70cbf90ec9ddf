// Transitional stub: replaced by the real page in this session.
export function ProcedureSearchPage() {
  return <div className="page">ProcedureSearchPage</div>;
}
