// Transitional stub: replaced by the real page in this session.
export function MyDossiersPage() {
  return <div className="page">MyDossiersPage</div>;
}
