import { describe, expect, it } from 'vitest';
import { REMOTE_SIGNATURE_STATES, isSettled, nextRemoteSignatureState, remoteSignatureStateAt } from './remote-signature.js';

describe('remote signature requests', () => {
  it.each([
    ['confirm', 'signed'],
    ['refuse', 'refused'],
    ['expire', 'expired'],
  ] as const)('a pending request on %s becomes %s', (event, to) => {
    expect(nextRemoteSignatureState('pending', event)).toBe(to);
  });

  it('an ended request takes no further event', () => {
    for (const from of REMOTE_SIGNATURE_STATES.filter(isSettled)) {
      for (const event of ['confirm', 'refuse', 'expire'] as const) expect(nextRemoteSignatureState(from, event)).toBeUndefined();
    }
  });

  it('a pending request expires at its deadline, an ended one keeps its state', () => {
    const expiresAt = new Date('2026-12-05T03:05:00Z');
    expect(remoteSignatureStateAt({ state: 'pending', expiresAt }, new Date('2026-12-05T03:04:59Z'))).toBe('pending');
    expect(remoteSignatureStateAt({ state: 'pending', expiresAt }, expiresAt)).toBe('expired');
    expect(remoteSignatureStateAt({ state: 'signed', expiresAt }, new Date('2026-12-06T00:00:00Z'))).toBe('signed');
  });
});
