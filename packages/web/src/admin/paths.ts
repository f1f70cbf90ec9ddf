/** Addresses of the administration's pages, in one place so that links and routes agree. */
const BASE = '/quan-tri';

export const adminPaths = {
  home: BASE,
  agencies: `${BASE}/co-quan`,
  newAgency: `${BASE}/co-quan/moi`,
  agency: (id: string) => `${BASE}/co-quan/${encodeURIComponent(id)}`,
  officers: `${BASE}/can-bo`,
  procedures: `${BASE}/thu-tuc`,
  newProcedure: `${BASE}/thu-tuc/moi`,
  procedure: (code: string) => `${BASE}/thu-tuc/${encodeURIComponent(code)}`,
  procedurePreview: (code: string) => `${BASE}/thu-tuc/${encodeURIComponent(code)}/xem-truoc`,
  holidays: `${BASE}/ngay-nghi`,
  centres: `${BASE}/trung-tam`,
  centre: (agencyCode: string) => `${BASE}/trung-tam/${encodeURIComponent(agencyCode)}`,
  priorityGroups: `${BASE}/nhom-uu-tien`,
};
