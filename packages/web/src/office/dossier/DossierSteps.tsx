import { ROLE_LABELS, isOfficerRole } from '@motcua/core';
import { formatDateTime } from '../../shared/format.js';
import { useI18n } from '../../shared/i18n.js';
import { DataTable } from '../../shared/ui/DataTable.js';
import { dossierTexts as texts } from '../texts.js';
import type { OfficeDossier } from '@motcua/contract';
import { DeadlineBadge } from '../ui.js';

/** Every visit to a step of the process, with its share of the time limit and whether it kept it. */
export function DossierSteps({ dossier }: { dossier: OfficeDossier }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="dossier-steps">
      <h2 id="dossier-steps">{t(texts.steps)}</h2>
      <DataTable
        items={dossier.steps}
        compact
        caption={t(texts.stepsCaption)}
        columns={[t(texts.step), t(texts.agencyUnit), t(texts.handler), t(texts.started), t(texts.stepDue), t(texts.stepFinished)]}
        empty={<p className="muted">{t(texts.noSteps)}</p>}
        row={(step, position) => {
          const current = step.finishedAt === null;
          return (
            <tr key={`${step.index}-${position}`} className={current ? 'current-row' : undefined} aria-current={current ? 'step' : undefined}>
              <th scope="row" className="plain-th">
                {step.index + 1}. {step.name}
              </th>
              <td>
                {step.agency.name}
                {step.unitName && <span className="muted small block">{step.unitName}</span>}
              </td>
              <td>
                {isOfficerRole(step.role) ? t(ROLE_LABELS[step.role]) : step.roleLabel}
                {step.assigneeName && <span className="small block">{t(texts.assignedTo, { name: step.assigneeName })}</span>}
                {step.finishedByName && <span className="small block">{step.finishedByName}</span>}
              </td>
              <td className="nowrap">{formatDateTime(step.startedAt, language)}</td>
              <td className="nowrap">{formatDateTime(step.dueAt, language)}</td>
              <td className="nowrap">
                {current ? t(texts.inProgress) : formatDateTime(step.finishedAt, language)}
                <span className="block">
                  <DeadlineBadge status={step.deadlineStatus} />
                </span>
              </td>
            </tr>
          );
        }}
      />
    </section>
  );
}
