import { COMPONENT_FORM_LABELS } from '@motcua/core';
import type { FileFacts } from '@motcua/contract';
import { useI18n } from '../../shared/i18n.js';
import { TemplateLink } from '../../shared/ui/TemplateLink.js';
import { ComponentFiles } from '../ComponentFiles.js';
import type { FieldErrors } from '../../shared/ui/ErrorSummary.js';
import type { ProcedureComponent } from '../model.js';
import { commonTexts, submissionTexts as texts } from '../texts.js';
import { componentControl } from './wizard-state.js';

/** What the procedure asks for one component: form, number of sets, note and the form to fill in, to download where there is a file. */
export function ComponentHint({ procedureCode, component }: { procedureCode: string; component: ProcedureComponent }) {
  const { t } = useI18n();
  return (
    <>
      {t(commonTexts.componentHint, { form: t(COMPONENT_FORM_LABELS[component.form]), copies: component.copies })}
      {component.note && <> {component.note}</>}
      {component.templateFile ? (
        <>
          {' '}
          <TemplateLink procedureCode={procedureCode} componentCode={component.code} file={component.templateFile} />
        </>
      ) : (
        component.template && <> {t(commonTexts.template, { name: component.template })}</>
      )}
    </>
  );
}

/** Step 2: one upload per component the procedure lists. */
export function ComponentsStep({ procedureCode, components, files, errors, onFiles, onBusy }: {
  procedureCode: string;
  components: ProcedureComponent[];
  files: Record<string, FileFacts[]>;
  errors: FieldErrors;
  onFiles(code: string, files: FileFacts[]): void;
  onBusy(busy: boolean): void;
}) {
  const { t } = useI18n();
  if (components.length === 0) return <p>{t(texts.noComponents)}</p>;
  return (
    <>
      <p>{t(texts.componentsIntro)}</p>
      {components.map((component) => (
        <ComponentFiles
          key={component.code}
          name={componentControl(component.code)}
          label={component.name}
          hint={<ComponentHint procedureCode={procedureCode} component={component} />}
          required={component.required}
          files={files[component.code] ?? []}
          error={errors[componentControl(component.code)]}
          onChange={(next) => onFiles(component.code, next)}
          onBusy={onBusy}
        />
      ))}
    </>
  );
}
