import { useI18n } from '../../shared/i18n.js';
import { submissionTexts as texts } from '../texts.js';
import { STEPS, STEP_TITLES, type Step } from './wizard-state.js';

/** Where the citizen is in the form; the current step is announced as such. */
export function StepIndicator({ current }: { current: Step }) {
  const { t } = useI18n();
  const currentIndex = STEPS.indexOf(current);
  return (
    <ol className="citizen-steps" aria-label={t(texts.progress)}>
      {STEPS.map((step, index) => (
        <li key={step} className={index === currentIndex ? 'citizen-step-current' : index < currentIndex ? 'citizen-step-done' : undefined} aria-current={index === currentIndex ? 'step' : undefined}>
          <span className="citizen-step-number" aria-hidden="true">
            {index + 1}
          </span>
          {t(STEP_TITLES[step])}
          {index < currentIndex && <span className="visually-hidden"> {t(texts.completedStep)}</span>}
        </li>
      ))}
    </ol>
  );
}
