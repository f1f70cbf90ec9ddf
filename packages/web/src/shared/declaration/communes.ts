import { type ResponseOf, apiRead } from '@motcua/contract';
import { useApi } from '../use-api.js';

type Agency = ResponseOf<'/api/public/agencies'>[number];

/** The communes, wards and special zones in office, by name: what an address (of a declaration, of an account) chooses from. */
export function useCommuneAgencies(): Array<{ id: string; code: string; name: string }> {
  const agencies = useApi(apiRead('/api/public/agencies'));
  return (agencies.data ?? [])
    .filter((agency: Agency) => agency.kind === 'commune' && !agency.abolishedOn)
    .map((agency: Agency) => ({ id: agency.id, code: agency.code, name: agency.shortName }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The communes, wards and special zones in office, which a declaration's address fields choose from, by name. */
export function useCommunes(): Array<{ code: string; name: string }> {
  return useCommuneAgencies().map(({ code, name }) => ({ code, name }));
}
