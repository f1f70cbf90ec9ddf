import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PUBLISHED_PAGE_SIZE, readPublishedSearch } from '@motcua/contract';
import type { ApiError } from '../../shared/api.js';
import { formatDate } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { Field } from '../../shared/ui/Field.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { Pagination } from '../../shared/ui/Pagination.js';
import { useTitle } from '../../shared/use-title.js';
import { PageHead } from './frame.js';
import { enquiryTexts as texts } from './texts.js';

/** What the portal shows of a published question or feedback: never who sent it. */
export interface PublishedEnquiry {
  code: string;
  title: string;
  body: string;
  answer: string;
  procedure: { code: string; name: string } | null;
  agency: { code: string; name: string };
  publishedAt: string;
}

const EXCERPT_LENGTH = 280;
/** The beginning of an answer, as a list shows it; the item's page has the rest. */
const excerpt = (text: string) => (text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text);

/** The search of a published list, in the page's address so that it can be shared: its words and page. */
export function usePublishedSearch() {
  const [params, setParams] = useSearchParams();
  const { q, page } = readPublishedSearch(params);
  const go = (next: { q: string; page: number }) => {
    const search = new URLSearchParams();
    if (next.q) search.set('q', next.q);
    if (next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  return { q, page, go };
}

/**
 * The published answers, searched on the server with or without diacritics: a search form, how
 * many were found, each by its title (a link to it), who answered and when, and the answer's beginning.
 */
export function PublishedList({
  caption,
  search,
  list,
  pathOf,
}: {
  caption: string;
  search: ReturnType<typeof usePublishedSearch>;
  list: { data: { items: readonly PublishedEnquiry[]; total: number } | undefined; error: ApiError | undefined; loading: boolean; reload(): void };
  pathOf(code: string): string;
}) {
  const { t, language } = useI18n();
  const [text, setText] = useState(search.q);
  useEffect(() => setText(search.q), [search.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    search.go({ q: text.trim(), page: 1 });
  };
  return (
    <section aria-labelledby="published-list">
      <h2 id="published-list">{caption}</h2>
      <form className="inline-form" role="search" onSubmit={submit}>
        <Field label={t(texts.searchLabel)} hint={t(texts.searchHint)}>
          <input type="search" name="q" maxLength={200} value={text} onChange={(event) => setText(event.target.value)} />
        </Field>
        <button type="submit" className="button">
          {t(texts.search)}
        </button>
      </form>
      {list.error && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.loading && !list.data && <Loading />}
      {list.data && (
        <div aria-live="polite">
          {list.data.total === 0 ? (
            <p>{t(search.q ? texts.nothingFound : texts.nonePublished)}</p>
          ) : (
            <>
              {search.q && <p className="muted">{t(texts.found, { count: list.data.total })}</p>}
              <ul className="plain-list">
                {list.data.items.map((item) => (
                  <li key={item.code} className="card">
                    <h3>
                      <Link to={pathOf(item.code)}>{item.title}</Link>
                    </h3>
                    <p className="muted small">
                      {item.code} · {t(texts.answeredBy, { agency: item.agency.name, date: formatDate(item.publishedAt, language) })}
                    </p>
                    <p>{excerpt(item.answer)}</p>
                  </li>
                ))}
              </ul>
              <Pagination page={search.page} pageSize={PUBLISHED_PAGE_SIZE} total={list.data.total} onPage={(page) => search.go({ q: search.q, page })} />
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** A list page of the portal: what it is, the ways to send one and to follow one sent, and the published answers. */
export function PublishedIndex({ title, lead, send, follow, ...published }: { title: string; lead: string; send: { to: string; label: string }; follow: { to: string; label: string } } & Parameters<typeof PublishedList>[0]) {
  useTitle(title);
  return (
    <div className="page narrow">
      <h1>{title}</h1>
      <p>{lead}</p>
      <p className="row">
        <Link className="button" to={send.to}>
          {send.label}
        </Link>
        <Link className="button button-secondary" to={follow.to}>
          {follow.label}
        </Link>
      </p>
      <PublishedList {...published} />
    </div>
  );
}

/**
 * One published question or feedback: what was asked, the answer, and who answered; `facts` adds
 * what its kind tells. A number nobody published (404, or a malformed one: 400) is said plainly.
 */
export function PublishedPage<Item extends PublishedEnquiry>({
  code,
  listTitle,
  read,
  back,
  questionHeading,
  answerHeading,
  facts,
}: {
  code: string;
  listTitle: string;
  read: { data: Item | undefined; error: ApiError | undefined; reload(): void };
  back: { to: string; label: string };
  questionHeading: string;
  answerHeading: string;
  facts(item: Item): ReactNode;
}) {
  const { t, language } = useI18n();
  const item = read.data;
  useTitle(item?.title ?? listTitle);
  if (!item) {
    const unknown = read.error !== undefined && (read.error.status === 404 || read.error.status === 400);
    return (
      <div className="page narrow">
        <h1>{listTitle}</h1>
        {unknown ? <p>{t(texts.notFound, { code })}</p> : read.error ? <ErrorMessage error={read.error} onRetry={read.reload} /> : <Loading />}
      </div>
    );
  }
  return (
    <div className="page narrow">
      <PageHead back={back} title={item.title} />
      <dl className="facts">
        {facts(item)}
        {item.procedure && (
          <>
            <dt>{t(texts.procedure)}</dt>
            <dd>
              <Link to={`/thu-tuc/${item.procedure.code}`}>{item.procedure.name}</Link>
            </dd>
          </>
        )}
        <dt>{t(texts.agency)}</dt>
        <dd>{item.agency.name}</dd>
        <dt>{t(texts.publishedAt)}</dt>
        <dd>{formatDate(item.publishedAt, language)}</dd>
      </dl>
      <section aria-labelledby="enquiry-body">
        <h2 id="enquiry-body">{questionHeading}</h2>
        <p className="citizen-preserve-lines">{item.body}</p>
      </section>
      <section aria-labelledby="enquiry-answer">
        <h2 id="enquiry-answer">{answerHeading}</h2>
        <p className="citizen-preserve-lines">{item.answer}</p>
      </section>
    </div>
  );
}
