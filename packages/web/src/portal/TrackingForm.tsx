import { dossierTrackingPath } from '@motcua/core';
import { useNavigate } from 'react-router';
import { CodeForm } from './CodeForm.js';
import { dossierCodeProblem, normaliseDossierCode } from '@motcua/core';
import { trackingFormTexts } from './texts.js';

/**
 * Asks for a dossier code and opens its tracking page, unless the page says what to do with it.
 * The receipt's QR code or barcode scanned into the box reads as its code (normaliseDossierCode),
 * hence room for the QR code's whole text.
 */
export function TrackingForm({ initialCode, onTrack, onRefused }: { initialCode?: string; onTrack?: (code: string) => void; onRefused?: () => void }) {
  const navigate = useNavigate();
  return (
    <CodeForm
      texts={trackingFormTexts}
      initialCode={initialCode}
      maxLength={1000}
      normalise={normaliseDossierCode}
      problemOf={dossierCodeProblem}
      onCode={onTrack ?? ((code) => void navigate(dossierTrackingPath(code)))}
      onRefused={onRefused}
    />
  );
}
