import type { DossierSource, PaperDeps } from './sources.js';

export interface Text {
  vi: string;
  en: string;
}

/** One kind of paper a dossier may have. */
export interface DossierPaperKind {
  name: Text;
  /** Why a dossier has none: nothing happened that this paper records. */
  absent: Text;
  applies(source: DossierSource): boolean;
  produce(deps: PaperDeps, source: DossierSource): Promise<Buffer>;
}
