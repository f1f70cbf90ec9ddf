// Transitional stub: replaced by the real page in this session.
export function SignInPage() {
  return <div className="page">SignInPage</div>;
}
