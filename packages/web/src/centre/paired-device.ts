import type { DeviceKind } from '@motcua/core';
import { useEffect, useState } from 'react';
import type { components } from '@motcua/contract';
import { type ApiError, api, asApiError, dataOf } from '../shared/api.js';
import { type DevicePairing, deviceHeaders, readPairing } from './device-token.js';

export type PairedDeviceDescription = components['schemas']['PairedDevice'];

/** Each kind of device's page under /thiet-bi. */
export const DEVICE_PAGES: Record<DeviceKind, string> = {
  kiosk: '/thiet-bi/ki-ot',
  board: '/thiet-bi/bang-goi-so',
  tablet: '/thiet-bi/danh-gia',
  operations: '/thiet-bi/dieu-hanh',
};

export const PAIRING_PAGE = '/thiet-bi/ghep-noi';

/** What the server says a token pairs: the device, its centre and counter; throws the server's refusal. */
export const describePairedDevice = (token: string) =>
  dataOf(api.GET('/api/public/devices/me', { headers: deviceHeaders({ token }) }));

export type DeviceCheck =
  | { state: 'checking' }
  | { state: 'unpaired' }
  | { state: 'wrong-kind'; device: PairedDeviceDescription }
  | { state: 'refused'; error: ApiError }
  | { state: 'paired'; pairing: DevicePairing; device: PairedDeviceDescription };

/**
 * This browser's pairing, checked with the server, for a page of one kind of device: a pairing
 * revoked since, or one of another kind, is told apart from a network failure (`refused`).
 */
export function usePairedDevice(kind: DeviceKind): DeviceCheck {
  const [check, setCheck] = useState<DeviceCheck>(() => (readPairing() ? { state: 'checking' } : { state: 'unpaired' }));
  useEffect(() => {
    const pairing = readPairing();
    if (!pairing) return;
    let current = true;
    describePairedDevice(pairing.token).then(
      (device) => current && setCheck(device.kind === kind ? { state: 'paired', pairing, device } : { state: 'wrong-kind', device }),
      (error: unknown) => {
        const failure = asApiError(error);
        if (current) setCheck(failure.status === 401 ? { state: 'unpaired' } : { state: 'refused', error: failure });
      },
    );
    return () => {
      current = false;
    };
  }, [kind]);
  return check;
}
