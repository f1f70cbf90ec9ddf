import { contactsToVerify } from '@motcua/core';
import { Link, useSearchParams } from 'react-router';
import { useI18n } from '../shared/i18n.js';
import { useTitle } from '../shared/use-title.js';
import { ContactVerification } from './ContactVerification.js';
import { HomeCommune } from './HomeCommune.js';
import { contactTexts as texts } from './contact-texts.js';
import { safeNextPath } from './navigation.js';
import { passwordTexts } from './password-texts.js';
import { RequireCitizen } from './RequireCitizen.js';
import type { Citizen } from './session.js';

/**
 * `/tai-khoan`: the citizen's account, whose e-mail address and phone are said confirmed or not
 * and confirmed here with the code sent to them. Right after registering (`?next=`) it asks for
 * the codes first and leads on to the page the citizen was going to.
 */
export function AccountPage() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const next = search.get('next');
  const justRegistered = next !== null;
  useTitle(t(justRegistered ? texts.afterRegistrationTitle : texts.accountTitle));
  return <RequireCitizen>{(citizen) => <Account citizen={citizen} next={justRegistered ? safeNextPath(next) : null} />}</RequireCitizen>;
}

function Account({ citizen, next }: { citizen: Citizen; next: string | null }) {
  const { t } = useI18n();
  const allVerified = contactsToVerify(citizen).length === 0;
  return (
    <div className="page narrow">
      <h1>{t(next !== null ? texts.afterRegistrationTitle : texts.accountTitle)}</h1>
      {next !== null && <p>{t(texts.afterRegistrationIntro)}</p>}
      {next === null && (
        <p>
          {t(texts.fullName)}: <strong>{citizen.fullName}</strong>
        </p>
      )}
      <section className="card" aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">{t(texts.contactsHeading)}</h2>
        <p>{t(texts.contactsIntro)}</p>
        <ContactVerification citizen={citizen} />
      </section>
      {next !== null ? (
        <p>
          <Link className={allVerified ? 'button' : undefined} to={next}>
            {t(allVerified ? texts.continue : texts.later)}
          </Link>
        </p>
      ) : (
        <>
          <section className="card" aria-labelledby="commune-heading">
            <h2 id="commune-heading">{t(texts.communeHeading)}</h2>
            <HomeCommune citizen={citizen} />
          </section>
          <section aria-labelledby="password-heading">
            <h2 id="password-heading">{t(texts.passwordHeading)}</h2>
            <p>
              <Link to="/doi-mat-khau">{t(passwordTexts.changeLink)}</Link>
            </p>
          </section>
        </>
      )}
    </div>
  );
}
