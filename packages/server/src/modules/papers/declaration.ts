import { filledDeclaration } from '../dossiers/index.js';
import { longDay, placeOf } from './format.js';
import type { DossierPaperKind } from './kind.js';
import { Paper } from './layout.js';
import { type PaperDeps, type DossierSource, agencyIssuer } from './sources.js';

/**
 * The declaration (tờ khai) the applicant filled in as the procedure version's form, printed as
 * the official one: the national motto, the form's title, the agency it is addressed to, every
 * answer under its label, the applicant's pledge and signature.
 */

const NAME = 'Tờ khai';
const PLEDGE = 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về cam đoan của mình.';

export async function renderDeclaration(deps: PaperDeps, source: DossierSource): Promise<Buffer> {
  const { dossier, definition } = source;
  const declaration = (await filledDeclaration(deps.db, definition, dossier))!;
  const addressee = await agencyIssuer(deps.db, dossier.competent_agency_id);
  const paper = new Paper({ title: `${declaration.title} ${dossier.code}`, author: dossier.applicant_name, subject: definition.name, issuedAt: dossier.submitted_at });
  if (declaration.templateReference) paper.text(declaration.templateReference, { face: 'italic', align: 'right', size: 10 });
  paper.nationalMotto().title(declaration.title, [{ text: `Kính gửi: ${addressee.issuer}`, face: 'regular' }]);
  for (const entry of declaration.entries) {
    if ('text' in entry) {
      paper.field(entry.label.vi, entry.text.vi);
      continue;
    }
    paper.text(`${entry.label.vi}:`, { face: 'bold', before: 4 });
    for (const item of entry.items) {
      paper.text(item.label.vi, { face: 'italic', indent: 12, before: 2 });
      for (const answer of item.entries) paper.field(answer.label.vi, answer.text.vi, { indent: 24 });
    }
  }
  return paper
    .text(PLEDGE, { before: 8 })
    .text(`${placeOf(addressee.agency.name)}, ${longDay(dossier.submitted_at)}`, { face: 'italic', align: 'right', before: 8 })
    .signatures([{ title: 'Người yêu cầu', note: '(Ký, ghi rõ họ, chữ đệm, tên)', name: dossier.applicant_name }])
    .finish();
}

export const DECLARATION: DossierPaperKind = {
  name: { vi: NAME, en: 'Declaration' },
  absent: {
    vi: 'Hồ sơ không có tờ khai điện tử (thủ tục không có biểu mẫu, hoặc tờ khai được nộp bằng giấy).',
    en: 'The dossier has no e-form declaration (the procedure has no form, or the declaration was handed in on paper).',
  },
  applies: (source) => source.definition.form !== undefined && source.dossier.form_values !== null,
  produce: renderDeclaration,
};
