import type { ReactNode } from 'react';
import { LAND_USE_TYPES, type LandUseCode } from '@motcua/core';
import { formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import type { MapFeatures } from './land-map-features.js';
import { BOUNDARY_DASHES, MAP_COLOURS, ZONE_DASHES, landUseColour, mainLandUse } from './land-map-style.js';
import { landTexts as texts } from './land-texts.js';

/** A legend key drawn as the map draws the thing: its fill, its outline's colour, width and dashes. */
function Swatch({ fill, stroke, width = 1, dashes }: { fill: string; stroke: string; width?: number; dashes?: number[] }) {
  return (
    <svg className="land-map-key" width="28" height="18" viewBox="0 0 28 18" aria-hidden="true">
      <rect x="2" y="2" width="24" height="14" fill={fill} stroke={stroke} strokeWidth={width} strokeDasharray={dashes?.map((dash) => dash * width).join(' ')} />
    </svg>
  );
}

/** How many parcels of each main land-use type are in view, the commonest first. */
function landUseCounts(parcels: MapFeatures['parcels']): Array<[LandUseCode, number]> {
  const counts = new Map<LandUseCode, number>();
  for (const { properties } of parcels.features) {
    const code = mainLandUse(properties.landUse);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].sort(([codeA, countA], [codeB, countB]) => countB - countA || codeA.localeCompare(codeB));
}

/**
 * The map's key as a table: what each colour and line means and how many of each the view holds,
 * the land-use types named with their codes, so that the map is read without telling colours apart.
 */
export function LandMapLegend({ features, chosen }: { features: MapFeatures; chosen: number }) {
  const { language, t } = useI18n();
  const row = (key: string, swatch: ReactNode, name: string, count: number) => (
    <tr key={key}>
      <th scope="row">
        {swatch} {name}
      </th>
      <td className="land-map-count">{formatNumber(count, language)}</td>
    </tr>
  );
  return (
    <div className="table-wrap">
      <table className="table-compact land-map-legend">
        <caption>{t(texts.legendHeading)}</caption>
        <thead>
          <tr>
            <th scope="col">{t(texts.legendSymbol)}</th>
            <th scope="col" className="land-map-count">{t(texts.legendCount)}</th>
          </tr>
        </thead>
        <tbody>
          {landUseCounts(features.parcels).map(([code, count]) =>
            row(code, <Swatch fill={landUseColour(code)} stroke={MAP_COLOURS.parcelLine} />, `${LAND_USE_TYPES[code][language]} (${code})`, count),
          )}
          {row('zones', <Swatch fill="none" stroke={MAP_COLOURS.zone} width={2} dashes={ZONE_DASHES} />, t(texts.legendZone), features.zones.features.length)}
          {row('boundaries', <Swatch fill="none" stroke={MAP_COLOURS.boundary} width={2} dashes={BOUNDARY_DASHES} />, t(texts.legendBoundary), features.boundaries.features.length)}
          {row('chosen', <Swatch fill={MAP_COLOURS.chosenFill} stroke={MAP_COLOURS.chosenLine} width={3} />, t(texts.legendChosen), chosen)}
        </tbody>
      </table>
    </div>
  );
}
