import { CHANNELS, type Channel } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { type Text, useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { DASHBOARD_PATH, type PeriodKind, type StatisticsQuery, periodKindOf, spanOf, statisticsHref } from './scope.js';
import { statisticsTexts as texts } from './texts.js';

export interface Choice {
  code: string;
  name: string;
}

const KINDS: PeriodKind[] = ['month', 'quarter', 'year', 'custom'];
export const CHANNEL_TEXTS: Record<Channel, Text> = { online: texts.online, in_person: texts.inPerson, post: texts.post };

/**
 * The period (a month, quarter or year, or any range of days) and the scope (an agency the officer
 * may see, a field, a procedure, a channel) of the dashboard; sent, they become its address.
 */
export function StatisticsFilters({ applied, agencies, fields, procedures }: { applied: Required<Pick<StatisticsQuery, 'from' | 'to'>> & StatisticsQuery; agencies: Choice[]; fields: Choice[]; procedures: Choice[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const shown = periodKindOf(applied.from, applied.to);
  const [kind, setKind] = useState<PeriodKind>(shown.kind);
  const [year, setYear] = useState(shown.year);
  const [part, setPart] = useState(shown.kind === 'quarter' ? shown.part : Number(applied.from.slice(5, 7)));
  const [range, setRange] = useState({ from: applied.from, to: applied.to });
  const [scope, setScope] = useState({ agency: applied.agency ?? '', field: applied.field ?? '', procedure: applied.procedure ?? '', channel: applied.channel ?? '' });

  function changeKind(next: PeriodKind) {
    // A quarter holds the month chosen; a month starts the quarter chosen.
    if (next === 'quarter' && kind !== 'quarter') setPart(Math.ceil(part / 3));
    if (next === 'month' && kind === 'quarter') setPart(part * 3 - 2);
    setKind(next);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const period = kind === 'custom' ? range : spanOf(kind, year, part);
    void navigate(statisticsHref(DASHBOARD_PATH, { ...period, ...scope, channel: (scope.channel || undefined) as Channel | undefined }));
  }

  const select = (name: keyof typeof scope, label: string, choices: Choice[]) => (
    <Field label={label}>
      <select name={name} value={scope[name]} onChange={(event) => setScope({ ...scope, [name]: event.target.value })}>
        {name !== 'agency' && <option value="">{t(texts.any)}</option>}
        {choices.map((choice) => (
          <option key={choice.code} value={choice.code}>
            {choice.name}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form className="card stat-filters" aria-label={t(texts.filters)} onSubmit={submit}>
      <div className="filter-grid">
        <Field label={t(texts.periodKind)}>
          <select name="kind" value={kind} onChange={(event) => changeKind(event.target.value as PeriodKind)}>
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {t(texts[option])}
              </option>
            ))}
          </select>
        </Field>
        {kind === 'custom' ? (
          <>
            <Field label={t(texts.from)}>
              <input type="date" name="from" value={range.from} onChange={(event) => setRange({ ...range, from: event.target.value })} />
            </Field>
            <Field label={t(texts.to)}>
              <input type="date" name="to" value={range.to} onChange={(event) => setRange({ ...range, to: event.target.value })} />
            </Field>
          </>
        ) : (
          <>
            {kind !== 'year' && (
              <Field label={t(kind === 'month' ? texts.month : texts.quarter)}>
                <select name="part" value={part} onChange={(event) => setPart(Number(event.target.value))}>
                  {Array.from({ length: kind === 'month' ? 12 : 4 }, (_, index) => index + 1).map((option) => (
                    <option key={option} value={option}>
                      {kind === 'month' ? `${t(texts.month)} ${option}` : t(texts.quarterName, { quarter: option })}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            <Field label={t(texts.year)}>
              <input type="number" name="year" min={2000} max={2100} value={year} onChange={(event) => setYear(Number(event.target.value))} />
            </Field>
          </>
        )}
        {select('agency', t(texts.agency), agencies)}
        {select('field', t(texts.field), fields)}
        {select('procedure', t(texts.procedure), procedures)}
        {select('channel', t(texts.channel), CHANNELS.map((channel) => ({ code: channel, name: t(CHANNEL_TEXTS[channel]) })))}
      </div>
      <button type="submit" className="button">
        {t(texts.show)}
      </button>
    </form>
  );
}
