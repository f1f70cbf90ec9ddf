import { type Assistance, assistanceLine } from '@motcua/core';
import { useI18n } from './i18n.js';

/** "Nộp với sự hỗ trợ của …": who helped submit the dossier for the citizen present (name and point only), if anyone did. */
export function AssistedBy({ assistance }: { assistance: Assistance | null | undefined }) {
  const { t } = useI18n();
  if (!assistance) return null;
  return <p className="assisted-by">{t(assistanceLine(assistance))}</p>;
}
