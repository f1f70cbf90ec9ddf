import { useEffect, useRef } from 'react';

/**
 * A USB barcode scanner types what it reads like a keyboard and ends with Enter. While the kiosk
 * shows no field, such typing anywhere on the page is taken as a scan (a receipt held to the
 * scanner from the start screen opens the dossier's status).
 */
export function useScannerTyping(enabled: boolean, onScan: (scanned: string) => void): void {
  const latest = useRef(onScan);
  latest.current = onScan;
  useEffect(() => {
    if (!enabled) return;
    let typed = '';
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key === 'Enter') {
        if (typed.trim()) {
          event.preventDefault();
          latest.current(typed);
        }
        typed = '';
      } else if (event.key.length === 1) {
        typed += event.key;
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}

/** The browser's barcode reader (Chromium on Android, ChromeOS and macOS), where it has one. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type BarcodeDetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = () => (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;

export const cameraScanningAvailable = () => detectorClass() !== undefined && typeof navigator.mediaDevices?.getUserMedia === 'function';

/** How often a camera frame is looked at: often enough to feel immediate, rarely enough to spare the kiosk's processor. */
const FRAME_INTERVAL_MS = 200;

/**
 * Reads the receipt's QR code or Code 128 barcode from the camera into `video`, and calls
 * `onRead` once with what it holds; the returned function stops the camera.
 */
export async function scanWithCamera(video: HTMLVideoElement, onRead: (scanned: string) => void): Promise<() => void> {
  const Detector = detectorClass()!;
  const detector = new Detector({ formats: ['qr_code', 'code_128'] });
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  video.srcObject = stream;
  await video.play();
  let stopped = false;
  const stop = () => {
    stopped = true;
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  const look = async () => {
    if (stopped) return;
    const [found] = await detector.detect(video).catch(() => []);
    if (found?.rawValue && !stopped) {
      stop();
      onRead(found.rawValue);
      return;
    }
    setTimeout(() => void look(), FRAME_INTERVAL_MS);
  };
  void look();
  return stop;
}
