// Transitional stub: replaced by the real page in this session.
export function ProcedurePage() {
  return <div className="page">ProcedurePage</div>;
}
