import { type ReactNode, Suspense } from 'react';
import { NavLink } from 'react-router';
import { useI18n } from '../i18n.js';
import { Loading } from '../ui/feedback.js';
import { uiTexts } from '../ui/texts.js';
import { SiteMenu } from './SiteMenu.js';

export interface NavItem {
  to: string;
  label: string;
  /** Shown as a badge, e.g. the dossiers waiting in a queue. */
  count?: number | undefined;
  end?: boolean;
}

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const next = language === 'vi' ? 'en' : 'vi';
  return (
    <button type="button" className="language-switch" lang={next} onClick={() => setLanguage(next)} aria-label={`${t(uiTexts.language)}: ${next === 'en' ? 'English' : 'Tiếng Việt'}`}>
      {next === 'en' ? t(uiTexts.switchToEnglish) : t(uiTexts.switchToVietnamese)}
    </button>
  );
}

/**
 * The frame of every page: a skip link, the header with the site's name, its navigation, tools and
 * the language switch (behind a menu button on a phone, see SiteMenu), the main region and the
 * footer. Portal, back office and administration each give their own name, navigation and tools.
 */
export function Frame({ title, subtitle, home, nav, navLabel, tools, footer, wide = false, children }: {
  title: string;
  subtitle: string;
  home: string;
  nav: NavItem[];
  navLabel: string;
  tools?: ReactNode;
  footer?: ReactNode;
  /** The back office's tables use the width of a counter PC's screen; header and footer line up with them. */
  wide?: boolean;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const headerTools = (
    <div className="header-tools">
      {tools}
      <LanguageSwitch />
    </div>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t(uiTexts.skipToContent)}
      </a>
      <header className={wide ? 'site-header frame-wide' : 'site-header'}>
        <NavLink to={home} className="brand">
          <span className="brand-mark" aria-hidden="true">★</span>
          <span>
            <span className="brand-title">{title}</span>
            <span className="brand-subtitle">{subtitle}</span>
          </span>
        </NavLink>
        {/* Nobody signed in to the back office or the administration has anywhere to go yet: nothing to fold away. */}
        {nav.length > 0 ? (
          <SiteMenu>
            <nav className="site-nav" aria-label={navLabel}>
              <ul>
                {nav.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end ?? false}>
                      {item.label}
                      {item.count !== undefined && <span className="nav-count">{item.count}</span>}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            {headerTools}
          </SiteMenu>
        ) : (
          headerTools
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {/* A page whose code is still on its way says so inside the frame, which stays as it was. */}
        <Suspense fallback={<Loading />}>{children}</Suspense>
      </main>
      {footer && <footer className={wide ? 'site-footer frame-wide' : 'site-footer'}>{footer}</footer>}
    </>
  );
}
