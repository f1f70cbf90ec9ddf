/** Kinds of agency in a province's administration; districts remain, abolished, for their old dossiers. */
export const AGENCY_KINDS = ['province', 'centre', 'department', 'district', 'commune'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** Units inside an agency: its one-stop section, and the offices that process dossiers. */
export const UNIT_KINDS = ['one_stop', 'processing'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface AgencyUnit {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  /** What it signs document symbols with after its agency's (`45/UBND-VP`). */
  symbolAbbreviation: string;
}

/** An agency with its units, as the server lists them to the portal and the administration. */
export interface Agency {
  id: string;
  code: string;
  name: string;
  shortName: string;
  kind: AgencyKind;
  parentId: string | null;
  address: string;
  phone: string;
  abolishedOn: string | null;
  successorId: string | null;
  /** What it signs document symbols with (`12/QĐ-UBND`, `05/BC-SNV`). */
  symbolAbbreviation: string;
  units: AgencyUnit[];
}
