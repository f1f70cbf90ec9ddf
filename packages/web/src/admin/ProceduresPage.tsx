import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiRead } from '@motcua/contract';
import { formatNumber } from '../shared/format.js';
import { useI18n } from '../shared/i18n.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { Pagination } from '../shared/ui/Pagination.js';
import { useApi } from '../shared/use-api.js';
import { useTitle } from '../shared/use-title.js';
import { adminPaths } from './paths.js';
import { commonTexts, levelLabels, onlineModeLabels, procedureTexts as texts } from './texts.js';

const PAGE_SIZE = 20;

export function ProceduresPage() {
  const { t, language } = useI18n();
  useTitle(t(texts.title));
  // The query and page live in the address, so that returning from the editor restores the list.
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const [typed, setTyped] = useState(q);
  const { data, error, loading, reload } = useApi(apiRead('/api/public/procedures', { query: { q, page, pageSize: PAGE_SIZE } }));

  const search = (event: FormEvent) => {
    event.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  };

  return (
    <div className="page">
      <h1>{t(texts.title)}</h1>
      <p>
        <Link className="button" to={adminPaths.newProcedure}>
          + {t(texts.create)}
        </Link>
      </p>
      <form className="admin-search-form" role="search" onSubmit={search}>
        <Field label={t(texts.searchLabel)} hint={t(texts.searchHint)}>
          <input type="search" value={typed} onChange={(event) => setTyped(event.target.value)} maxLength={200} />
        </Field>
        <button type="submit" className="button">
          {t(commonTexts.search)}
        </button>
      </form>
      {loading && <Loading />}
      {error && <ErrorMessage error={error} onRetry={reload} />}
      {data && (
        <>
          <p aria-live="polite">{data.total === 0 ? t(texts.none) : t(texts.found, { count: formatNumber(data.total, language) })}</p>
          <DataTable
            items={data.items}
            wrapClassName="admin-table-wrap"
            columns={[t(texts.code), t(texts.name), t(texts.field), t(texts.competentAgency), t(texts.days), t(texts.onlineMode), t(texts.version)]}
            row={(item) => (
              <tr key={item.code}>
                <td>
                  <code>{item.code}</code>
                </td>
                <th scope="row">
                  <Link to={adminPaths.procedure(item.code)}>{item.name}</Link>
                  <span className="muted admin-cell-note">{t(levelLabels[item.level])}</span>
                </th>
                <td>{item.fieldName}</td>
                <td>{item.competentAgencyName}</td>
                <td>{formatNumber(item.processingDays, language)}</td>
                <td>{t(onlineModeLabels[item.onlineMode])}</td>
                <td>{item.version}</td>
              </tr>
            )}
          />
          <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} onPage={(next) => setParams({ ...(q ? { q } : {}), trang: String(next) })} />
        </>
      )}
    </div>
  );
}
