import { toVietnamIso } from '@motcua/core';

/** Every instant leaves the API in Vietnam time, as printed on the papers. */
export const iso = (at: Date | null | undefined): string | null => (at ? toVietnamIso(at) : null);
