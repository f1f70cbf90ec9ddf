import type { DefinitionProblem, ProcedureDefinition } from './definition.js';

/**
 * Who offers a procedure (cơ quan thực hiện). Without an offering a procedure is decided by its
 * one competent agency, wherever it is received. A commune-level procedure is defined once for the
 * province and may be offered by every commune in office, or by the communes an administrator
 * picks: the applicant then chooses the commune, which both receives and decides the dossier.
 */
export const OFFERING_SCOPES = ['all_communes', 'agencies'] as const;
export type OfferingScope = (typeof OFFERING_SCOPES)[number];

export type Offering = { scope: 'all_communes' } | { scope: 'agencies'; agencyCodes: string[] };

/** At most this many communes picked one by one (a province has a few hundred at most). */
export const MAX_OFFERING_AGENCIES = 500;

/** Whether the procedure is offered by several communes, the applicant choosing one. */
export const offeredByCommunes = (def: Pick<ProcedureDefinition, 'offeredBy'>): boolean => def.offeredBy !== undefined;

/** What an offering must satisfy before the version is published (the communes named being in office is checked with the catalogue). */
export function offeringProblems(def: Pick<ProcedureDefinition, 'level' | 'offeredBy'>): DefinitionProblem[] {
  const offering = def.offeredBy;
  if (!offering) return [];
  const problems: DefinitionProblem[] = [];
  if (def.level !== 'commune') {
    problems.push({
      field: 'offeredBy',
      vi: 'Chỉ thủ tục cấp xã mới được giao cho các xã, phường thực hiện; thủ tục cấp tỉnh do cơ quan có thẩm quyền giải quyết.',
      en: 'Only a commune-level procedure can be offered by the communes; a province-level one is decided by its competent agency.',
    });
  }
  if (offering.scope === 'agencies') {
    if (offering.agencyCodes.length === 0) {
      problems.push({ field: 'offeredBy.agencyCodes', vi: 'Hãy chọn ít nhất một xã, phường thực hiện thủ tục.', en: 'Pick at least one commune that offers the procedure.' });
    }
    const seen = new Set<string>();
    for (const code of offering.agencyCodes) {
      if (seen.has(code)) problems.push({ field: 'offeredBy.agencyCodes', vi: `Xã, phường mã ${code} được chọn hai lần.`, en: `Commune ${code} is picked twice.` });
      seen.add(code);
    }
  }
  return problems;
}

/**
 * The codes of the agencies that offer the procedure today, given the communes in office: the
 * competent agency alone, every commune, or the picked communes still in office.
 */
export function offeringAgencyCodes(def: Pick<ProcedureDefinition, 'competentAgencyCode' | 'offeredBy'>, communeCodes: readonly string[]): string[] {
  const offering = def.offeredBy;
  if (!offering) return [def.competentAgencyCode];
  if (offering.scope === 'all_communes') return [...communeCodes];
  const inOffice = new Set(communeCodes);
  return offering.agencyCodes.filter((code) => inOffice.has(code));
}

/** Where a new dossier is received and who decides it, by agency code. */
export interface DossierRouting {
  receivingCode: string;
  competentCode: string;
}

export type RoutingRefusal = 'commune_required' | 'not_offered';

export type RoutingDecision = { ok: true; routing: DossierRouting } | { ok: false; refusal: RoutingRefusal; agencyCode?: string };

/**
 * Routes a new dossier (Decree 118/2025: where a dossier is received and who decides it are two
 * facts). `receivingCode` is where it is handed in: the counter's agency, or for an online
 * submission the agency chosen (none: the competent one). `chosenCode` is the agency the applicant
 * asks to decide it.
 *
 * - A procedure offered by communes is decided by the chosen commune, or by the one it is handed
 *   in at; online, the chosen commune's one-stop section receives it too. A commune not offering
 *   it is refused; online without any commune, the applicant must choose one.
 * - Any other procedure is decided by its competent agency, and may be handed in at any agency of
 *   the province (a centre, the competent agency itself), which routes it there.
 */
export function routeDossier(
  def: Pick<ProcedureDefinition, 'competentAgencyCode' | 'offeredBy'>,
  request: { channel: 'online' | 'counter'; receivingCode?: string | undefined; chosenCode?: string | undefined },
  communeCodes: readonly string[],
): RoutingDecision {
  const offering = offeringAgencyCodes(def, communeCodes);
  if (!offeredByCommunes(def)) {
    if (request.chosenCode !== undefined && request.chosenCode !== def.competentAgencyCode) return { ok: false, refusal: 'not_offered', agencyCode: request.chosenCode };
    return { ok: true, routing: { receivingCode: request.receivingCode ?? def.competentAgencyCode, competentCode: def.competentAgencyCode } };
  }
  const competentCode = request.chosenCode ?? request.receivingCode;
  if (competentCode === undefined) return { ok: false, refusal: 'commune_required' };
  if (!offering.includes(competentCode)) return { ok: false, refusal: 'not_offered', agencyCode: competentCode };
  const receivingCode = request.channel === 'online' ? competentCode : (request.receivingCode ?? competentCode);
  return { ok: true, routing: { receivingCode, competentCode } };
}

/**
 * The commune the applicant's choice starts from: their own commune when it offers the procedure,
 * else the only one offering it; none when they must choose.
 */
export function defaultCommune(offering: readonly string[], homeCommuneCode: string | null | undefined): string | null {
  if (homeCommuneCode && offering.includes(homeCommuneCode)) return homeCommuneCode;
  return offering.length === 1 ? offering[0]! : null;
}
