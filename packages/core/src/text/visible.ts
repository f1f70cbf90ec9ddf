/**
 * Characters that show nothing: Unicode white space (NBSP, U+3000 and the like) and the
 * zero-width ones (U+200B–U+200D, U+2060, U+FEFF) that survive `trim()`.
 */
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]/gu;

/** Whether a name or a title shows at least one character once the invisible ones are set aside. */
export function hasVisibleText(value: string): boolean {
  return value.replace(INVISIBLE, '').length > 0;
}

/**
 * Whether a text can be stored and printed as it is: no U+0000 (PostgreSQL refuses it in text)
 * and no half of a surrogate pair (it has no UTF-8 encoding).
 */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}
