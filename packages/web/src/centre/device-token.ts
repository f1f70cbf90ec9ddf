import type { DeviceKind } from '@motcua/core';

/**
 * A centre device (kiosk, display board, rating tablet) is paired once: an administrator creates
 * it in the administration and enters its token on the device, which keeps it in this browser's
 * storage and shows it on every request (`Authorization: Device <token>`).
 */
export interface DevicePairing {
  token: string;
  /** The centre's agency code, e.g. 001.01.01.H99. */
  centreCode: string;
  kind: DeviceKind;
}

const STORAGE_KEY = 'motcua.device';

export function readPairing(): DevicePairing | null {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (value && typeof value === 'object' && 'token' in value && 'centreCode' in value && 'kind' in value) return value as DevicePairing;
  } catch {
    // A value another page left here is not a pairing.
  }
  return null;
}

export function savePairing(pairing: DevicePairing): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(pairing));
}

export function forgetPairing(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/** The header that proves the device on the API. */
export const deviceHeaders = (pairing: Pick<DevicePairing, 'token'>) => ({ authorization: `Device ${pairing.token}` });
