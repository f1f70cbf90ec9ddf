import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { statisticsTexts as texts } from './texts.js';

/** One measure of a chart: its name, and the pattern its bars are filled with (never colour alone). */
export interface Series {
  key: string;
  label: string;
}

export interface Bar {
  value: number | null;
  /** The value as written beside the bar and in the table. */
  text: string;
  /** Where the dossiers behind the value are listed. */
  href?: string | undefined;
}

export interface BarGroup {
  key: string;
  label: ReactNode;
  bars: Bar[];
}

/** A bar's value written out, linked to its dossiers where it has them. */
function Value({ bar }: { bar: Bar }) {
  return bar.href ? <Link to={bar.href}>{bar.text}</Link> : <>{bar.text}</>;
}

/**
 * Horizontal bars drawn in CSS, each group's bars under its label, every value written beside its
 * bar and each measure filled with its own pattern (solid, stripes, dots) named in the legend; the
 * same numbers as a table under "Xem dạng bảng". Bars are scaled to the largest value shown.
 */
export function BarChart({ caption, series, groups, groupHeader }: { caption: string; series: Series[]; groups: BarGroup[]; groupHeader: string }) {
  const { t } = useI18n();
  if (groups.length === 0) return <p className="muted">{t(texts.nothing)}</p>;
  const largest = Math.max(0, ...groups.flatMap((group) => group.bars.map((bar) => bar.value ?? 0)));
  return (
    <figure className="stat-chart">
      <figcaption className="visually-hidden">{caption}</figcaption>
      {series.length > 1 && (
        <ul className="stat-legend" aria-label={t(texts.legend)}>
          {series.map((measure, index) => (
            <li key={measure.key}>
              <span className={`stat-swatch stat-pattern-${index}`} aria-hidden="true" />
              {measure.label}
            </li>
          ))}
        </ul>
      )}
      <ul className="stat-bars">
        {groups.map((group) => (
          <li key={group.key}>
            <span className="stat-bar-label">{group.label}</span>
            {group.bars.map((bar, index) => (
              <span key={series[index]!.key} className="stat-bar-row">
                <span className="stat-bar" aria-hidden="true">
                  <span className={`stat-bar-fill stat-pattern-${index}`} style={{ width: `${largest === 0 ? 0 : (100 * (bar.value ?? 0)) / largest}%` }} />
                </span>
                <span className="stat-bar-value">
                  {series.length > 1 && <span className="visually-hidden">{series[index]!.label}: </span>}
                  <Value bar={bar} />
                </span>
              </span>
            ))}
          </li>
        ))}
      </ul>
      <details className="stat-table">
        <summary>{t(texts.viewTable)}</summary>
        <DataTable
          items={groups}
          caption={caption}
          compact
          columns={[groupHeader, ...series.map((measure) => measure.label)]}
          row={(group) => (
            <tr key={group.key}>
              <th scope="row">{group.label}</th>
              {group.bars.map((bar, index) => (
                <td key={series[index]!.key} className="number">
                  <Value bar={bar} />
                </td>
              ))}
            </tr>
          )}
        />
      </details>
    </figure>
  );
}
