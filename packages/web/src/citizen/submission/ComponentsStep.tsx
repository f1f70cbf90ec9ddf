import type { ProcedureComponent } from '@motcua/core';
import { useI18n } from '../../shared/i18n.js';
import { ComponentFiles } from '../ComponentFiles.js';
import type { FieldErrors } from '../ErrorSummary.js';
import type { UploadedFile } from '../model.js';
import { COMPONENT_FORM_LABELS, commonTexts, submissionTexts as texts } from '../texts.js';
import { componentControl } from './wizard-state.js';

/** What the procedure asks for one component: form, number of sets, note and form to fill in. */
export function ComponentHint({ component }: { component: Pick<ProcedureComponent, 'form' | 'copies' | 'note' | 'template'> }) {
  const { t } = useI18n();
  return (
    <>
      {t(commonTexts.componentHint, { form: t(COMPONENT_FORM_LABELS[component.form]), copies: component.copies })}
      {component.note && <> {component.note}</>}
      {component.template && <> {t(commonTexts.template, { name: component.template })}</>}
    </>
  );
}

/** Step 2: one upload per component the procedure lists. */
export function ComponentsStep({ components, files, errors, onFiles, onBusy }: {
  components: ProcedureComponent[];
  files: Record<string, UploadedFile[]>;
  errors: FieldErrors;
  onFiles(code: string, files: UploadedFile[]): void;
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
          hint={<ComponentHint component={component} />}
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
