import { PASSWORD_RULES, passwordProblem } from '@motcua/core';
import type { ResponseOf } from '@motcua/contract';
import { type FormEvent, useState } from 'react';
import { api } from '../shared/api.js';
import { defineTexts, useI18n } from '../shared/i18n.js';
import { Field } from '../shared/ui/Field.js';
import { ErrorMessage } from '../shared/ui/feedback.js';
import { ConfirmButton } from './ConfirmButton.js';
import { commonTexts } from './texts.js';
import { useSubmission } from './use-submit.js';

type OfficerAccount = ResponseOf<'/api/v1/officers'>['items'][number];

const texts = defineTexts({
  mustChangePassword: { vi: 'Chờ đổi mật khẩu', en: 'Must change password' },
  twoFactorOn: { vi: 'Xác thực hai lớp', en: 'Two-factor sign-in' },
  resetPassword: { vi: 'Đặt lại mật khẩu', en: 'Reset password' },
  temporaryPassword: { vi: 'Mật khẩu tạm thời', en: 'Temporary password' },
  temporaryPasswordHint: {
    vi: 'Ít nhất {min} ký tự. Các phiên đăng nhập của cán bộ kết thúc ngay; cán bộ phải đổi mật khẩu này khi đăng nhập lại.',
    en: 'At least {min} characters. The officer’s sessions end at once; they must change this password when they sign in again.',
  },
  passwordReset: { vi: 'Đã đặt lại mật khẩu của {name}. Hãy trao mật khẩu tạm thời qua kênh an toàn.', en: '{name}’s password was reset. Hand the temporary password over through a safe channel.' },
  resetTwoFactor: { vi: 'Đặt lại xác thực hai lớp', en: 'Reset two-factor sign-in' },
  resetTwoFactorQuestion: {
    vi: 'Xoá ứng dụng xác thực và mã khôi phục của {name} (ví dụ khi mất điện thoại)? Cán bộ sẽ phải cài lại.',
    en: 'Forget {name}’s authenticator app and recovery codes (a lost phone, say)? They will have to set it up again.',
  },
  twoFactorReset: { vi: 'Đã đặt lại xác thực hai lớp của {name}.', en: '{name}’s two-factor sign-in was reset.' },
});

/** What an officer's account needs or uses, beside their active/disabled badge. */
export function OfficerSecurityBadges({ officer }: { officer: OfficerAccount }) {
  const { t } = useI18n();
  return (
    <>
      {officer.mustChangePassword && <span className="badge badge-warning">{t(texts.mustChangePassword)}</span>}
      {officer.twoFactorEnabled && <span className="badge badge-success">{t(texts.twoFactorOn)}</span>}
    </>
  );
}

/** An administrator gives an officer a temporary password, or forgets their authenticator app. */
export function OfficerSecurityActions({ officer, onDone }: { officer: OfficerAccount; onDone(message: string): void }) {
  const { t, language } = useI18n();
  const submission = useSubmission();
  const [resetting, setResetting] = useState(false);
  const [temporary, setTemporary] = useState('');
  const [problem, setProblem] = useState<string>();

  const resetPassword = (event: FormEvent) => {
    event.preventDefault();
    const found = passwordProblem(temporary, 'officer', [officer.username, officer.email]);
    setProblem(found?.[language]);
    if (found) return;
    void submission.run(async () => {
      await api.PUT('/api/v1/officers/{id}/password', { params: { path: { id: officer.id } }, body: { temporaryPassword: temporary } });
      setResetting(false);
      setTemporary('');
      onDone(t(texts.passwordReset, { name: officer.fullName }));
      return undefined;
    });
  };
  const resetTwoFactor = () =>
    void submission.run(async () => {
      await api.DELETE('/api/v1/officers/{id}/two-factor', { params: { path: { id: officer.id } } });
      onDone(t(texts.twoFactorReset, { name: officer.fullName }));
      return undefined;
    });

  return (
    <>
      {resetting ? (
        <form className="admin-inline-form" noValidate onSubmit={resetPassword}>
          <Field label={`${t(texts.temporaryPassword)} — ${officer.fullName}`} hint={t(texts.temporaryPasswordHint, { min: String(PASSWORD_RULES.minLength.officer) })} error={problem} required>
            <input type="text" autoComplete="off" spellCheck={false} maxLength={200} value={temporary} onChange={(event) => setTemporary(event.target.value)} />
          </Field>
          <div className="row">
            <button type="submit" className="button" disabled={submission.busy}>
              {t(texts.resetPassword)}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setResetting(false)}>
              {t(commonTexts.cancel)}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setResetting(true)}>
          {t(texts.resetPassword)}
          <span className="visually-hidden"> — {officer.fullName}</span>
        </button>
      )}
      {officer.twoFactorEnabled && (
        <ConfirmButton
          label={t(texts.resetTwoFactor)}
          question={t(texts.resetTwoFactorQuestion, { name: officer.fullName })}
          busy={submission.busy}
          onConfirm={resetTwoFactor}
        />
      )}
      {submission.error && <ErrorMessage error={submission.error} />}
    </>
  );
}
