/** The channel every instance listens on for dossiers written: the operations screens read their figures again. */
export const DOSSIER_CHANGES_CHANNEL = 'motcua_dossier_changes';

/** What a dossier's write tells the operations screens: which agencies' figures it moved, and when. */
export interface DossierChangeNotice {
  /** The receiving and competent agencies, and those of the steps it left and entered. */
  agencyIds: string[];
  at: string;
}

export function isDossierChangeNotice(value: unknown): value is DossierChangeNotice {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as DossierChangeNotice).agencyIds) &&
    (value as DossierChangeNotice).agencyIds.every((id) => typeof id === 'string') &&
    typeof (value as DossierChangeNotice).at === 'string'
  );
}
