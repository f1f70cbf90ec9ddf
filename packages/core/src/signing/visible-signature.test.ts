import { describe, expect, it } from 'vitest';
import { centredImage, sealOverSignature, topRightNote, vietnamIsoTime } from './visible-signature.js';

describe('visible signatures (Decree 30/2020)', () => {
  it('centres the signer’s image in the space between title and name, keeping its proportions', () => {
    expect(centredImage({ x: 300, y: 100, width: 200, height: 60 }, { width: 400, height: 200 })).toEqual({ x: 340, y: 100, width: 120, height: 60 });
  });

  it('puts the seal over the left third of the signer’s image, centred on it vertically', () => {
    const seal = sealOverSignature({ x: 340, y: 100, width: 120, height: 60 }, 100);
    expect(seal).toEqual({ x: 280, y: 80, width: 100, height: 100 });
    expect(seal.x + seal.width - 340).toBeCloseTo(120 / 3);
  });

  it('puts an attachment’s signature note at the top right inside the margins', () => {
    expect(topRightNote({ width: 595, height: 842 }, { width: 200, height: 40 }, 30)).toEqual({ x: 365, y: 772, width: 200, height: 40 });
  });

  it.each([
    ['2026-12-05T07:30:00Z', '2026-12-05T14:30:00+07:00'],
    ['2026-12-31T20:15:09.700Z', '2027-01-01T03:15:09+07:00'],
  ])('writes %s as %s', (utc, local) => {
    expect(vietnamIsoTime(new Date(utc))).toBe(local);
  });
});
