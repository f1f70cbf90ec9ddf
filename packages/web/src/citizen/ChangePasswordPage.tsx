import { api } from '../shared/api.js';
import { PasswordChangeForm } from '../shared/accounts/PasswordChangeForm.js';
import { useI18n } from '../shared/i18n.js';
import { useTitle } from '../shared/use-title.js';
import { RequireCitizen } from './RequireCitizen.js';
import { passwordTexts as texts } from './password-texts.js';

/** The signed-in citizen changes their password; their other sessions end. */
export function ChangePasswordPage() {
  const { t } = useI18n();
  useTitle(t(texts.changeTitle));
  return (
    <RequireCitizen>
      {(citizen) => (
        <div className="page narrow">
          <h1>{t(texts.changeTitle)}</h1>
          <PasswordChangeForm realm="citizen" personal={[citizen.email, citizen.phone]} send={(change) => api.PUT('/api/citizen/password', { body: change })} />
        </div>
      )}
    </RequireCitizen>
  );
}
