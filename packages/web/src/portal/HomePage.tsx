// Transitional stub: replaced by the real page in this session.
export function HomePage() {
  return <div className="page">HomePage</div>;
}
