// Transitional stub: replaced by the real page in this session.
export function AdminApp() {
  return <div className="page">AdminApp</div>;
}
