import { type FormEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { type DossierCodeProblem, dossierCodeProblem, normaliseDossierCode } from './dossier-code.js';
import { trackingFormTexts as texts } from './texts.js';

/**
 * Asks for a dossier code and opens its tracking page, after checking the code's shape here so
 * that a mistyped code gets a precise message without a round trip.
 */
export function TrackingForm({ initialCode = '', onTrack }: { initialCode?: string; onTrack?: (code: string) => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState(initialCode);
  const [problem, setProblem] = useState<DossierCodeProblem>(() => (initialCode ? dossierCodeProblem(normaliseDossierCode(initialCode)) : undefined));

  function submit(event: FormEvent) {
    event.preventDefault();
    const normalised = normaliseDossierCode(code);
    const found = dossierCodeProblem(normalised);
    setProblem(found);
    if (found) {
      input.current?.focus();
      return;
    }
    setCode(normalised);
    if (onTrack) onTrack(normalised);
    else void navigate(`/tra-cuu/${normalised}`);
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
          maxLength={40}
        />
      </Field>
      <button type="submit" className="button">
        {t(texts.submit)}
      </button>
    </form>
  );
}
