// Transitional stub: replaced by the real page in this session.
export function MyDossierPage() {
  return <div className="page">MyDossierPage</div>;
}
