// Transitional stub: replaced by the real page in this session.
export function OfficeApp() {
  return <div className="page">OfficeApp</div>;
}
