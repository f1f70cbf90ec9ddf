import { LAND_USE_CODES, LAND_USE_TYPES, type LandUseCode, isLandUseCode } from '@motcua/core';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * The cadastral map's style, built here rather than fetched: every source is the register's own
 * GeoJSON, and no layer draws text, so the map needs no glyph, sprite or tile server. Names are
 * read in the page's legend and result panel instead.
 */

/** Fill colours after the land-use plan maps' usual key (residential pink, rice yellow, water blue…). */
const FAMILY_COLOURS = {
  residential: '#f6b8d8',
  rice: '#fff38a',
  crops: '#e3efa0',
  forest: '#8fcf8a',
  water: '#a8dcf2',
  public: '#f2b5a8',
  business: '#e39a88',
  transport: '#f7c97e',
  recreation: '#b9e6a8',
  religious: '#d8bde8',
  defence: '#d8b48a',
  cemetery: '#cfcfcf',
  unused: '#efefe4',
} as const;
type Family = keyof typeof FAMILY_COLOURS;

const FAMILY_OF: Partial<Record<LandUseCode, Family>> = {
  ODT: 'residential',
  ONT: 'residential',
  LUC: 'rice',
  LUK: 'rice',
  LUN: 'rice',
  RSX: 'forest',
  RPH: 'forest',
  RDD: 'forest',
  NTS: 'water',
  SON: 'water',
  MNC: 'water',
  DTL: 'water',
  TMD: 'business',
  SKC: 'business',
  SKK: 'business',
  SKN: 'business',
  SKS: 'business',
  DGT: 'transport',
  DNL: 'transport',
  DKV: 'recreation',
  DTT: 'recreation',
  TON: 'religious',
  TIN: 'religious',
  CQP: 'defence',
  CAN: 'defence',
  NTD: 'cemetery',
};

const GROUP_FAMILY = { agricultural: 'crops', non_agricultural: 'public', unused: 'unused' } as const satisfies Record<string, Family>;

export const landUseColour = (code: LandUseCode): string => FAMILY_COLOURS[FAMILY_OF[code] ?? GROUP_FAMILY[LAND_USE_TYPES[code].group]];

/** Colours of what is not a land-use type, shared by the map and its legend. */
export const MAP_COLOURS = {
  background: '#eef1ee',
  unknownUse: '#ffffff',
  parcelLine: '#4a5058',
  zone: '#1b6b35',
  boundary: '#3b2a5c',
  chosenFill: '#ffd54a',
  chosenLine: '#8b1a1a',
} as const;

/** Dashes in line widths: zones dashed, the commune's boundary dash-dot, so that neither is told by colour alone. */
export const ZONE_DASHES = [4, 3];
export const BOUNDARY_DASHES = [5, 2, 1, 2];

/** A parcel's main land-use type: the first of "ODT+CLN", as the map property gives them. */
export function mainLandUse(landUse: unknown): LandUseCode | null {
  const code = typeof landUse === 'string' ? landUse.split('+')[0] : undefined;
  return isLandUseCode(code) ? code : null;
}

export const SOURCES = { parcels: 'parcels', zones: 'planning-zones', boundaries: 'commune-boundaries', chosen: 'chosen' } as const;
export type SourceName = (typeof SOURCES)[keyof typeof SOURCES];

/** The layer a click or a count reads parcels from. */
export const PARCEL_FILL_LAYER = 'parcel-fill';

const [firstCode, ...otherCodes] = LAND_USE_CODES as [LandUseCode, ...LandUseCode[]];
const fillByLandUse: ExpressionSpecification = [
  'match',
  ['slice', ['coalesce', ['get', 'landUse'], ''], 0, 3],
  firstCode,
  landUseColour(firstCode),
  ...otherCodes.flatMap((code) => [code, landUseColour(code)]),
  MAP_COLOURS.unknownUse,
];

/** Outlines thicken as the map zooms in, so that lots stay apart from afar and read clearly close up. */
const widthByZoom = (far: number, near: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 14, far, 19, near];

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

export function landMapStyle(baseLayerUrl: string | null): StyleSpecification {
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': MAP_COLOURS.background } },
    ...(baseLayerUrl ? [{ id: 'base', type: 'raster', source: 'base' } as const] : []),
    { id: 'zone-fill', type: 'fill', source: SOURCES.zones, paint: { 'fill-color': MAP_COLOURS.zone, 'fill-opacity': 0.1 } },
    { id: PARCEL_FILL_LAYER, type: 'fill', source: SOURCES.parcels, paint: { 'fill-color': fillByLandUse, 'fill-opacity': baseLayerUrl ? 0.6 : 0.85 } },
    { id: 'parcel-line', type: 'line', source: SOURCES.parcels, paint: { 'line-color': MAP_COLOURS.parcelLine, 'line-width': widthByZoom(0.3, 1.2) } },
    { id: 'zone-line', type: 'line', source: SOURCES.zones, paint: { 'line-color': MAP_COLOURS.zone, 'line-width': widthByZoom(1.5, 2.5), 'line-dasharray': ZONE_DASHES } },
    { id: 'boundary-line', type: 'line', source: SOURCES.boundaries, paint: { 'line-color': MAP_COLOURS.boundary, 'line-width': widthByZoom(2.5, 4), 'line-dasharray': BOUNDARY_DASHES } },
    { id: 'chosen-fill', type: 'fill', source: SOURCES.chosen, paint: { 'fill-color': MAP_COLOURS.chosenFill, 'fill-opacity': 0.75 } },
    { id: 'chosen-line', type: 'line', source: SOURCES.chosen, paint: { 'line-color': MAP_COLOURS.chosenLine, 'line-width': widthByZoom(2.5, 4) } },
  ];
  return {
    version: 8,
    sources: {
      ...(baseLayerUrl && { base: { type: 'raster', tiles: [baseLayerUrl], tileSize: 256, maxzoom: 19 } }),
      ...Object.fromEntries(Object.values(SOURCES).map((name) => [name, { type: 'geojson', data: EMPTY }])),
    },
    layers,
  };
}
