import { type KeyboardEvent, type ReactNode, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n.js';
import { uiTexts } from '../ui/texts.js';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled])';

/**
 * The site's navigation and tools (sign-in, language…) behind a menu button on a narrow screen,
 * where they would otherwise take most of the screen before any content; on a wide one they are
 * always shown and the button is not (styles.css, "Navigation and layout"). Opening moves the
 * focus to the menu's first link; Escape closes it and gives the focus back to the button;
 * following a link closes it and leaves the focus at the start of the new page's content.
 */
export function SiteMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    wasOpen.current = open;
  }, [open]);

  // Every navigation, even to the page already shown (a new history entry), closes the menu, before
  // the new page first paints. The page's own effects run after this: where one puts the focus, it stays.
  const { key } = useLocation();
  useLayoutEffect(() => {
    if (!wasOpen.current) return;
    if (menu.current?.contains(document.activeElement)) document.getElementById('main')?.focus();
    setOpen(false);
  }, [key]);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    button.current?.focus();
  }

  return (
    <>
      <button ref={button} type="button" className="menu-button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)} onKeyDown={closeOnEscape}>
        <span className="menu-icon" aria-hidden="true" />
        {t(uiTexts.menu)}
      </button>
      <div ref={menu} id={menuId} className={open ? 'site-menu site-menu-open' : 'site-menu'} onKeyDown={closeOnEscape}>
        {children}
      </div>
    </>
  );
}
