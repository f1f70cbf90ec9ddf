import type { ReactNode } from 'react';
import { type Text, useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import type { PeriodKind } from './scope.js';
import { statisticsTexts as texts } from './texts.js';

/** A period as picked: its kind, its year and, for a month or a quarter, which one (1–12 or 1–4). */
export interface PickedPeriod {
  kind: PeriodKind;
  year: number;
  part: number;
}

/** The last month and quarter one may pick in a year: all of them, or those begun by `latestDay`. */
function partsIn(year: number, latestDay: string | undefined): { month: number; quarter: number } {
  const months = latestDay && year === Number(latestDay.slice(0, 4)) ? Number(latestDay.slice(5, 7)) : 12;
  return { month: months, quarter: Math.ceil(months / 3) };
}

/**
 * The kind of a period (each of `kinds`, named by `kindTexts`) and which month, quarter or year,
 * for the dashboard's filters and the report downloads alike. The year is a choice among `years`
 * when given, else any year; with `latestDay`, no month or quarter after it is offered. A custom
 * range is the caller's own fields, `custom`, shown instead of the month and the year.
 */
export function PeriodPicker<Kind extends PeriodKind>({
  kinds,
  kindLabel,
  kindTexts,
  value,
  onChange,
  years,
  latestDay,
  custom,
}: {
  kinds: readonly Kind[];
  kindLabel: string;
  kindTexts: Record<Kind, Text>;
  value: PickedPeriod & { kind: Kind };
  onChange: (period: PickedPeriod & { kind: Kind }) => void;
  years?: number[];
  latestDay?: string;
  custom?: ReactNode;
}) {
  const { t } = useI18n();
  const { kind, year, part } = value;
  const latest = partsIn(year, latestDay);

  function changeKind(next: Kind) {
    // A quarter holds the month chosen; a month starts the quarter chosen.
    const nextPart = next === 'quarter' && kind !== 'quarter' ? Math.ceil(part / 3) : next === 'month' && kind === 'quarter' ? part * 3 - 2 : part;
    onChange({ ...value, kind: next, part: nextPart });
  }

  function changeYear(next: number) {
    const allowed = partsIn(next, latestDay);
    onChange({ ...value, year: next, part: Math.min(part, kind === 'quarter' ? allowed.quarter : allowed.month) });
  }

  return (
    <>
      <Field label={kindLabel}>
        <select name="kind" value={kind} onChange={(event) => changeKind(event.target.value as Kind)}>
          {kinds.map((option) => (
            <option key={option} value={option}>
              {t(kindTexts[option])}
            </option>
          ))}
        </select>
      </Field>
      {kind === 'custom' ? (
        custom
      ) : (
        <>
          {kind !== 'year' && (
            <Field label={t(kind === 'month' ? texts.month : texts.quarter)}>
              <select name="part" value={part} onChange={(event) => onChange({ ...value, part: Number(event.target.value) })}>
                {Array.from({ length: kind === 'month' ? latest.month : latest.quarter }, (_, index) => index + 1).map((option) => (
                  <option key={option} value={option}>
                    {kind === 'month' ? `${t(texts.month)} ${option}` : t(texts.quarterName, { quarter: option })}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field label={t(texts.year)}>
            {years ? (
              <select name="year" value={year} onChange={(event) => changeYear(Number(event.target.value))}>
                {years.map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </select>
            ) : (
              <input type="number" name="year" min={2000} max={2100} value={year} onChange={(event) => changeYear(Number(event.target.value))} />
            )}
          </Field>
        </>
      )}
    </>
  );
}
