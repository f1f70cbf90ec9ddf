import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import type { Loaded } from '../../shared/use-api.js';
import { DocumentAgencyPicker, useDocumentAgency } from './agency.js';
import { documentTexts as texts } from './texts.js';

/**
 * The top of a register's page: its title, the agency worked on, the way to add to it for those
 * who may (`add`), and the register of `year` printed (PDF) and exported (.xlsx).
 */
export function RegisterTop({ title, direction, year, adds }: { title: string; direction: 'incoming' | 'outgoing'; year: number; adds: ReadonlyArray<{ to: string; label: string }> }) {
  const { t } = useI18n();
  const agency = useDocumentAgency();
  const fileQuery = `?${new URLSearchParams({ ...agency.query, year: String(year) }).toString()}`;
  return (
    <>
      <h1>{title}</h1>
      <DocumentAgencyPicker />
      <div className="row">
        {adds.map((add) => (
          <Link key={add.to} className="button" to={add.to}>
            {add.label}
          </Link>
        ))}
        <a className="button button-secondary" href={`/api/v1/documents/${direction}/register.pdf${fileQuery}`} target="_blank" rel="noreferrer">
          {t(texts.printRegister)}
        </a>
        <a className="button button-secondary" href={`/api/v1/documents/${direction}/register.xlsx${fileQuery}`} download>
          {t(texts.exportRegister)}
        </a>
      </div>
    </>
  );
}

/** A page of a register's lines as `table` shows them, with the link to the next page (`more`, given its offset) while there is one. */
export function RegisterLines<Page extends { nextOffset: number | null }>({ list, table, more }: { list: Loaded<Page>; table(page: Page): ReactNode; more(nextOffset: number): string }) {
  const { t } = useI18n();
  if (list.error) return <ErrorMessage error={list.error} onRetry={list.reload} />;
  if (!list.data) return list.loading ? <Loading /> : null;
  return (
    <>
      {table(list.data)}
      {list.data.nextOffset !== null && (
        <p>
          <Link to={more(list.data.nextOffset)}>{t(texts.more)}</Link>
        </p>
      )}
    </>
  );
}
