import { type ReactNode, createContext, useContext, useMemo, useState } from 'react';
import { AGENCIES } from '@motcua/contract';
import { useI18n } from '../../shared/i18n.js';
import { useOfficerSession } from '../../shared/officer-session.js';
import { AgencyChoice } from '../../shared/ui/AgencyChoice.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { documentTexts as texts } from './texts.js';

interface DocumentAgency {
  /** The agencies whose registers and work records the officer works on, when more than one; none otherwise. */
  agencies: ReadonlyArray<{ id: string; code: string; name: string }>;
  /** The one chosen, the first until the officer chooses; undefined for an officer of one agency (the server knows it) or while the names load. */
  chosen: { id: string; code: string; name: string } | undefined;
  /** Whether the lists can be read: an officer of several agencies must name one (the server answers 400 otherwise). */
  ready: boolean;
  choose(agencyId: string): void;
}

// Kept for the browser tab, so that moving between the registers and the work records, or reloading, keeps the agency.
const STORAGE_KEY = 'motcua.office.documentAgency';

const DocumentAgencyContext = createContext<DocumentAgency | null>(null);

/** Which agency's documents and work records an officer who works at several is working on. */
export function DocumentAgencyProvider({ children }: { children: ReactNode }) {
  const { officer } = useOfficerSession();
  const several = (officer?.documentAgencyIds.length ?? 0) > 1;
  const all = useApi(several ? AGENCIES : null);
  const [chosenId, setChosenId] = useState(() => sessionStorage.getItem(STORAGE_KEY) ?? '');
  const value = useMemo<DocumentAgency>(() => {
    const ids = officer?.documentAgencyIds ?? [];
    const agencies = several ? (all.data ?? []).filter((agency) => ids.includes(agency.id)) : [];
    const chosen = agencies.find((agency) => agency.id === chosenId) ?? agencies[0];
    return {
      agencies,
      chosen,
      ready: !several || chosen !== undefined,
      choose(agencyId) {
        sessionStorage.setItem(STORAGE_KEY, agencyId);
        setChosenId(agencyId);
      },
    };
  }, [officer, several, all.data, chosenId]);
  return <DocumentAgencyContext.Provider value={value}>{children}</DocumentAgencyContext.Provider>;
}

export function useDocumentAgency(): DocumentAgency & { query: { agency?: string } } {
  const agency = useContext(DocumentAgencyContext);
  if (!agency) throw new Error('useDocumentAgency outside DocumentAgencyProvider');
  return { ...agency, query: agency.chosen ? { agency: agency.chosen.code } : {} };
}

/** The choice of the agency worked on, on the pages of an agency's register or records; nothing for an officer of one agency. */
export function DocumentAgencyPicker() {
  const { t } = useI18n();
  const { agencies, chosen, choose } = useDocumentAgency();
  if (agencies.length < 2 || !chosen) return null;
  return (
    <div className="queue-filters">
      <Field label={t(texts.workingAgency)} hint={t(texts.workingAgencyHint)}>
        <AgencyChoice name="agency" agencies={agencies} value={chosen.id} empty={null} onChange={choose} />
      </Field>
    </div>
  );
}
