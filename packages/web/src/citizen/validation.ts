/** Formats the server accepts for an applicant's contact details, checked early in the browser. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_PATTERN = /^[0-9+ .-]{8,20}$/;
/** CCCD, passport or enterprise code: 6 to 20 letters or digits. */
export const ID_NUMBER_PATTERN = /^[0-9A-Za-z]{6,20}$/;
