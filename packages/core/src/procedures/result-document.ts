/**
 * The name of the document a procedure issues, from the catalogue's description of its result:
 * the catalogue qualifies the name in brackets (`Giấy khai sinh (bản chính), bản sao … nếu có yêu
 * cầu`) or lists several results (`Giấy khai sinh; thông báo …`), while a result's title is the
 * name alone (`Giấy khai sinh`). A name with commas of its own (`Trích lục thay đổi, cải chính, …`)
 * is kept whole.
 */
export function resultDocumentName(resultDocument: string): string {
  const text = resultDocument.normalize('NFC').trim();
  const end = [text.indexOf('('), text.indexOf(';'), text.search(/,\s*bản sao\b/iu)].filter((index) => index > 0);
  const name = (end.length > 0 ? text.slice(0, Math.min(...end)) : text).trim().replace(/[,.:]+$/u, '').trim();
  return name || text;
}
