import { Link, Outlet } from 'react-router';
import { contactTexts } from '../citizen/contact-texts.js';
import { useCitizenSession } from '../citizen/session.js';
import { useI18n } from '../shared/i18n.js';
import { Frame } from '../shared/layout/Frame.js';
import { FEEDBACK_PATH, QUESTIONS_PATH, feedbackTexts, questionTexts } from './enquiries/texts.js';
import { portalFrameTexts as texts } from './texts.js';

function CitizenTools() {
  const { t } = useI18n();
  const { citizen, signOut } = useCitizenSession();
  if (citizen === undefined) return null;
  if (citizen === null) {
    return (
      <>
        <Link className="header-link" to="/dang-nhap">
          {t(texts.signIn)}
        </Link>
        <Link className="header-link" to="/dang-ky">
          {t(texts.register)}
        </Link>
      </>
    );
  }
  return (
    <>
      <span className="header-user">{citizen.fullName}</span>
      <Link className="header-link" to="/tai-khoan">
        {t(contactTexts.accountLink)}
      </Link>
      <button type="button" className="header-link" onClick={() => void signOut()}>
        {t(texts.signOut)}
      </button>
    </>
  );
}

export function PortalLayout() {
  const { t } = useI18n();
  const { citizen } = useCitizenSession();
  const nav = [
    { to: '/', label: t(texts.home), end: true },
    { to: '/thu-tuc', label: t(texts.procedures) },
    { to: '/tra-cuu', label: t(texts.tracking) },
    { to: '/cong-khai', label: t(texts.results) },
    { to: '/chi-so-phuc-vu', label: t(texts.scorecard) },
    { to: '/verify', label: t(texts.verify) },
    { to: QUESTIONS_PATH, label: t(questionTexts.title) },
    { to: FEEDBACK_PATH, label: t(feedbackTexts.title) },
    { to: '/tra-cuu-dat-dai', label: t(texts.land) },
    { to: '/dat-lich', label: t(texts.booking) },
    ...(citizen ? [{ to: '/ho-so-cua-toi', label: t(texts.myDossiers) }] : []),
  ];
  return (
    <Frame
      title={t(texts.siteTitle)}
      subtitle={t(texts.siteSubtitle)}
      home="/"
      nav={nav}
      navLabel={t(texts.navLabel)}
      tools={<CitizenTools />}
      footer={
        <div className="footer-inner">
          <p>{t(texts.footerAgency)}</p>
          <p>{t(texts.footerHotline)}</p>
          <p>
            <Link to="/can-bo">{t(texts.officerArea)}</Link> · {t(texts.footerSoftware)}
          </p>
        </div>
      }
    >
      <Outlet />
    </Frame>
  );
}
