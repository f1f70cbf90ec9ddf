import { Type } from '@fastify/type-provider-typebox';
import { LAND_USE_CODES, MAX_PARCEL_NUMBER, MAX_SHEET_NUMBER, PLANNING_STATUS_CODES } from '@motcua/core';
import { component } from '../../platform/components.js';
import { Nullable } from '../../platform/schemas.js';

const Str = Type.String();
const Label = { label: Str, labelEn: Str };

/** A GeoJSON Polygon or MultiPolygon (RFC 7946: WGS 84, longitude first), as MapLibre and OpenLayers draw it. */
export const AreaGeometrySchema = component(
  'LandGeometry',
  Type.Object({ type: Type.Union([Type.Literal('Polygon'), Type.Literal('MultiPolygon')]), coordinates: Type.Array(Type.Unknown()) }),
);

const LandUseCodeSchema = Type.Enum(LAND_USE_CODES);

/** A land use by its code and its names (a parcel's planned use, a planning zone's). */
const LandUseTypeSchema = component('LandUseType', Type.Object({ code: LandUseCodeSchema, ...Label }));

const LandPlanningStatusSchema = component('LandPlanningStatus', Type.Object({ code: Type.Enum(PLANNING_STATUS_CODES), ...Label }));

const LandUseTermSchema = component(
  'LandUseTerm',
  Type.Object({ kind: Type.Union([Type.Literal('long_term'), Type.Literal('until')]), date: Nullable(Str), ...Label }),
);

export const LandUseSchema = component(
  'LandUse',
  Type.Object({
    code: LandUseCodeSchema,
    ...Label,
    areaM2: Nullable(Type.Number({ description: 'The part of the parcel used so; null: all of it' })),
    term: LandUseTermSchema,
  }),
);

export const PlanningZoneSchema = component(
  'LandPlanningZone',
  Type.Object({ code: Str, name: Str, plannedUse: LandUseTypeSchema, decision: Nullable(Str) }),
);

/** What anyone may read of a parcel: never who holds it, nor its certificate. */
const publicParcelProperties = {
  commune: Type.Object({ code: Str, name: Str }),
  sheet: Type.Integer(),
  parcel: Type.Integer(),
  label: Str,
  labelEn: Str,
  areaM2: Type.Number(),
  landUses: Type.Array(LandUseSchema),
  address: Nullable(Str),
  plannedUse: Nullable(LandUseTypeSchema),
  planningStatus: Nullable(LandPlanningStatusSchema),
  planningZone: Nullable(PlanningZoneSchema),
  restrictions: Type.Array(Str),
  geometry: AreaGeometrySchema,
};

export const PublicParcelSchema = component('LandParcel', Type.Object(publicParcelProperties));

export const ParcelsAtPointSchema = component(
  'LandParcelsAtPoint',
  Type.Object({ parcels: Type.Array(PublicParcelSchema, { description: 'The parcels whose shape holds the point (two when it is on their common edge); empty outside every parcel' }) }),
);

const PURPOSES = ['transfer', 'certificate_issue', 'change_of_use', 'other'] as const;
export type LinkPurpose = (typeof PURPOSES)[number];
export const LinkPurposeSchema = Type.Enum(PURPOSES);

/** A parcel as the land office sees it: with its holder, its certificate and the dossiers about it. */
export const OfficerParcelSchema = component(
  'LandParcelOnFile',
  Type.Object({
    id: Str,
    ...publicParcelProperties,
    certificateSerial: Nullable(Str),
    holder: Nullable(Type.Object({ name: Str, idNumber: Nullable(Str), address: Nullable(Str) })),
    dossiers: Type.Array(Type.Object({ code: Str, state: Str, purpose: LinkPurposeSchema, purposeLabel: Str, linkedAt: Str })),
  }),
);

export const ParcelNumberQuery = Type.Object({
  commune: Type.String({ minLength: 1, maxLength: 40, description: 'The commune’s agency code' }),
  sheet: Type.Integer({ minimum: 1, maximum: MAX_SHEET_NUMBER, description: 'Số tờ bản đồ' }),
  parcel: Type.Integer({ minimum: 1, maximum: MAX_PARCEL_NUMBER, description: 'Số thửa' }),
});

export const PointQuery = Type.Object({
  lng: Type.Number({ minimum: -180, maximum: 180, description: 'Longitude (WGS 84)' }),
  lat: Type.Number({ minimum: -90, maximum: 90, description: 'Latitude (WGS 84)' }),
});

export const MAX_MAP_FEATURES = 5_000;

export const MapQuery = Type.Object({
  bbox: Type.String({ pattern: '^-?\\d+(\\.\\d+)?(,-?\\d+(\\.\\d+)?){3}$', description: 'minLng,minLat,maxLng,maxLat (WGS 84), as OGC API Features' }),
  layer: Type.Union([Type.Literal('parcels'), Type.Literal('planning_zones'), Type.Literal('commune_boundaries')], { default: 'parcels' }),
  limit: Type.Integer({ minimum: 1, maximum: MAX_MAP_FEATURES, default: 2_000 }),
});

export const MapFeatureCollectionSchema = component(
  'LandMapFeatures',
  Type.Object({
    type: Type.Literal('FeatureCollection'),
    features: Type.Array(
      Type.Object({
        type: Type.Literal('Feature'),
        id: Str,
        geometry: AreaGeometrySchema,
        properties: Type.Record(Str, Type.Union([Str, Type.Number(), Type.Null()]), {
          description:
            'parcels: commune, sheet, parcel, landUse ("ODT+CLN"), areaM2, planningStatus; planning_zones: commune, code, name, plannedUse; commune_boundaries: commune, name',
        }),
      }),
    ),
    truncated: Type.Boolean({ description: 'More features lie in the box than the limit: zoom in, or ask with a smaller box' }),
  }),
);

export const MapSettingsSchema = Type.Object({
  baseLayerUrl: Nullable(Type.String({ description: 'Raster tiles with {z}, {x} and {y} (Web Mercator), drawn under the parcels; null: none' })),
});

export const LandCommunesSchema = Type.Array(
  Type.Object({
    code: Str,
    name: Str,
    parcels: Type.Integer(),
    bbox: Type.Array(Type.Number(), { minItems: 4, maxItems: 4, description: '[minLng, minLat, maxLng, maxLat] of the parcels and boundary' }),
  }),
);

export const ImportBody = Type.Object(
  {
    type: Type.String({ description: 'FeatureCollection' }),
    features: Type.Array(Type.Unknown(), { maxItems: 200_000 }),
  },
  { additionalProperties: true, description: 'A GeoJSON FeatureCollection of one commune (docs/land-import.md); ogr2ogr’s name and crs members are allowed' },
);

export const ImportSummarySchema = component(
  'LandImportSummary',
  Type.Object({
    commune: Type.Object({ code: Str, name: Str }),
    parcelsAdded: Type.Integer(),
    parcelsChanged: Type.Integer(),
    parcelsUnchanged: Type.Integer(),
    holdersChanged: Type.Integer({ description: 'Parcels whose holder or certificate was recorded or changed' }),
    planningZones: Type.Integer(),
    boundary: Type.Boolean(),
  }),
);

export const LinkDossierBody = Type.Object({ dossierCode: Type.String({ minLength: 1, maxLength: 40 }), purpose: LinkPurposeSchema });
