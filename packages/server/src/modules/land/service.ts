import {
  LAND_USE_TYPES,
  PLANNING_STATUSES,
  type LandImportProblem,
  type LandUseCode,
  landUseTermLabel,
  parcelLabel,
  readLandCollection,
} from '@motcua/core';
import type { AppContext } from '../../app-context.js';
import type { Actor, AuthenticatedOfficer } from '../../platform/actor.js';
import { appendAudit } from '../../platform/audit.js';
import { AppError, FieldProblemsError, notFound } from '../../platform/errors.js';
import { authorize, may } from '../../platform/rule-book.js';
import { type AgencyRow, findAgencyByCode, lineage } from '../agencies/index.js';
import { DOSSIER, assertOfficerSees, findDossierAtStep } from '../dossiers/index.js';
import * as repo from './repo.js';
import type { LinkPurpose } from './schema.js';

type OfficerActor = Actor & { kind: 'officer' };

/** What the land register's use cases need of the application. */
export type LandDeps = Pick<AppContext, 'db' | 'now'>;

const PARCEL = { vi: 'thửa đất', en: 'Parcel' };

const LINK_PURPOSES: Record<LinkPurpose, string> = {
  transfer: 'Chuyển nhượng, tặng cho, thừa kế quyền sử dụng đất',
  certificate_issue: 'Cấp giấy chứng nhận quyền sử dụng đất',
  change_of_use: 'Chuyển mục đích sử dụng đất',
  other: 'Thủ tục đất đai khác',
};

const landUseCode = (code: LandUseCode) => ({ code, label: LAND_USE_TYPES[code].vi, labelEn: LAND_USE_TYPES[code].en });

/** What anyone may read of a parcel, built from the public columns alone. */
export function publicParcel(row: repo.PublicParcelRow) {
  const label = parcelLabel(row.sheet_number, row.parcel_number);
  return {
    commune: { code: row.commune_code, name: row.commune_name },
    sheet: row.sheet_number,
    parcel: row.parcel_number,
    label: label.vi,
    labelEn: label.en,
    areaM2: Number(row.area_m2),
    landUses: row.land_uses.map((use) => {
      const term = landUseTermLabel(use.term);
      return {
        ...landUseCode(use.code),
        areaM2: use.areaM2,
        term: { kind: use.term.kind, date: use.term.kind === 'until' ? use.term.date : null, label: term.vi, labelEn: term.en },
      };
    }),
    address: row.address,
    plannedUse: row.planned_use ? landUseCode(row.planned_use) : null,
    planningStatus: row.planning_status
      ? { code: row.planning_status, label: PLANNING_STATUSES[row.planning_status].vi, labelEn: PLANNING_STATUSES[row.planning_status].en }
      : null,
    planningZone:
      row.zone_code && row.zone_name && row.zone_planned_use
        ? { code: row.zone_code, name: row.zone_name, plannedUse: landUseCode(row.zone_planned_use), decision: row.zone_decision }
        : null,
    restrictions: row.restrictions,
    geometry: row.geometry,
  };
}

export async function parcelByNumber(ctx: LandDeps, query: { commune: string; sheet: number; parcel: number }) {
  const row = await repo.findParcelByNumber(ctx.db, query.commune, query.sheet, query.parcel);
  if (!row) throw notFound({ vi: `thửa đất số ${query.parcel}, tờ bản đồ số ${query.sheet} của xã, phường có mã ${query.commune}`, en: `Parcel ${query.parcel} of map sheet ${query.sheet} in commune ${query.commune}` });
  return publicParcel(row);
}

export async function parcelsAtPoint(ctx: LandDeps, point: { lng: number; lat: number }) {
  return { parcels: (await repo.findParcelsAtPoint(ctx.db, point.lng, point.lat)).map(publicParcel) };
}

/** Reads `minLng,minLat,maxLng,maxLat`, refusing a box turned inside out. */
export function readBox(text: string): repo.Box {
  const [minLng, minLat, maxLng, maxLat] = text.split(',').map(Number) as [number, number, number, number];
  if (minLng > maxLng || minLat > maxLat || minLng < -180 || maxLng > 180 || minLat < -90 || maxLat > 90) {
    throw new AppError(
      400,
      'invalid_bbox',
      'Khung bản đồ (bbox) phải là kinh độ nhỏ nhất, vĩ độ nhỏ nhất, kinh độ lớn nhất, vĩ độ lớn nhất (WGS 84).',
      'The bbox must be minLng,minLat,maxLng,maxLat (WGS 84), each minimum below its maximum.',
      'bbox',
    );
  }
  return { minLng, minLat, maxLng, maxLat };
}

export async function mapLayer(ctx: LandDeps, query: { bbox: string; layer: repo.MapLayer; limit: number }) {
  const rows = await repo.mapFeatures(ctx.db, query.layer, readBox(query.bbox), query.limit);
  return {
    type: 'FeatureCollection' as const,
    features: rows.slice(0, query.limit).map((row) => ({ type: 'Feature' as const, id: row.id, geometry: row.geometry, properties: row.properties })),
    truncated: rows.length > query.limit,
  };
}

export async function landCommunes(ctx: LandDeps) {
  return (await repo.listLandCommunes(ctx.db)).map((row) => ({ code: row.code, name: row.name, parcels: row.parcels, bbox: [row.min_lng, row.min_lat, row.max_lng, row.max_lat] }));
}

async function communeOf(ctx: LandDeps, code: string): Promise<AgencyRow> {
  const commune = await findAgencyByCode(ctx.db, code);
  if (!commune) throw notFound({ vi: `xã, phường có mã ${code}`, en: `Commune ${code}` });
  if (commune.kind !== 'commune') {
    throw new AppError(400, 'not_a_commune', `${commune.name} không phải một xã, phường: sổ địa chính lập theo xã, phường.`, `${commune.name} is not a commune: land registers are kept by commune.`, 'code');
  }
  return commune;
}

const problemsError = (problems: readonly LandImportProblem[]) =>
  new FieldProblemsError(
    'invalid_land_import',
    `Tệp dữ liệu đất đai có ${problems.length} lỗi; chưa ghi gì vào sổ. ${problems[0]!.vi}`,
    `The land file has ${problems.length} problems; nothing was written. ${problems[0]!.en}`,
    problems.map((problem) => ({ field: problem.feature === null ? problem.property : `features.${problem.feature}.${problem.property}`, vi: problem.vi, en: problem.en })),
  );

/**
 * Imports a commune's GeoJSON file (docs/land-import.md): every feature is checked first, and the
 * file is written whole, in one transaction, or not at all. Parcels are added or replaced by sheet
 * and parcel number, zones by code, so importing a file again changes nothing.
 */
export async function importLandRegister(ctx: LandDeps, actor: OfficerActor, communeCode: string, file: unknown) {
  const commune = await communeOf(ctx, communeCode);
  authorize(actor.officer, 'import-land-register', await lineage(ctx.db, commune.id));
  const collection = readLandCollection(file);
  if (collection.problems.length > 0) throw problemsError(collection.problems);
  const at = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const knownZones = new Set([...(await repo.zoneCodes(tx, commune.id)), ...collection.zones.map((zone) => zone.code)]);
    const unknownZones = collection.parcels
      .filter((parcel) => parcel.planningZone !== null && !knownZones.has(parcel.planningZone))
      .map((parcel) => ({
        feature: parcel.feature,
        property: 'properties.planningZone',
        vi: `Đối tượng số ${parcel.feature} (features[${parcel.feature}]), thuộc tính "properties.planningZone": khu quy hoạch "${parcel.planningZone}" không có trong tệp, cũng chưa có trong sổ của ${commune.name}.`,
        en: `Feature ${parcel.feature} (features[${parcel.feature}]), property "properties.planningZone": planning zone "${parcel.planningZone}" is neither in the file nor on file for ${commune.name}.`,
      }));
    if (unknownZones.length > 0) throw problemsError(unknownZones);
    const planningZones = await repo.upsertZones(tx, commune.id, collection.zones, at);
    const parcels = await repo.upsertParcels(tx, commune.id, collection.parcels, at);
    if (collection.boundary) await repo.upsertBoundary(tx, commune.id, collection.boundary, at);
    const summary = {
      commune: { code: commune.code, name: commune.name },
      parcelsAdded: parcels.added,
      parcelsChanged: parcels.changed,
      parcelsUnchanged: collection.parcels.length - parcels.added - parcels.changed,
      holdersChanged: parcels.holdersChanged,
      planningZones,
      boundary: collection.boundary !== null,
    };
    await appendAudit(tx, actor, { action: 'land.register_imported', entityType: 'agency', entityId: commune.code, details: { ...summary, commune: commune.code, features: collection.parcels.length + collection.zones.length } });
    return summary;
  });
}

/**
 * A parcel as the land office sees it. Anyone else is told it does not exist, as the public lookups
 * never say which parcels have a holder on file.
 */
async function parcelOnFile(ctx: LandDeps, officer: AuthenticatedOfficer, parcelId: string) {
  const row = await repo.findParcelById(ctx.db, parcelId);
  if (!row || !may(officer, 'see-land-holders', await lineage(ctx.db, row.commune_id))) throw notFound(PARCEL);
  return row;
}

async function officerView(ctx: LandDeps, row: repo.PublicParcelRow) {
  const [holder, dossiers] = await Promise.all([repo.findHolder(ctx.db, row.id), repo.linkedDossiers(ctx.db, row.id)]);
  return {
    id: row.id,
    ...publicParcel(row),
    certificateSerial: holder?.certificate_serial ?? null,
    holder: holder?.holder_name ? { name: holder.holder_name, idNumber: holder.holder_id_number, address: holder.holder_address } : null,
    dossiers: dossiers.map((dossier) => ({
      code: dossier.code,
      state: dossier.state,
      purpose: dossier.purpose as LinkPurpose,
      purposeLabel: LINK_PURPOSES[dossier.purpose as LinkPurpose],
      linkedAt: dossier.linked_at.toISOString(),
    })),
  };
}

export async function showParcelOnFile(ctx: LandDeps, officer: AuthenticatedOfficer, parcelId: string) {
  return officerView(ctx, await parcelOnFile(ctx, officer, parcelId));
}

export async function findParcelOnFile(ctx: LandDeps, officer: AuthenticatedOfficer, query: { commune: string; sheet: number; parcel: number }) {
  const found = await repo.findParcelByNumber(ctx.db, query.commune, query.sheet, query.parcel);
  if (!found) throw notFound(PARCEL);
  return showParcelOnFile(ctx, officer, found.id);
}

/** A dossier the land officer may see (else "not found", as for any officer), for linking. */
async function visibleDossier(ctx: LandDeps, officer: AuthenticatedOfficer, code: string) {
  const found = await findDossierAtStep(ctx.db, code);
  if (!found) throw notFound(DOSSIER);
  assertOfficerSees(officer, found);
  return found.dossier;
}

/** Links a parcel to a land dossier (a transfer, a certificate's issue); linking it again changes nothing. */
export async function linkParcelToDossier(ctx: LandDeps, actor: OfficerActor, parcelId: string, body: { dossierCode: string; purpose: LinkPurpose }) {
  const parcel = await parcelOnFile(ctx, actor.officer, parcelId);
  const dossier = await visibleDossier(ctx, actor.officer, body.dossierCode);
  await ctx.db.transaction(async (tx) => {
    const linked = await repo.linkDossier(tx, { parcelId, dossierId: dossier.id, purpose: body.purpose, officerId: actor.officer.id, at: ctx.now() });
    if (linked) {
      await appendAudit(tx, actor, {
        action: 'land.parcel_linked',
        entityType: 'dossier',
        entityId: dossier.code,
        details: { commune: parcel.commune_code, sheet: parcel.sheet_number, parcel: parcel.parcel_number, purpose: body.purpose },
      });
    }
  });
  return officerView(ctx, parcel);
}

export async function unlinkParcelFromDossier(ctx: LandDeps, actor: OfficerActor, parcelId: string, dossierCode: string) {
  const parcel = await parcelOnFile(ctx, actor.officer, parcelId);
  const dossier = await visibleDossier(ctx, actor.officer, dossierCode);
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.unlinkDossier(tx, parcelId, dossier.id))) {
      throw new AppError(404, 'not_linked', 'Thửa đất này không gắn với hồ sơ đó.', 'The parcel is not linked to that dossier.');
    }
    await appendAudit(tx, actor, {
      action: 'land.parcel_unlinked',
      entityType: 'dossier',
      entityId: dossier.code,
      details: { commune: parcel.commune_code, sheet: parcel.sheet_number, parcel: parcel.parcel_number },
    });
  });
  return officerView(ctx, parcel);
}
