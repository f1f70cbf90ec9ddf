import { CHANNELS, type Channel } from '@motcua/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { type Text, useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { PeriodPicker, type PickedPeriod } from './PeriodPicker.js';
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
  const [period, setPeriod] = useState<PickedPeriod>({ kind: shown.kind, year: shown.year, part: shown.kind === 'quarter' ? shown.part : Number(applied.from.slice(5, 7)) });
  const [range, setRange] = useState({ from: applied.from, to: applied.to });
  const [scope, setScope] = useState({ agency: applied.agency ?? '', field: applied.field ?? '', procedure: applied.procedure ?? '', channel: applied.channel ?? '' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const days = period.kind === 'custom' ? range : spanOf(period.kind, period.year, period.part);
    void navigate(statisticsHref(DASHBOARD_PATH, { ...days, ...scope, channel: (scope.channel || undefined) as Channel | undefined }));
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
        <PeriodPicker
          kinds={KINDS}
          kindLabel={t(texts.periodKind)}
          kindTexts={texts}
          value={period}
          onChange={setPeriod}
          custom={
            <>
              <Field label={t(texts.from)}>
                <input type="date" name="from" value={range.from} onChange={(event) => setRange({ ...range, from: event.target.value })} />
              </Field>
              <Field label={t(texts.to)}>
                <input type="date" name="to" value={range.to} onChange={(event) => setRange({ ...range, to: event.target.value })} />
              </Field>
            </>
          }
        />
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
