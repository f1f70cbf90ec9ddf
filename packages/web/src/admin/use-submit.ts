import { useCallback, useRef, useState } from 'react';
import { type ApiError, asApiError } from '../shared/api.js';
import { type Text, useI18n } from '../shared/i18n.js';
import { useErrorText } from '../shared/ui/feedback.js';
import { commonTexts } from './texts.js';

/** Field paths the browser found wrong, each with its message. */
export type ClientErrors = Record<string, Text>;

export interface Submission {
  busy: boolean;
  error: ApiError | undefined;
  success: string | undefined;
  /** Runs a write; its answer (a confirmation) is shown as success, a failure as the server's error. */
  run(action: () => Promise<string | undefined>): Promise<boolean>;
  clear(): void;
}

export function useSubmission(): Submission {
  const [state, setState] = useState<{ busy: boolean; error?: ApiError; success?: string }>({ busy: false });
  const run = useCallback(async (action: () => Promise<string | undefined>) => {
    setState({ busy: true });
    try {
      const success = await action();
      setState({ busy: false, ...(success ? { success } : {}) });
      return true;
    } catch (error) {
      setState({ busy: false, error: asApiError(error) });
      return false;
    }
  }, []);
  const clear = useCallback(() => setState({ busy: false }), []);
  return { ...state, error: state.error, success: state.success, run, clear };
}

/** The field a server error names, without the request part ("body.process.0.name" → "process.0.name"). */
export function serverField(error: ApiError | undefined): string | undefined {
  return error?.body.field?.replace(/^(body|params|querystring)\./, '');
}

/**
 * Message for the control at `path`: the browser's own check first, then the server's error if it
 * names this field or something inside it (a section passes `exact` so that it does not repeat
 * the errors of its items).
 */
export function useFieldErrors(clientErrors: ClientErrors, serverError: ApiError | undefined) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const field = serverField(serverError);
  return (path: string, exact = false): string | undefined => {
    const own = clientErrors[path];
    if (own) return t(own);
    if (!field || !serverError) return undefined;
    if (field === path || (!exact && field.startsWith(`${path}.`))) return errorText(serverError);
    return undefined;
  };
}

/** After a refused submit, takes the keyboard to the first field marked invalid. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/** "Please enter …" (or "Please choose …" for a list) naming the field by its label, in both languages. */
export function requiredText(label: Text, kind: 'enter' | 'choose' = 'enter'): Text {
  const template = kind === 'enter' ? commonTexts.requiredField : commonTexts.requiredChoice;
  const fill = (text: string, field: string) => text.replace('{field}', field.toLowerCase());
  return { vi: fill(template.vi, label.vi), en: fill(template.en, `the ${label.en}`) };
}

/**
 * A form checked in the browser before it goes to the server. `submit(errors, send)` shows the
 * errors the browser found and takes the keyboard to the first, or else runs `send` (its answer
 * is the confirmation shown) and, if the server refuses, takes the keyboard to the field it names.
 */
export function useCheckedForm() {
  const [clientErrors, setClientErrors] = useState<ClientErrors>({});
  const submission = useSubmission();
  const errorAt = useFieldErrors(clientErrors, submission.error);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = (errors: ClientErrors, send: () => Promise<string | undefined>) => {
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      submission.clear();
      focusFirstInvalid(formRef.current);
      return;
    }
    void submission.run(send).then((saved) => saved || focusFirstInvalid(formRef.current));
  };
  return { formRef, clientErrors, submission, errorAt, submit };
}
