import type { ImplementingLevel, OnlineMode } from '@motcua/core';
import type { PublicAgency as Agency, PublicField } from '@motcua/contract';
import { type Translate, type Text, useI18n } from '../shared/i18n.js';
import { formatNumber } from '../shared/format.js';
import { catalogueTexts as texts } from './texts.js';

export const fieldName = (field: PublicField, language: 'vi' | 'en') => (language === 'en' ? field.nameEn : field.name);

export const ONLINE_MODE_LABELS: Record<OnlineMode, Text> = { full: texts.onlineFull, partial: texts.onlinePartial, none: texts.onlineNone };
export const LEVEL_LABELS: Record<ImplementingLevel, Text> = { province: texts.levelProvince, commune: texts.levelCommune };

export const isOnline = (mode: string) => mode === 'full' || mode === 'partial';

/** Labelled lookup that tolerates a value the server added after this page was built. */
export function labelOf(labels: Record<string, Text>, value: string, t: Translate): string {
  const label = labels[value];
  return label ? t(label) : value;
}

export function OnlineModeBadge({ mode }: { mode: string }) {
  const { t } = useI18n();
  const tone = mode === 'full' ? 'success' : mode === 'partial' ? 'info' : 'neutral';
  return <span className={`badge badge-${tone}`}>{labelOf(ONLINE_MODE_LABELS, mode, t)}</span>;
}

/** Statutory time limit in working days; 0 means the same working day (e.g. chứng thực). */
export function useProcessingDays(): (days: number) => string {
  const { language, t } = useI18n();
  return (days) => (days === 0 ? t(texts.sameDay) : t(texts.workingDays, { days: formatNumber(days, language) }));
}

/**
 * Agencies still in existence, split as citizens look for them: the province's departments and
 * agencies, and the communes and wards. Districts abolished in 2025 are left out.
 */
export function groupAgencies(agencies: Agency[]): Array<{ label: Text; agencies: Agency[] }> {
  const now = Date.now();
  const current = agencies.filter((agency) => agency.abolishedOn === null || Date.parse(agency.abolishedOn) > now).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return [
    { label: texts.provincialAgencies, agencies: current.filter((agency) => agency.kind !== 'commune') },
    { label: texts.communeAgencies, agencies: current.filter((agency) => agency.kind === 'commune') },
  ].filter((group) => group.agencies.length > 0);
}

/** The options of an agency select, grouped as groupAgencies does, after an empty option labelled `any`. */
export function AgencyOptions({ agencies, any }: { agencies: Agency[]; any: string }) {
  const { t } = useI18n();
  return (
    <>
      <option value="">{any}</option>
      {groupAgencies(agencies).map((group) => (
        <optgroup key={group.label.vi} label={t(group.label)}>
          {group.agencies.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}
