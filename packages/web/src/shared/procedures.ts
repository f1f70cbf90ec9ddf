import type { ProcedureComponent, ProcedureDefinition } from '@motcua/core';

/** A component's blank form (mẫu đơn, tờ khai) as uploaded by an administrator. */
export interface TemplateFile {
  name: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

export interface PublishedComponent extends ProcedureComponent {
  templateFile: TemplateFile | null;
}

/** `GET /api/public/procedures/{code}`: the version in force and the names the pages show. */
export interface PublishedProcedure extends Omit<ProcedureDefinition, 'components'> {
  components: PublishedComponent[];
  version: number;
  effectiveFrom: string;
  fieldName: string;
  competentAgencyName: string;
}

/** Where anyone downloads a component's form (the version in force). */
export const templateUrl = (procedureCode: string, componentCode: string) =>
  `/api/public/procedures/${encodeURIComponent(procedureCode)}/components/${encodeURIComponent(componentCode)}/template`;
