import { type ResponseOf, apiRead } from '@motcua/contract';
import { useApi } from '../shared/use-api.js';

/** [lng, lat], WGS 84. */
export type LngLat = [number, number];
/** [west, south, east, north], WGS 84: the map API's `bbox`. */
export type Bbox = [number, number, number, number];

/** One layer of the register in a box: a GeoJSON FeatureCollection the map's sources take as it is. */
export type MapLayer = ResponseOf<'/api/public/land/map'>;
export interface MapFeatures {
  parcels: MapLayer;
  zones: MapLayer;
  boundaries: MapLayer;
}

/** The most features the API gives in one answer. */
const FEATURE_LIMIT = 5_000;
const NONE: MapLayer = { type: 'FeatureCollection', features: [], truncated: false };

/** The degrees of a box to about ten centimetres: a view moved by less reads nothing again. */
export const bboxText = (bbox: Bbox) => bbox.map((value) => value.toFixed(6)).join(',');

/**
 * The register's parcels, planning zones and commune boundaries in the map's view, read again
 * whenever the view moves; while a read is on its way, or when it fails, the map keeps what it shows.
 */
export function useMapFeatures(bbox: Bbox | null): MapFeatures {
  const layer = (name: 'parcels' | 'planning_zones' | 'commune_boundaries') =>
    bbox && apiRead('/api/public/land/map', { query: { bbox: bboxText(bbox), layer: name, limit: FEATURE_LIMIT } });
  const parcels = useApi(layer('parcels'));
  const zones = useApi(layer('planning_zones'));
  const boundaries = useApi(layer('commune_boundaries'));
  return { parcels: parcels.data ?? NONE, zones: zones.data ?? NONE, boundaries: boundaries.data ?? NONE };
}
