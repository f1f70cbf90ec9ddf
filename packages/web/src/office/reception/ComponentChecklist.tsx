import type { PublishedComponent as ProcedureComponent } from '@motcua/contract';
import { useI18n } from '../../shared/i18n.js';
import type { FieldErrors } from '../../shared/ui/ErrorSummary.js';
import { Field } from '../../shared/ui/Field.js';
import { componentFormTexts, receptionTexts as texts } from '../texts.js';
import { ScanUpload, type Scan } from './ScanUpload.js';

export interface ComponentEntry {
  received: boolean;
  copies: number;
  scans: Scan[];
}

export const entriesFor = (components: ProcedureComponent[]): Record<string, ComponentEntry> =>
  Object.fromEntries(components.map((component) => [component.code, { received: false, copies: component.copies, scans: [] }]));

/** The checkbox of a component, by name, as the errors that point at it are keyed. */
export const componentControl = (code: string) => `components.${code}`;

/** The procedure's documents as a checklist: ticked when checked at the counter, with copies and scans. */
export function ComponentChecklist({ components, entries, errors, onChange }: {
  components: ProcedureComponent[];
  entries: Record<string, ComponentEntry>;
  errors: FieldErrors;
  onChange(code: string, entry: ComponentEntry): void;
}) {
  const { t } = useI18n();
  return (
    <ol className="component-checklist">
      {components.map((component) => {
        const entry = entries[component.code];
        if (!entry) return null;
        const form = componentFormTexts[component.form];
        const set = (patch: Partial<ComponentEntry>) => onChange(component.code, { ...entry, ...patch });
        const control = componentControl(component.code);
        const error = errors[control];
        return (
          <li key={component.code} className={entry.received ? 'is-received' : error ? 'field-invalid' : undefined}>
            <label className="component-check">
              <input
                type="checkbox"
                name={control}
                checked={entry.received}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${control}-error` : undefined}
                onChange={(event) => set({ received: event.target.checked })}
              />
              <span>
                <span className="visually-hidden">{t(texts.received, { name: '' })}</span>
                {component.name}{' '}
                <span className={`badge ${component.required ? 'badge-warning' : 'badge-neutral'}`}>{t(component.required ? texts.requiredComponent : texts.optionalComponent)}</span>
                <span className="muted small block">
                  {form ? t(form) : component.form}
                  {component.note ? ` — ${component.note}` : ''}
                </span>
              </span>
            </label>
            {error && (
              <p className="field-error" id={`${control}-error`}>
                {error}
              </p>
            )}
            {entry.received && (
              <div className="component-extra">
                <Field label={t(texts.copies)}>
                  <input type="number" min={0} max={20} step={1} value={entry.copies} className="input-narrow" onChange={(event) => set({ copies: Math.max(0, Math.min(20, Number(event.target.value) || 0)) })} />
                </Field>
                <ScanUpload label={`${t(texts.scans)}: ${component.name}`} scans={entry.scans} onChange={(scans) => set({ scans })} />
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
