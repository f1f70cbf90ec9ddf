import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.js';

/**
 * The centre's devices under /thiet-bi: each page fills its screen, with no portal frame, runs
 * without sign-in on the device's pairing (device-token.ts) and without a keyboard.
 */
export function DeviceApp() {
  return (
    <Routes>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
