import { type FormEvent, useRef, useState } from 'react';
import { type Text, useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { type CodeProblem } from '@motcua/core';

export interface CodeFormTexts {
  codeLabel: Text;
  codeHint: Text;
  codeMissing: Text;
  codeMalformed: Text;
  submit: Text;
}

/**
 * Asks for a code printed on paper and hands it on normalised, after checking its shape here so
 * that a mistyped code gets a precise message without a round trip. A code that came in the
 * address is checked at once. `onRefused` tells the page that the code asked for now is refused,
 * so that it stops showing the answer to the code asked for before.
 */
export function CodeForm({
  texts,
  initialCode = '',
  maxLength,
  normalise,
  problemOf,
  onCode,
  onRefused,
}: {
  texts: CodeFormTexts;
  initialCode?: string | undefined;
  maxLength: number;
  normalise(value: string): string;
  problemOf(code: string): CodeProblem;
  onCode(code: string): void;
  onRefused?(): void;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState(initialCode);
  const [problem, setProblem] = useState<CodeProblem>(() => (initialCode ? problemOf(normalise(initialCode)) : undefined));

  function submit(event: FormEvent) {
    event.preventDefault();
    const normalised = normalise(code);
    const found = problemOf(normalised);
    setProblem(found);
    if (found) {
      onRefused?.();
      input.current?.focus();
      return;
    }
    setCode(normalised);
    onCode(normalised);
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <Field label={t(texts.codeLabel)} hint={t(texts.codeHint)} error={problem === 'missing' ? t(texts.codeMissing) : problem === 'malformed' ? t(texts.codeMalformed) : undefined}>
        <input
          ref={input}
          type="text"
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={maxLength}
        />
      </Field>
      <button type="submit" className="button">
        {t(texts.submit)}
      </button>
    </form>
  );
}
