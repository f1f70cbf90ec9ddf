import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../app/NotFoundPage.js';
import { TabletPage } from './TabletPage.js';
import { BoardPage } from './board/BoardPage.js';
import { KioskPage } from './kiosk/KioskPage.js';
import { OperationsPage } from './operations/OperationsPage.js';
import { DevicesIndexPage, PairingPage } from './PairingPage.js';

/**
 * The centre's devices under /thiet-bi: each page fills its screen, with no portal frame, runs
 * without sign-in on the device's pairing (device-token.ts) and without a keyboard.
 */
export function DeviceApp() {
  return (
    <Routes>
      <Route index element={<DevicesIndexPage />} />
      <Route path="ghep-noi" element={<PairingPage />} />
      <Route path="ki-ot" element={<KioskPage />} />
      <Route path="bang-goi-so" element={<BoardPage />} />
      <Route path="danh-gia" element={<TabletPage />} />
      <Route path="dieu-hanh" element={<OperationsPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
