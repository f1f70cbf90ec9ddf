import { Type } from '@fastify/type-provider-typebox';
import { MAX_RETENTION_YEARS, WORK_RECORD_STATES } from '@motcua/core';
import { component } from '../../platform/components.js';
import { CalendarYear, Name, Nullable } from '../../platform/schemas.js';

const Str = Type.String();
const AgencyCode = Type.String({ pattern: '^\\d{3}\\.\\d{2}\\.\\d{2}\\.[HG]\\d{2}$', description: 'The agency’s code; may be left out by an officer of one agency only' });

export const WorkRecordParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const WorkRecordItemParams = Type.Object({ id: Type.String({ format: 'uuid' }), itemId: Type.String({ format: 'uuid' }) });

export const WorkRecordListQuery = Type.Object({
  agency: Type.Optional(AgencyCode),
  year: CalendarYear,
  state: Type.Optional(Type.Enum(WORK_RECORD_STATES)),
  mine: Type.Optional(Type.Boolean({ description: 'Only the records the signed-in officer keeps' })),
});
export const WorkRecordListFileQuery = Type.Object({ agency: Type.Optional(AgencyCode), year: CalendarYear });

export const OpenWorkRecordBody = Type.Object(
  {
    agency: Type.Optional(AgencyCode),
    year: CalendarYear,
    code: Type.String({ minLength: 1, maxLength: 30, description: 'Số, ký hiệu hồ sơ in the list, e.g. `01.VP`' }),
    title: Name(500, { description: 'Tiêu đề hồ sơ' }),
    retentionYears: Nullable(Type.Integer({ minimum: 1, maximum: MAX_RETENTION_YEARS, description: 'Thời hạn bảo quản in years; null: permanent (vĩnh viễn)' })),
    keeperId: Type.String({ format: 'uuid', description: 'The officer who keeps the record (người lập hồ sơ)' }),
  },
  { additionalProperties: false },
);

export const FileEntryBody = Type.Union(
  [
    Type.Object({ documentId: Type.String({ format: 'uuid', description: 'An incoming or outgoing document of the record’s agency' }) }, { additionalProperties: false }),
    Type.Object({ note: Name(5000, { description: 'A note of the keeper’s' }) }, { additionalProperties: false }),
  ],
  { description: 'A document, or a note' },
);

const WorkRecordFields = {
  id: Str,
  agency: Type.Object({ code: Str, name: Str }),
  year: Type.Integer(),
  code: Str,
  title: Str,
  retention: Type.Object({ years: Nullable(Type.Integer({ description: 'null: permanent' })), label: Type.String({ description: '`10 năm`, `Vĩnh viễn`' }) }),
  keeper: Type.Object({ id: Str, name: Str }),
  unit: Nullable(Type.Object({ code: Str, name: Str })),
  state: Type.Enum(WORK_RECORD_STATES),
  stateLabel: Str,
  openedAt: Str,
  closedAt: Nullable(Str),
  archivedAt: Nullable(Str),
  handOverBy: Nullable(Type.String({ format: 'date', description: 'A closed record’s last day to be handed over to the archive (a year after closing)' })),
  handOverOverdue: Type.Boolean(),
  items: Type.Integer({ description: 'Documents and notes filed' }),
};

export const WorkRecordSchema = component('WorkRecord', Type.Object(WorkRecordFields));

export const WorkRecordDetailSchema = component(
  'WorkRecordDetail',
  Type.Object({
    ...WorkRecordFields,
    entries: Type.Array(
      Type.Object({
        id: Str,
        kind: Type.Enum(['document', 'note'] as const),
        document: Nullable(
          Type.Object({
            id: Str,
            direction: Type.Enum(['incoming', 'outgoing'] as const),
            registerNumber: Nullable(Type.Integer()),
            registerYear: Nullable(Type.Integer()),
            numberSymbol: Str,
            type: Str,
            subject: Str,
            documentDate: Nullable(Str),
          }),
        ),
        note: Nullable(Str),
        filedBy: Str,
        filedAt: Str,
      }),
    ),
  }),
);
