import { type FormEvent, useState } from 'react';
import { PRIORITY_GROUP_CODE } from '@motcua/core';
import { type ResponseOf, apiRead } from '@motcua/contract';
import { Link } from 'react-router';
import { api } from '../../shared/api.js';
import { useI18n } from '../../shared/i18n.js';
import { ErrorMessage, Loading } from '../../shared/ui/feedback.js';
import { Field } from '../../shared/ui/Field.js';
import { useApi } from '../../shared/use-api.js';
import { useTitle } from '../../shared/use-title.js';
import { FormFeedback, SaveButton } from '../FormFeedback.js';
import { adminPaths } from '../paths.js';
import { type Keyed, RepeatableList, withKeys, withoutKey, newKey } from '../RepeatableList.js';
import { type ClientErrors, requiredText, useCheckedForm } from '../use-submit.js';
import { centreTexts as texts } from './texts.js';

type PriorityGroup = ResponseOf<'/api/v1/priority-groups'>[number];

function GroupsForm({ initial }: { initial: PriorityGroup[] }) {
  const { t } = useI18n();
  const [groups, setGroups] = useState<Array<PriorityGroup & Keyed>>(() => withKeys(initial));
  const { formRef, clientErrors, submission, errorAt, submit } = useCheckedForm();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const errors: ClientErrors = {};
    groups.forEach((group, index) => {
      if (!PRIORITY_GROUP_CODE.test(group.code.trim())) errors[`groups.${index}.code`] = texts.groupCodeInvalid;
      if (!group.name.trim()) errors[`groups.${index}.name`] = requiredText(texts.name);
    });
    submit(errors, async () => {
      await api.PUT('/api/v1/priority-groups', { body: { groups: groups.map(withoutKey).map((group) => ({ ...group, code: group.code.trim(), name: group.name.trim(), nameEn: group.nameEn.trim() })) } });
      return t(texts.saved);
    });
  };

  return (
    <form ref={formRef} onSubmit={save} noValidate aria-label={t(texts.groupsTitle)}>
      <FormFeedback clientErrors={clientErrors} submission={submission} />
      <RepeatableList
        legend={t(texts.groupsTitle)}
        items={groups}
        onChange={setGroups}
        itemLabel={(index) => t(texts.group, { name: groups[index]?.name || t(texts.newGroup) })}
        create={() => ({ key: newKey(), code: '', name: '', nameEn: '', active: true })}
        addLabel={t(texts.addGroup)}
        minItems={1}
        renderItem={(group, update, index) => (
          <div className="grid">
            <Field label={t(texts.code)} hint={t(texts.groupCodeHint)} error={errorAt(`groups.${index}.code`)} required>
              <input value={group.code} onChange={(event) => update({ code: event.target.value })} maxLength={40} autoComplete="off" spellCheck={false} />
            </Field>
            <Field label={t(texts.name)} error={errorAt(`groups.${index}.name`)} required>
              <input value={group.name} onChange={(event) => update({ name: event.target.value })} maxLength={200} />
            </Field>
            <Field label={t(texts.nameEn)} error={errorAt(`groups.${index}.nameEn`)}>
              <input value={group.nameEn} onChange={(event) => update({ nameEn: event.target.value })} maxLength={200} lang="en" />
            </Field>
            <Field label={t(texts.status)}>
              <select value={group.active ? 'yes' : 'no'} onChange={(event) => update({ active: event.target.value === 'yes' })}>
                <option value="yes">{t(texts.inUse)}</option>
                <option value="no">{t(texts.inactive)}</option>
              </select>
            </Field>
          </div>
        )}
      />
      <SaveButton busy={submission.busy} />
    </form>
  );
}

/** The installation's priority groups, for the administrators of the province. */
export function PriorityGroupsPage() {
  const { t } = useI18n();
  useTitle(t(texts.groupsTitle));
  const groups = useApi(apiRead('/api/v1/priority-groups'));
  return (
    <div className="page narrow">
      <p>
        <Link to={adminPaths.centres}>← {t(texts.backToList)}</Link>
      </p>
      <h1>{t(texts.groupsTitle)}</h1>
      <p>{t(texts.groupsIntro)}</p>
      {groups.loading && <Loading />}
      {groups.error && <ErrorMessage error={groups.error} onRetry={groups.reload} />}
      {groups.data && <GroupsForm initial={groups.data} />}
    </div>
  );
}
