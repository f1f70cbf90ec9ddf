import { Link } from 'react-router';
import { useI18n } from '../shared/i18n.js';
import { uiTexts } from '../shared/ui/texts.js';
import { useTitle } from '../shared/use-title.js';

export function NotFoundPage() {
  const { t } = useI18n();
  useTitle(t(uiTexts.notFoundTitle));
  return (
    <div className="page narrow">
      <h1>{t(uiTexts.notFoundTitle)}</h1>
      <p>{t(uiTexts.notFoundBody)}</p>
      <p>
        <Link to="/">{t(uiTexts.backHome)}</Link>
      </p>
    </div>
  );
}
