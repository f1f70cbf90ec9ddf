import type { Language } from './i18n.js';

// Times are shown as in Vietnam, whatever the device's own zone.
const ZONE = 'Asia/Ho_Chi_Minh';
const locale = (language: Language) => (language === 'vi' ? 'vi-VN' : 'en-GB');

export function formatDate(value: string | Date | null | undefined, language: Language): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale(language), { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(value));
}

export function formatDateTime(value: string | Date | null | undefined, language: Language): string {
  if (!value) return '—';
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(value));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}

export function formatPercent(ratio: number | null | undefined, language: Language): string {
  if (ratio === null || ratio === undefined) return '—';
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 1 }).format(ratio);
}

/** Vietnamese đồng, e.g. "100.000 ₫". */
export function formatMoney(amountVnd: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(amountVnd);
}

/** "240 KB", "1,5 MB": sizes of uploaded files. */
export function formatFileSize(bytes: number, language: Language): string {
  const [value, unit] = bytes < 1024 * 1024 ? [Math.max(1, Math.round(bytes / 1024)), 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}

const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

/** The short name of a file type the server accepts, e.g. "DOCX". */
export const fileTypeLabel = (contentType: string): string => FILE_TYPES[contentType] ?? contentType;
