/** What the agencies module offers the other modules; everything else in it is its own. */
export { AGENCY, assertAdministers, assertAdministersEvery, communeNames, communesInOffice, findAgency, findAgencyByCode, findOneStopUnit, findUnit, lineage, rootAgencyIds, symbolAbbreviations } from './service.js';
export type { AgencyChoice, AgencyRow } from './service.js';
