/** National catalogue code (`1.000234`), optionally with a provincial variant suffix (`1.000234.000.00.00.H29`). */
export const PROCEDURE_CODE_PATTERN = /^[12]\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.[HG]\d{2})?$/;

export function isProcedureCode(value: string): boolean {
  return PROCEDURE_CODE_PATTERN.test(value);
}
