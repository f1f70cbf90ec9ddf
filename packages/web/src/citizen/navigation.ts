/**
 * The page to return to after signing in, from `?next=`. Only paths of this site are followed,
 * so that a crafted link cannot send the citizen elsewhere after they typed their password.
 */
export function safeNextPath(next: string | null, fallback = '/ho-so-cua-toi'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

export function signInPath(next: string): string {
  return `/dang-nhap?next=${encodeURIComponent(next)}`;
}

/** Where the registration page sends a new citizen: their account, asking for the codes just sent to their contacts, then on to `next`. */
export function verifyAfterRegistrationPath(next: string): string {
  return `/tai-khoan?next=${encodeURIComponent(next)}`;
}
