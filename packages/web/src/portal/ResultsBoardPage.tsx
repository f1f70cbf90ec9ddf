// Transitional stub: replaced by the real page in this session.
export function ResultsBoardPage() {
  return <div className="page">ResultsBoardPage</div>;
}
