// Transitional stub: replaced by the real page in this session.
export function TrackingPage() {
  return <div className="page">TrackingPage</div>;
}
