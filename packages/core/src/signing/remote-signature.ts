/**
 * A signature asked of a remote signing service (VNPT SmartCA, Viettel MySign and the like): the
 * server sends the hash, the signer confirms or refuses on their phone, and the request ends
 * signed, refused or expired. One table of transitions, read by the service's simulator and by
 * the server that waits for the answer.
 */
export const REMOTE_SIGNATURE_STATES = ['pending', 'signed', 'refused', 'expired'] as const;
export type RemoteSignatureState = (typeof REMOTE_SIGNATURE_STATES)[number];

export type RemoteSignatureEvent = 'confirm' | 'refuse' | 'expire';

const TRANSITIONS: ReadonlyArray<{ from: RemoteSignatureState; event: RemoteSignatureEvent; to: RemoteSignatureState }> = [
  { from: 'pending', event: 'confirm', to: 'signed' },
  { from: 'pending', event: 'refuse', to: 'refused' },
  { from: 'pending', event: 'expire', to: 'expired' },
];

/** The state the event leads to, or undefined when the request has already ended. */
export function nextRemoteSignatureState(from: RemoteSignatureState, event: RemoteSignatureEvent): RemoteSignatureState | undefined {
  return TRANSITIONS.find((row) => row.from === from && row.event === event)?.to;
}

/** A pending request past its deadline has expired, whatever the phone says afterwards. */
export function remoteSignatureStateAt(request: { state: RemoteSignatureState; expiresAt: Date }, at: Date): RemoteSignatureState {
  return request.state === 'pending' && at.getTime() >= request.expiresAt.getTime() ? 'expired' : request.state;
}

export const isSettled = (state: RemoteSignatureState) => state !== 'pending';

/** Why an approval waiting for a remote signature did not go through, as the leader reads it. */
export const REMOTE_SIGNATURE_FAILURES: Record<Exclude<RemoteSignatureState, 'pending' | 'signed'>, { vi: string; en: string }> = {
  refused: {
    vi: 'Người ký đã từ chối yêu cầu ký số trên điện thoại; hồ sơ giữ nguyên như trước khi phê duyệt.',
    en: 'The signer refused the signing request on their phone; the dossier stays as it was before the approval.',
  },
  expired: {
    vi: 'Yêu cầu ký số đã hết thời gian chờ xác nhận trên điện thoại; hồ sơ giữ nguyên như trước khi phê duyệt, đề nghị phê duyệt lại.',
    en: 'The signing request was not confirmed on the phone in time; the dossier stays as it was before the approval. Approve it again.',
  },
};
