import { type FormEvent, useState } from 'react';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { api, dataOf } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { DataTable } from '../shared/ui/DataTable.js';
import { Alert, ErrorMessage, Loading } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { type Loaded, useApi } from '../shared/use-api.js';
import { useFormState } from './form-state.js';
import { FormFeedback, SaveButton } from './FormFeedback.js';
import { resultTemplateTexts as texts } from './texts.js';
import { type ClientErrors, requiredText, useCheckedForm } from './use-submit.js';

type TemplateView = ResponseOf<'/api/v1/procedures/{code}/result-template'>;

const MAX_PARAGRAPHS = 60;
const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/** Lines as the form shows them (one paragraph or recipient per line) and back. */
const toLines = (items: readonly string[] | undefined) => (items ?? []).join('\n');
const fromLines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The placeholders a text names that the server does not fill: a typo would otherwise be refused on save. */
function unknownPlaceholders(texts: string[], known: Record<string, unknown>): string[] {
  return [...new Set(texts.flatMap((text) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!)))].filter((name) => !(name in known));
}

function TemplateForm({ code, view, onSaved }: { code: string; view: TemplateView; onSaved(view: TemplateView): void }) {
  const { t, language } = useI18n();
  const { values, bind } = useFormState({
    title: view.template.title,
    subtitle: view.template.subtitle ?? '',
    paragraphs: toLines(view.template.paragraphs),
    signerTitle: view.template.signerTitle ?? '',
    recipients: toLines(view.template.recipients),
  });
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const template = {
      title: values.title.trim(),
      subtitle: values.subtitle.trim(),
      paragraphs: fromLines(values.paragraphs),
      signerTitle: values.signerTitle.trim(),
      recipients: fromLines(values.recipients),
    };
    const errors: ClientErrors = {};
    if (template.title.length < 2) errors.title = requiredText(texts.documentTitle);
    if (template.paragraphs.length === 0) errors.paragraphs = texts.paragraphsMissing;
    else if (template.paragraphs.length > MAX_PARAGRAPHS) errors.paragraphs = texts.tooManyParagraphs;
    const named = { title: [template.title], subtitle: [template.subtitle], paragraphs: template.paragraphs, signerTitle: [template.signerTitle], recipients: template.recipients };
    for (const [field, lines] of Object.entries(named)) {
      const unknown = unknownPlaceholders(lines, view.placeholders);
      if (unknown.length > 0 && !errors[field]) {
        const names = unknown.map((name) => `{{${name}}}`).join(', ');
        errors[field] = { vi: texts.unknownPlaceholder.vi.replace('{names}', names), en: texts.unknownPlaceholder.en.replace('{names}', names) };
      }
    }
    submit(errors, async () => {
      onSaved(await dataOf(api.PUT('/api/v1/procedures/{code}/result-template', { params: { path: { code } }, body: template })));
      return t(texts.saved);
    });
  };

  return (
    <>
      <form ref={formRef} onSubmit={save} noValidate aria-labelledby="result-template-title">
        <FormFeedback clientErrors={clientErrors} submission={submission} />
        <Field label={t(texts.documentTitle)} hint={t(texts.documentTitleHint)} error={errorAt('title')} required>
          <input {...bind('title')} maxLength={300} />
        </Field>
        <Field label={t(texts.subtitle)} error={errorAt('subtitle')}>
          <input {...bind('subtitle')} maxLength={500} />
        </Field>
        <Field label={t(texts.paragraphs)} hint={t(texts.paragraphsHint)} error={errorAt('paragraphs')} required>
          <textarea {...bind('paragraphs')} rows={8} />
        </Field>
        <Field label={t(texts.signerTitle)} hint={t(texts.signerTitleHint)} error={errorAt('signerTitle')}>
          <input {...bind('signerTitle')} maxLength={200} />
        </Field>
        <Field label={t(texts.recipients)} hint={t(texts.recipientsHint)} error={errorAt('recipients')}>
          <textarea {...bind('recipients')} rows={3} />
        </Field>
        <SaveButton busy={submission.busy} label={t(texts.save)} />
      </form>
      <p>{t(texts.placeholdersIntro)}</p>
      <DataTable
        items={Object.entries(view.placeholders)}
        wrapClassName="admin-table-wrap"
        stackOnPhone
        caption={t(texts.placeholders)}
        showCaption
        columns={[t(texts.placeholder), t(texts.meaning)]}
        row={([name, meaning]) => (
          <tr key={name}>
            <th scope="row" data-label={t(texts.placeholder)}>
              <code>{`{{${name}}}`}</code>
            </th>
            <td data-label={t(texts.meaning)}>{language === 'en' ? meaning.descriptionEn : meaning.description}</td>
          </tr>
        )}
      />
    </>
  );
}

/** Read by the editor's page together with the procedure, rather than after it. */
export const useResultTemplate = (code: string) => useApi(apiRead('/api/v1/procedures/{code}/result-template', { path: { code } }));

/**
 * How the procedure's results are written when the approving leader uploads no file: the
 * document's name, its paragraphs with the dossier's data in {{placeholders}}, the signer's title
 * and the recipients. Saved apart from publishing a version.
 */
export function ResultTemplateSection({ code, loaded }: { code: string; loaded: Loaded<TemplateView> }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<TemplateView>();
  const view = saved ?? loaded.data;
  return (
    <section aria-labelledby="result-template-title">
      <h2 id="result-template-title">{t(texts.title)}</h2>
      <p>{t(texts.intro)}</p>
      {loaded.error && <ErrorMessage error={loaded.error} onRetry={loaded.reload} />}
      {!view && !loaded.error && <Loading />}
      {view?.isDefault && <Alert kind="info">{t(texts.isDefault)}</Alert>}
      {view && <TemplateForm code={code} view={view} onSaved={setSaved} />}
    </section>
  );
}
