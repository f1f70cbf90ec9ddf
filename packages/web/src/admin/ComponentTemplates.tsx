import { type ChangeEvent, useState } from 'react';
import { api } from '../shared/api.js';
import { readAsBase64 } from '../shared/files.js';
import { formatDateTime } from '../shared/format.js';
import { type Text, useI18n } from '../shared/i18n.js';
import type { PublishedComponent, PublishedProcedure } from '@motcua/contract';
import { ActionStatus, ErrorMessage } from '../shared/ui/feedback.js';
import { Field } from '../shared/ui/Field.js';
import { TemplateLink } from '../shared/ui/TemplateLink.js';
import { ConfirmButton } from './ConfirmButton.js';
import { procedureTexts as texts } from './texts.js';
import { useSubmission } from './use-submit.js';

const ACCEPTED = '.pdf,.doc,.docx,.xlsx,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 10 * 1024 * 1024;

/** Why the browser refuses a form before sending it; the server checks the content again. */
function templateProblem(file: File): Text | undefined {
  if (!/\.(pdf|docx?|xlsx)$/i.test(file.name)) return texts.templateWrongType;
  if (file.size === 0 || file.size > MAX_BYTES) return texts.templateTooLarge;
  return undefined;
}

function ComponentTemplate({ procedure, component, onChanged }: { procedure: PublishedProcedure; component: PublishedComponent; onChanged(): void }) {
  const { t, language } = useI18n();
  const submission = useSubmission();
  const [problem, setProblem] = useState<string>();
  const template = { params: { path: { code: procedure.code, version: procedure.version, componentCode: component.code } } };
  const current = component.templateFile;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const refused = templateProblem(file);
    setProblem(refused && t(refused, { name: file.name }));
    if (refused) return submission.clear();
    void submission.run(async () => {
      await api.PUT('/api/v1/procedures/{code}/versions/{version}/components/{componentCode}/template', { ...template, body: { name: file.name, contentBase64: await readAsBase64(file) } });
      onChanged();
      return t(texts.templateUploaded, { name: file.name });
    });
  }

  const remove = () =>
    void submission.run(async () => {
      await api.DELETE('/api/v1/procedures/{code}/versions/{version}/components/{componentCode}/template', template);
      onChanged();
      return t(texts.templateRemoved, { component: component.name });
    });

  return (
    <li className="card admin-template">
      <h3>
        {component.name} <span className="muted">({component.code})</span>
      </h3>
      {current ? (
        <p>
          <TemplateLink procedureCode={procedure.code} componentCode={component.code} file={current} />{' '}
          <span className="muted">— {t(texts.templateUploadedAt, { date: formatDateTime(current.uploadedAt, language) })}</span>
        </p>
      ) : (
        <p className="muted">{t(texts.templateNone)}</p>
      )}
      <ActionStatus message={submission.success} />
      {submission.error && <ErrorMessage error={submission.error} />}
      <Field label={t(current ? texts.templateReplace : texts.templateUpload)} hint={t(texts.templateFileHint)} error={problem}>
        <input type="file" accept={ACCEPTED} onChange={choose} disabled={submission.busy} aria-busy={submission.busy || undefined} />
      </Field>
      {current && (
        <ConfirmButton
          label={t(texts.templateRemove)}
          question={t(texts.templateRemoveConfirm, { name: current.name, component: component.name })}
          busy={submission.busy}
          onConfirm={remove}
        />
      )}
    </li>
  );
}

/**
 * The blank forms (mẫu đơn, tờ khai) of the version in force, one per component. Uploading one
 * applies at once, apart from publishing: the rules a dossier follows do not change with it.
 */
export function ComponentTemplates({ procedure, onChanged }: { procedure: PublishedProcedure; onChanged(): void }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t(texts.templatesTitle)}</h2>
      <p>{t(texts.templatesIntro, { version: procedure.version })}</p>
      {procedure.components.length === 0 ? (
        <p>{t(texts.templatesNoComponents)}</p>
      ) : (
        <ul className="plain-list admin-templates">
          {procedure.components.map((component) => (
            <ComponentTemplate key={component.code} procedure={procedure} component={component} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}
