// Transitional stub: replaced by the real page in this session.
export function RegisterPage() {
  return <div className="page">RegisterPage</div>;
}
