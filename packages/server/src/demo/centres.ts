import type { Queryable } from '../db/database.js';
import { AGENCY, DEMO_AGENCIES } from './data/index.js';

interface DemoService {
  code: string;
  name: string;
  nameEn: string;
  prefix: string;
  field: string | null;
}

interface DemoCounter {
  number: number;
  name: string;
  priority: boolean;
  /** Codes of the services it serves; every service of the centre when absent. */
  services?: string[];
}

interface DemoCentre {
  services: DemoService[];
  counters: DemoCounter[];
}

/** A commune's or ward's one-stop section: civil status, land, social protection, and a guidance desk. */
const COMMUNE_CENTRE: DemoCentre = {
  services: [
    { code: 'ho-tich', name: 'Hộ tịch, chứng thực', nameEn: 'Civil status and certification', prefix: 'A', field: 'ho-tich' },
    { code: 'dat-dai', name: 'Đất đai, xây dựng', nameEn: 'Land and construction', prefix: 'B', field: 'dat-dai' },
    { code: 'xa-hoi', name: 'Bảo trợ xã hội', nameEn: 'Social protection', prefix: 'C', field: 'bao-tro-xa-hoi' },
    { code: 'huong-dan', name: 'Hướng dẫn, tra cứu hồ sơ', nameEn: 'Guidance and dossier enquiries', prefix: 'D', field: null },
  ],
  counters: [
    { number: 1, name: 'Quầy 1 — Hộ tịch, chứng thực', priority: false, services: ['ho-tich', 'huong-dan'] },
    { number: 2, name: 'Quầy 2 — Đất đai, xã hội', priority: false, services: ['dat-dai', 'xa-hoi', 'huong-dan'] },
    { number: 3, name: 'Quầy 3 — Ưu tiên', priority: true },
  ],
};

/** The provincial centre: a desk per department's fields, and a priority counter for all of them. */
const PROVINCIAL_CENTRE: DemoCentre = {
  services: [
    { code: 'tu-phap', name: 'Tư pháp (lý lịch tư pháp, công chứng, luật sư)', nameEn: 'Justice (judicial records, notaries, lawyers)', prefix: 'A', field: 'ly-lich-tu-phap' },
    { code: 'dat-dai-moi-truong', name: 'Đất đai, môi trường', nameEn: 'Land and environment', prefix: 'B', field: 'dat-dai' },
    { code: 'xay-dung', name: 'Xây dựng', nameEn: 'Construction', prefix: 'C', field: 'xay-dung' },
    { code: 'doanh-nghiep', name: 'Doanh nghiệp, đầu tư', nameEn: 'Enterprises and investment', prefix: 'D', field: 'doanh-nghiep' },
    { code: 'lao-dong', name: 'Lao động, việc làm', nameEn: 'Labour and employment', prefix: 'E', field: 'viec-lam' },
    { code: 'y-te-giao-duc', name: 'Y tế, giáo dục', nameEn: 'Health and education', prefix: 'G', field: 'kham-chua-benh' },
    { code: 'giao-thong', name: 'Giao thông (giấy phép lái xe)', nameEn: 'Transport (driving licences)', prefix: 'H', field: 'duong-bo' },
  ],
  counters: [
    { number: 1, name: 'Quầy 1 — Sở Tư pháp', priority: false, services: ['tu-phap'] },
    { number: 2, name: 'Quầy 2 — Sở Nông nghiệp và Môi trường', priority: false, services: ['dat-dai-moi-truong'] },
    { number: 3, name: 'Quầy 3 — Sở Xây dựng', priority: false, services: ['xay-dung'] },
    { number: 4, name: 'Quầy 4 — Sở Tài chính', priority: false, services: ['doanh-nghiep'] },
    { number: 5, name: 'Quầy 5 — Sở Nội vụ, Sở Y tế, Sở Giáo dục và Đào tạo', priority: false, services: ['lao-dong', 'y-te-giao-duc'] },
    { number: 6, name: 'Quầy 6 — Công an tỉnh', priority: false, services: ['giao-thong'] },
    { number: 7, name: 'Quầy 7 — Ưu tiên', priority: true },
  ],
};

/** The centres of the demo: the provincial centre and the one-stop section of every commune and ward. */
export const DEMO_CENTRES: ReadonlyArray<{ agencyCode: string; centre: DemoCentre }> = [
  { agencyCode: AGENCY.centre, centre: PROVINCIAL_CENTRE },
  ...DEMO_AGENCIES.filter((agency) => agency.kind === 'commune' && !agency.abolishedOn).map((agency) => ({ agencyCode: agency.code, centre: COMMUNE_CENTRE })),
];

/**
 * Gives the demo's centres their services and counters, with the default settings (office hours,
 * three calls before a no-show). Their receiving officers serve at the counters.
 */
export async function insertDemoCentres(tx: Queryable, agencyIds: ReadonlyMap<string, string>): Promise<void> {
  for (const { agencyCode, centre } of DEMO_CENTRES) {
    const agencyId = agencyIds.get(agencyCode)!;
    await tx.query('INSERT INTO centre_settings (agency_id) VALUES ($1)', [agencyId]);
    const serviceIds = new Map<string, string>();
    for (const [position, service] of centre.services.entries()) {
      const { rows } = await tx.query<{ id: string }>(
        'INSERT INTO queue_services (agency_id, code, name, name_en, prefix, field_code, position) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
        [agencyId, service.code, service.name, service.nameEn, service.prefix, service.field, position],
      );
      serviceIds.set(service.code, rows[0]!.id);
    }
    for (const counter of centre.counters) {
      const { rows } = await tx.query<{ id: string }>('INSERT INTO counters (agency_id, number, name, priority) VALUES ($1, $2, $3, $4) RETURNING id', [
        agencyId,
        counter.number,
        counter.name,
        counter.priority,
      ]);
      const served = (counter.services ?? centre.services.map((service) => service.code)).map((code) => serviceIds.get(code)!);
      await tx.query('INSERT INTO counter_services (counter_id, service_id) SELECT $1, unnest($2::uuid[])', [rows[0]!.id, served]);
    }
  }
}
