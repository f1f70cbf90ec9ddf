import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app-context.js';
import { officerActor, requireOfficer } from '../../platform/authentication.js';
import { errorResponseSchema } from '../../platform/errors.js';
import { rateLimits } from '../../platform/rate-limits.js';
import { writeErrors } from '../../platform/schemas.js';
import {
  ImportBody,
  ImportSummarySchema,
  LandCommunesSchema,
  LinkDossierBody,
  MapFeatureCollectionSchema,
  MapQuery,
  MapSettingsSchema,
  OfficerParcelSchema,
  ParcelNumberQuery,
  ParcelsAtPointSchema,
  PointQuery,
  PublicParcelSchema,
} from './schema.js';
import {
  findParcelOnFile,
  importLandRegister,
  landCommunes,
  linkParcelToDossier,
  mapLayer,
  parcelByNumber,
  parcelsAtPoint,
  showParcelOnFile,
  unlinkParcelFromDossier,
} from './service.js';

const TAGS = ['land'];
const publicErrors = { 400: errorResponseSchema, 404: errorResponseSchema, 429: errorResponseSchema };

/** A commune's cadastral file as GeoJSON: a ward of several thousand parcels is a few megabytes. */
const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

const ParcelIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/**
 * The land register (issue 18): the public looks parcels up by number or by a point on the map and
 * reads the map's layers, never a holder; the land office imports communes' files, sees holders and
 * certificates, and links parcels to land dossiers.
 */
export function landRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const limits = rateLimits(ctx.config);
  return async (app) => {
    // GIS tools save GeoJSON as application/geo+json: read it as the JSON it is.
    app.addContentTypeParser('application/geo+json', { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, app.getDefaultJsonParser('error', 'error'));

    app.get(
      '/api/public/land/communes',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: { tags: TAGS, summary: 'Các xã, phường có dữ liệu địa chính, với khung bản đồ của từng nơi', response: { 200: LandCommunesSchema, 429: errorResponseSchema } },
      },
      async () => landCommunes(ctx),
    );

    app.get(
      '/api/public/land/parcels',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Tra cứu thửa đất theo xã, phường, số tờ bản đồ và số thửa',
          description: 'Land-use types, area, planning status, zone and restrictions, and the shape; never the holder nor the certificate.',
          querystring: ParcelNumberQuery,
          response: { 200: PublicParcelSchema, ...publicErrors },
        },
      },
      async (request) => parcelByNumber(ctx, request.query),
    );

    app.get(
      '/api/public/land/parcels/at',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Tra cứu thửa đất tại một điểm trên bản đồ (kinh độ, vĩ độ)',
          description: 'The parcels whose shape holds the point (a click on the map): boxes from the index, then the exact point-in-polygon test.',
          querystring: PointQuery,
          response: { 200: ParcelsAtPointSchema, ...publicErrors },
        },
      },
      async (request) => parcelsAtPoint(ctx, request.query),
    );

    app.get(
      '/api/public/land/map',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Các thửa đất, khu quy hoạch hoặc ranh giới xã, phường trong một khung bản đồ (GeoJSON, để vẽ bản đồ)',
          description: 'A GeoJSON FeatureCollection a MapLibre or OpenLayers source reads as it is; `truncated` when the box holds more than `limit` features.',
          querystring: MapQuery,
          response: { 200: MapFeatureCollectionSchema, ...publicErrors },
        },
      },
      async (request) => mapLayer(ctx, request.query),
    );

    app.get(
      '/api/public/land/map-settings',
      {
        config: { rule: 'public', rateLimit: limits.public },
        schema: {
          tags: TAGS,
          summary: 'Lớp nền của bản đồ địa chính do đơn vị triển khai cấu hình (nếu có)',
          description: 'The raster tiles ({z}/{x}/{y}) the installation names to draw under the parcels (MOTCUA_MAP_BASE_LAYER_URL); null: none.',
          response: { 200: MapSettingsSchema, 429: errorResponseSchema },
        },
      },
      async () => ({ baseLayerUrl: ctx.config.mapBaseLayerUrl ?? null }),
    );

    app.post(
      '/api/v1/land/communes/:code/import',
      {
        config: { rule: 'import-land-register' },
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: TAGS,
          summary: 'Nhập dữ liệu địa chính của một xã, phường từ tệp GeoJSON (thửa đất, khu quy hoạch, ranh giới)',
          description:
            'The body is the GeoJSON FeatureCollection (application/json or application/geo+json; docs/land-import.md). Every feature is checked ' +
            'first: 400 invalid_land_import lists each problem with its feature and property, and nothing is written. Parcels are added or ' +
            'replaced by sheet and parcel number, so importing a file again changes nothing.',
          params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }),
          body: ImportBody,
          response: { 200: ImportSummarySchema, ...writeErrors, 413: errorResponseSchema },
        },
      },
      async (request) => importLandRegister(ctx, officerActor(request), request.params.code, request.body),
    );

    app.get(
      '/api/v1/land/parcels',
      {
        config: { rule: 'see-land-holders' },
        schema: {
          tags: TAGS,
          summary: 'Hồ sơ địa chính của một thửa đất (người sử dụng đất, giấy chứng nhận, hồ sơ đất đai), cho cán bộ địa chính',
          querystring: ParcelNumberQuery,
          response: { 200: OfficerParcelSchema, ...writeErrors },
        },
      },
      async (request) => findParcelOnFile(ctx, requireOfficer(request), request.query),
    );

    app.get(
      '/api/v1/land/parcels/:id',
      {
        config: { rule: 'see-land-holders' },
        schema: { tags: TAGS, summary: 'Hồ sơ địa chính của một thửa đất, cho cán bộ địa chính', params: ParcelIdParams, response: { 200: OfficerParcelSchema, ...writeErrors } },
      },
      async (request) => showParcelOnFile(ctx, requireOfficer(request), request.params.id),
    );

    app.post(
      '/api/v1/land/parcels/:id/dossiers',
      {
        config: { rule: 'see-land-holders' },
        schema: {
          tags: TAGS,
          summary: 'Gắn thửa đất với một hồ sơ đất đai (chuyển nhượng, cấp giấy chứng nhận)',
          description: 'By a land officer of the parcel’s commune who may see the dossier.',
          params: ParcelIdParams,
          body: LinkDossierBody,
          response: { 200: OfficerParcelSchema, ...writeErrors },
        },
      },
      async (request) => linkParcelToDossier(ctx, officerActor(request), request.params.id, request.body),
    );

    app.delete(
      '/api/v1/land/parcels/:id/dossiers/:dossierCode',
      {
        config: { rule: 'see-land-holders' },
        schema: {
          tags: TAGS,
          summary: 'Bỏ gắn thửa đất với một hồ sơ',
          params: Type.Object({ id: Type.String({ format: 'uuid' }), dossierCode: Type.String({ minLength: 1, maxLength: 40 }) }),
          response: { 200: OfficerParcelSchema, ...writeErrors },
        },
      },
      async (request) => unlinkParcelFromDossier(ctx, officerActor(request), request.params.id, request.params.dossierCode),
    );
  };
}
