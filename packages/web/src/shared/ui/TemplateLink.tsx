import { type TemplateFile, fillPath } from '@motcua/contract';
import { useI18n } from '../i18n.js';
import { FileFactsNote } from './FileFactsNote.js';
import { uiTexts } from './texts.js';

/** Where anyone downloads a component's form (the version in force). */
const templateUrl = (procedureCode: string, componentCode: string) => fillPath('/api/public/procedures/{code}/components/{componentCode}/template', { code: procedureCode, componentCode });

/** A link that downloads a component's blank form (mẫu đơn, tờ khai) of the version in force. */
export function TemplateLink({ procedureCode, componentCode, file }: { procedureCode: string; componentCode: string; file: TemplateFile }) {
  const { t } = useI18n();
  return (
    <a href={templateUrl(procedureCode, componentCode)} download={file.name}>
      {t(uiTexts.downloadTemplate, { name: file.name })}
      <FileFactsNote contentType={file.contentType} size={file.size} />
    </a>
  );
}
