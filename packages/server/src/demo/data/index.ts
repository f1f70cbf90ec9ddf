export { DEMO_FIELDS } from './fields.js';
export { AGENCY, DEMO_AGENCIES, DEMO_OFFICERS, type DemoAgency, type DemoOfficer, type DemoUnit } from './province.js';
export { DEMO_PROCEDURES } from './procedures.js';
