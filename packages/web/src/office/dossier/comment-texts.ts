import { defineTexts } from '../../shared/i18n.js';

/** Whom a comment of the process-control record reaches (core commentReachesApplicant). */
export const commentAudienceTexts = defineTexts({
  forApplicant: { vi: 'Người nộp xem được', en: 'Seen by the applicant' },
  internal: { vi: 'Nội bộ', en: 'Internal' },
});
