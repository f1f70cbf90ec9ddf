import { RATING_COMMENT_MAX_LENGTH, RATING_CRITERIA, RATING_CRITERION_LABELS, RATING_SCORES, RATING_SCORE_LABELS, type RatingCriterion, type RatingScore } from '@motcua/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { type ApiError, asApiError } from '../shared/api.js';
import { useI18n } from '../shared/i18n.js';
import { ErrorSummary, type FieldErrors } from '../shared/ui/ErrorSummary.js';
import { Field } from '../shared/ui/Field.js';
import { RadioGroup } from '../shared/ui/RadioGroup.js';
import { useErrorText } from '../shared/ui/feedback.js';
import { ratingTexts as texts } from './texts.js';
import './ratings.css';

export interface RatingChoice {
  score: RatingScore;
  criteria: Partial<Record<RatingCriterion, RatingScore>>;
  comment: string;
}

/** The mouth of each score's face (SVG path in a 48 × 48 box): a broad smile, a smile, a frown. */
const MOUTHS: Record<RatingScore, string> = {
  very_satisfied: 'M13 28 Q24 42 35 28 Z',
  satisfied: 'M15 30 Q24 37 33 30',
  not_satisfied: 'M15 35 Q24 27 33 35',
};

/** A face for each score, drawn (no emoji font needed): what a person recognises at a glance, the words beside it saying the same. */
function Face({ score }: { score: RatingScore }) {
  return (
    <svg className={`rating-face-icon rating-face-${score}`} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" />
      <circle className="rating-face-eye" cx="17" cy="19" r="2.5" />
      <circle className="rating-face-eye" cx="31" cy="19" r="2.5" />
      <path className="rating-face-mouth" d={MOUTHS[score]} />
    </svg>
  );
}

/**
 * The rating: three faces, the criteria folded away (optional), a comment. `extra` goes before the
 * button with the form's problems (the lookup code on the tracking page); `submit` sends it and throws the server's refusal,
 * said in the summary at the top, at its field when it names one.
 */
export function RatingForm({
  question,
  extra,
  validate,
  submit,
}: {
  question: string;
  extra?: (errors: FieldErrors) => ReactNode;
  /** More problems of the form, by field, before anything is sent. */
  validate?: () => FieldErrors;
  submit(choice: RatingChoice): Promise<void>;
}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const [score, setScore] = useState<RatingScore | ''>('');
  const [criteria, setCriteria] = useState<Partial<Record<RatingCriterion, RatingScore>>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: FieldErrors = { ...(score ? {} : { score: t(texts.chooseScore) }), ...validate?.() };
    setErrors(problems);
    setFailure(undefined);
    setAttempt((count) => count + 1);
    if (!score || Object.keys(problems).length > 0) return;
    setSending(true);
    try {
      await submit({ score, criteria, comment });
    } catch (error) {
      const refusal = asApiError(error);
      if (refusal.body.field) setErrors({ [refusal.body.field]: errorText(refusal) });
      else setFailure(refusal);
    } finally {
      setSending(false);
    }
  }

  const scoreOptions = RATING_SCORES.map((value) => ({ value, label: t(RATING_SCORE_LABELS[value]) }));
  return (
    <form className="rating-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors} general={failure && errorText(failure)} attempt={attempt} />
      <fieldset className="rating-faces" aria-describedby={errors.score ? 'rating-score-error' : undefined}>
        <legend>{question}</legend>
        {errors.score && (
          <p className="field-error" id="rating-score-error">
            {errors.score}
          </p>
        )}
        <div className="rating-face-list">
          {scoreOptions.map((option) => (
            <label key={option.value} className="rating-face">
              <Face score={option.value} />
              <input type="radio" name="score" value={option.value} checked={score === option.value} onChange={() => setScore(option.value)} />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>
      <details className="rating-criteria">
        <summary>{t(texts.criteriaTitle)}</summary>
        {RATING_CRITERIA.map((criterion) => (
          <RadioGroup<RatingScore | ''>
            key={criterion}
            inline
            legend={t(RATING_CRITERION_LABELS[criterion])}
            name={`criteria.${criterion}`}
            options={[...scoreOptions, { value: '', label: t(texts.skip) }]}
            value={criteria[criterion] ?? ''}
            onChange={(value) =>
              setCriteria(({ [criterion]: _, ...others }) => (value ? { ...others, [criterion]: value } : others))
            }
          />
        ))}
      </details>
      <Field label={t(texts.comment)} hint={t(texts.commentHint, { max: RATING_COMMENT_MAX_LENGTH })} error={errors.comment}>
        <textarea name="comment" maxLength={RATING_COMMENT_MAX_LENGTH} value={comment} onChange={(event) => setComment(event.target.value)} />
      </Field>
      {extra?.(errors)}
      <p>
        <button type="submit" className="button" disabled={sending}>
          {t(sending ? texts.sending : texts.submit)}
        </button>
      </p>
      <p className="muted">{t(texts.anonymous)}</p>
    </form>
  );
}

/** The rating once given: what was chosen, and thanks. */
export function RatingGiven({ score }: { score: RatingScore }) {
  const { t } = useI18n();
  return (
    <div className="alert alert-success" role="status">
      <p className="alert-title">{t(texts.thanks)}</p>
      <p>{t(texts.given, { score: t(RATING_SCORE_LABELS[score]) })}</p>
    </div>
  );
}
