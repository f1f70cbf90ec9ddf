import { addDays, vietnamDate } from '@motcua/core';
import type { Database } from '../db/database.js';
import { findAgencyByCode } from '../modules/agencies/index.js';
import { createCalendarService } from '../modules/calendar/service.js';
import {
  type DocumentDeps,
  type IncomingInput,
  assignIncoming,
  finishIncoming,
  passDown,
  presentIncoming,
  recordProgress,
  registerIncoming,
  returnIncoming,
} from '../modules/documents/service.js';
import { type DraftInput, approveFormat, createDraft, forwardOutgoing, returnOutgoing, submitOutgoing } from '../modules/documents/outgoing.js';
import { releaseOutgoing, signOutgoing } from '../modules/documents/outgoing-release.js';
import { setMeeting } from '../modules/meetings/index.js';
import type { Signing } from '../modules/signing/credentials.js';
import type { Actor } from '../platform/actor.js';
import type { BlobStore } from '../platform/blob-store/index.js';
import { AGENCY } from './data/index.js';
import { SAMPLE_SCAN, loadCast } from './dossiers.js';

const scan = (name: string) => ({ name, contentBase64: SAMPLE_SCAN.toString('base64') });

/**
 * A handful of incoming documents at the province's People's Committee and at Sở Nội vụ, in every
 * state of their course (one overdue, one classified), and Sở Nội vụ's outgoing documents on their
 * way to signature and one released, replayed through the documents' services on the dates they would have come.
 * Returns how many.
 */
export async function seedDemoDocuments(db: Database, blobStore: BlobStore, signing: Signing): Promise<number> {
  const realNow = new Date();
  const clock = { at: realNow };
  const deps: DocumentDeps = { db, blobStore, calendar: createCalendarService(db), signing, now: () => clock.at };
  const calendar = await deps.calendar.current();
  const cast = await loadCast(db);
  const as = (username: string): Actor & { kind: 'officer' } => ({ kind: 'officer', officer: cast.officers.find((officer) => officer.username === username)!, ip: '127.0.0.1' });
  /** `time` in Vietnam on the working day `n` working days before today. */
  const workingDaysAgo = (n: number, time: string) => {
    let day = vietnamDate(realNow);
    for (let left = n; left > 0 || !calendar.isWorkingDay(day); ) {
      day = addDays(day, -1);
      if (calendar.isWorkingDay(day)) left -= 1;
    }
    return new Date(`${day}T${time}:00+07:00`);
  };
  const province = (await findAgencyByCode(db, AGENCY.province))!;
  const noiVu = (await findAgencyByCode(db, AGENCY.noiVu))!;
  const specialistId = as('chuyenvien.snv').officer.id;
  let count = 0;
  // Today's steps happen no later than now, whatever the hour the demo starts at.
  const moveTo = (at: Date) => (clock.at = at < realNow ? at : realNow);
  const register = async (at: Date, clerk: string, agency: typeof province, input: IncomingInput) => {
    moveTo(at);
    count += 1;
    return registerIncoming(deps, as(clerk), agency, input);
  };
  const then = async <T>(at: Date, step: () => Promise<T>) => {
    moveTo(at);
    return step();
  };

  // Sở Nội vụ, in the order the documents came (the register's numbers follow it). A letter of the
  // finance department, answered and finished.
  const letter = await register(workingDaysAgo(15, '09:30'), 'vanthu.snv', noiVu, {
    numberSymbol: '812/STC-HCSN',
    documentDate: vietnamDate(workingDaysAgo(16, '10:00')),
    sender: 'Sở Tài chính tỉnh Thanh Hóa',
    subject: 'Về việc đề nghị phối hợp rà soát định mức chi hỗ trợ đào tạo nghề',
    scan: scan('cv-812-stc.pdf'),
  });
  await then(workingDaysAgo(15, '10:00'), () => presentIncoming(deps, as('vanthu.snv'), letter));
  const letterAssigned = await then(workingDaysAgo(15, '15:00'), () => assignIncoming(deps, as('lanhdao.snv'), letter, { lead: { officerId: specialistId }, workingDays: 7 }));
  await then(workingDaysAgo(11, '16:30'), () =>
    finishIncoming(deps, as('chuyenvien.snv'), letter, letterAssigned.assignments[0]!.id, { note: 'Đã có ý kiến phối hợp gửi Sở Tài chính.' }),
  );

  // The ministry's request for the yearly administrative-reform report: overdue with the specialist.
  const report = await register(workingDaysAgo(9, '07:50'), 'vanthu.snv', noiVu, {
    channel: 'electronic',
    numberSymbol: '4521/BNV-CCHC',
    documentDate: vietnamDate(workingDaysAgo(11, '10:00')),
    sender: 'Bộ Nội vụ',
    subject: 'Về việc báo cáo kết quả thực hiện công tác cải cách hành chính năm 2026',
    urgency: 'urgent',
    pageCount: 2,
    scan: scan('cv-4521-bnv.pdf'),
  });
  await then(workingDaysAgo(9, '08:20'), () => presentIncoming(deps, as('vanthu.snv'), report));
  await then(workingDaysAgo(9, '10:30'), () =>
    assignIncoming(deps, as('lanhdao.snv'), report, { lead: { officerId: specialistId }, information: [{ unitCode: 'lao-dong' }], instructions: 'Tổng hợp, báo cáo Bộ đúng hạn.', workingDays: 5 }),
  );

  // The province's decision, assigned to the labour unit and handled by its specialist.
  const decision = await register(workingDaysAgo(4, '08:15'), 'vanthu.snv', noiVu, {
    numberSymbol: 'Số: 2215/QĐ-UBND',
    documentDate: vietnamDate(workingDaysAgo(5, '10:00')),
    sender: 'Ủy ban nhân dân tỉnh Thanh Hóa',
    subject: 'Về việc giao chỉ tiêu giải quyết việc làm năm 2027 cho các sở, ngành, địa phương',
    pageCount: 4,
    scan: scan('qd-2215-ubnd.pdf'),
  });
  await then(workingDaysAgo(4, '08:40'), () => presentIncoming(deps, as('vanthu.snv'), decision, 'Kính trình Phó Giám đốc Sở'));
  const assigned = await then(workingDaysAgo(4, '14:10'), () =>
    assignIncoming(deps, as('lanhdao.snv'), decision, { lead: { unitCode: 'lao-dong' }, instructions: 'Phòng Lao động - Việc làm chủ trì, tham mưu văn bản triển khai.', workingDays: 10 }),
  );
  const unitPart = assigned.assignments.find((assignment) => assignment.role === 'lead')!.id;
  const passed = await then(workingDaysAgo(3, '09:00'), () => passDown(deps, as('truongphong.snv'), decision, unitPart, { officerId: specialistId, instructions: 'Đồng chí Dũng dự thảo kế hoạch triển khai.' }));
  const ownPart = passed.assignments.find((assignment) => assignment.parentId === unitPart)!.id;
  await then(workingDaysAgo(1, '16:00'), () => recordProgress(deps, as('chuyenvien.snv'), decision, ownPart, 'Đã dự thảo kế hoạch, đang lấy ý kiến các phòng.'));

  // A classified document, registered with its metadata only, waiting for the leader.
  const classified = await register(workingDaysAgo(1, '10:05'), 'vanthu.snv', noiVu, {
    numberSymbol: '156/BC-CAT-PV01',
    documentDate: vietnamDate(workingDaysAgo(2, '10:00')),
    sender: 'Công an tỉnh Thanh Hóa',
    subject: 'Báo cáo tình hình an ninh nội bộ các cơ quan hành chính',
    confidentiality: 'confidential',
    urgency: 'very_urgent',
  });
  await then(workingDaysAgo(1, '10:30'), () => presentIncoming(deps, as('vanthu.snv'), classified));

  // An invitation just registered.
  await register(workingDaysAgo(0, '08:05'), 'vanthu.snv', noiVu, {
    numberSymbol: '37/GM-LĐLĐ',
    documentDate: vietnamDate(workingDaysAgo(1, '10:00')),
    sender: 'Liên đoàn Lao động tỉnh Thanh Hóa',
    subject: 'Mời dự Hội nghị tổng kết công tác phối hợp năm 2026',
    scan: scan('gm-37-ldld.pdf'),
  });

  // UBND tỉnh: a commune's letter sent back to the clerk as not the province's to handle, and the
  // department's report on administrative reform presented to the leader.
  const misdirected = await register(workingDaysAgo(3, '09:10'), 'vanthu.ubnd', province, {
    numberSymbol: '88/UBND-VP',
    documentDate: vietnamDate(workingDaysAgo(4, '10:00')),
    sender: 'UBND phường Hạc Thành',
    subject: 'Về việc đề nghị hỗ trợ kinh phí sửa chữa nhà văn hóa khu phố',
    scan: scan('cv-88-hac-thanh.pdf'),
  });
  await then(workingDaysAgo(3, '09:30'), () => presentIncoming(deps, as('vanthu.ubnd'), misdirected));
  await then(workingDaysAgo(3, '15:45'), () => returnIncoming(deps, as('lanhdao.ubnd'), misdirected, 'Chuyển Sở Tài chính xem xét theo thẩm quyền.'));

  const reform = await register(workingDaysAgo(2, '14:20'), 'vanthu.ubnd', province, {
    numberSymbol: '1234/SNV-CCHC',
    documentDate: vietnamDate(workingDaysAgo(2, '10:00')),
    sender: 'Sở Nội vụ tỉnh Thanh Hóa',
    subject: 'Về việc báo cáo công tác cải cách hành chính quý IV năm 2026',
    pageCount: 6,
    scan: scan('cv-1234-snv.pdf'),
  });
  await then(workingDaysAgo(2, '15:00'), () => presentIncoming(deps, as('vanthu.ubnd'), reform, 'Kính trình Phó Chủ tịch UBND tỉnh'));

  // Sở Nội vụ's outgoing documents on their way: a draft, one returned with the unit head's
  // comments, one at the office's format check, one waiting for the deputy director's signature.
  const signerId = as('lanhdao.snv').officer.id;
  const draftOutgoing = async (at: Date, input: Pick<DraftInput, 'type' | 'subject' | 'body'>) => {
    moveTo(at);
    count += 1;
    return createDraft(deps, as('chuyenvien.snv'), noiVu, { ...input, signerId, recipients: { agencies: [AGENCY.province] } });
  };
  await draftOutgoing(workingDaysAgo(0, '08:30'), {
    type: 'report',
    subject: 'Báo cáo kết quả giải quyết việc làm năm 2026',
    body: { text: 'Thực hiện chỉ tiêu được giao, năm 2026 toàn tỉnh giải quyết việc làm cho 42.000 lao động.\nSở Nội vụ báo cáo Ủy ban nhân dân tỉnh kết quả cụ thể như sau.' },
  });
  const returned = await draftOutgoing(workingDaysAgo(3, '10:00'), {
    type: 'plan',
    subject: 'Kế hoạch triển khai giao chỉ tiêu giải quyết việc làm năm 2027',
    body: { text: 'Căn cứ Quyết định số 2215/QĐ-UBND của Ủy ban nhân dân tỉnh;\nSở Nội vụ ban hành kế hoạch triển khai như sau.' },
  });
  await then(workingDaysAgo(3, '10:15'), () => submitOutgoing(deps, as('chuyenvien.snv'), returned));
  await then(workingDaysAgo(2, '09:00'), () => returnOutgoing(deps, as('truongphong.snv'), returned, 'Bổ sung chỉ tiêu cụ thể cho từng huyện, thị xã.'));
  const steps = [
    (id: string) => submitOutgoing(deps, as('chuyenvien.snv'), id),
    (id: string) => forwardOutgoing(deps, as('truongphong.snv'), id),
    (id: string) => approveFormat(deps, as('vanthu.snv'), id),
  ];
  for (const [subject, through] of [
    ['Về việc cử cán bộ tham dự tập huấn công tác tổ chức bộ máy', 2],
    ['Về việc rà soát, thống kê số lượng người làm việc năm 2026', 3],
  ] as const) {
    const id = await draftOutgoing(workingDaysAgo(2, '14:00'), { type: 'letter', subject, body: { text: `Sở Nội vụ đề nghị các cơ quan, đơn vị ${subject.replace(/^Về việc /u, '')}.` } });
    for (const step of steps.slice(0, through)) await then(workingDaysAgo(1, '09:30'), () => step(id));
  }
  // One gone all the way: signed by the deputy director, numbered and released by the clerk, and
  // so arrived in the province's People's Committee's incoming register.
  const released = await draftOutgoing(workingDaysAgo(4, '08:30'), {
    type: 'letter',
    subject: 'Về việc báo cáo tình hình thực hiện chế độ, chính sách đối với người lao động năm 2026',
    body: { text: 'Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh tình hình thực hiện chế độ, chính sách đối với người lao động năm 2026.' },
  });
  for (const step of steps) await then(workingDaysAgo(4, '10:00'), () => step(released));
  await then(workingDaysAgo(3, '08:45'), () => signOutgoing(deps, as('lanhdao.snv'), released));
  await then(workingDaysAgo(3, '09:15'), () => releaseOutgoing(deps, as('vanthu.snv'), released));

  // A giấy mời being drafted, with its meeting a week ahead: the province's committee, a commune
  // and someone outside the installation invited.
  const invitation = await draftOutgoing(workingDaysAgo(0, '09:00'), {
    type: 'invitation',
    subject: 'Giấy mời họp triển khai kế hoạch giải quyết việc làm năm 2027',
    body: { text: 'Sở Nội vụ trân trọng kính mời đại diện lãnh đạo các cơ quan, đơn vị dự họp triển khai kế hoạch giải quyết việc làm năm 2027.' },
  });
  const meetingDay = addDays(vietnamDate(realNow), 7);
  await setMeeting(
    deps,
    as('chuyenvien.snv'),
    invitation,
    {
      startsAt: `${meetingDay}T08:00:00+07:00`,
      endsAt: `${meetingDay}T11:00:00+07:00`,
      place: 'Hội trường Sở Nội vụ, tầng 3',
      videoUrl: 'https://hop.thanhhoa.example.vn/snv-viec-lam-2027',
      chair: 'Đồng chí Giám đốc Sở Nội vụ',
      agenda: 'Triển khai kế hoạch giải quyết việc làm năm 2027; giao chỉ tiêu cho các huyện, thị xã, thành phố.',
      invitees: [{ agencyCode: AGENCY.province }, { name: 'Ông Lê Văn Doanh, Hiệp hội Doanh nghiệp tỉnh', email: 'hiephoi.doanhnghiep@example.vn' }],
    },
    'create',
  );

  clock.at = realNow;
  return count;
}
