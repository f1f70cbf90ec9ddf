import { useState } from 'react';
import { api } from '../api.js';
import { useI18n } from '../i18n.js';
import { useOfficerSession } from '../officer-session.js';
import { useTitle } from '../use-title.js';
import { PasswordChangeForm } from './PasswordChangeForm.js';
import { TwoFactorSetUp } from './TwoFactorSetUp.js';
import { accountTexts as texts } from './texts.js';

/** Where an officer changes their password and two-factor sign-in, in the back office. */
export const OFFICER_ACCOUNT_PATH = '/can-bo/tai-khoan';

const changeOfficerPassword = (change: { currentPassword: string; newPassword: string }) => api.PUT('/api/v1/auth/password', { body: change });

/**
 * What an officer must do to their account before any other page answers them (the API says so
 * with `accountSetUp`): change the password an administrator gave them, or turn on two-factor
 * sign-in their roles require. Null when nothing is due.
 */
export function AccountSetUpPage() {
  const { t } = useI18n();
  const { officer, refresh } = useOfficerSession();
  const due = officer?.accountSetUp;
  useTitle(due === 'password_change' ? t(texts.mustChangeTitle) : t(texts.twoFactorRequiredTitle));
  if (!officer || !due) return null;
  return (
    <div className="page narrow">
      {due === 'password_change' ? (
        <>
          <h1>{t(texts.mustChangeTitle)}</h1>
          <p>{t(texts.mustChangeIntro)}</p>
          <PasswordChangeForm realm="officer" personal={[officer.username]} send={changeOfficerPassword} onChanged={() => void refresh()} />
        </>
      ) : (
        <>
          <h1>{t(texts.twoFactorRequiredTitle)}</h1>
          <p>{t(texts.twoFactorRequiredIntro)}</p>
          <TwoFactorSetUp enabled={false} canTurnOff={false} onFinished={() => void refresh()} />
        </>
      )}
    </div>
  );
}

/** The officer's own account: their password and two-factor sign-in. */
export function OfficerAccountPage() {
  const { t } = useI18n();
  useTitle(t(texts.accountTitle));
  const { officer, refresh } = useOfficerSession();
  // A new set-up starts from the status it changed.
  const [round, setRound] = useState(0);
  if (!officer) return null;
  const finished = () => {
    void refresh();
    setRound((value) => value + 1);
  };
  return (
    <div className="page narrow">
      <h1>{t(texts.accountTitle)}</h1>
      <h2>{t(texts.changePassword)}</h2>
      <PasswordChangeForm realm="officer" personal={[officer.username]} send={changeOfficerPassword} />
      <h2>{t(texts.twoFactorTitle)}</h2>
      <TwoFactorSetUp key={round} enabled={officer.twoFactorEnabled} canTurnOff onFinished={finished} />
    </div>
  );
}
