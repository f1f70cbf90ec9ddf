/**
 * What an applicant's action form tells the page: that a request has started (what was said of
 * the one before no longer holds), then a success message or the server's refusal.
 */
export type ActionOutcome = { kind: 'started' } | { kind: 'done'; message: string } | { kind: 'failed'; failure: unknown };
