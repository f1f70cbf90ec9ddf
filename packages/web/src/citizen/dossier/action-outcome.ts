/** What an applicant's action form tells the page: a success message, or the server's refusal. */
export type ActionOutcome = { kind: 'done'; message: string } | { kind: 'failed'; failure: unknown };
