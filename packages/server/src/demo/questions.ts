import { vietnamDate } from '@motcua/core';
import type { Database } from '../db/database.js';
import { createCalendarService } from '../modules/calendar/service.js';
import {
  type QuestionDeps,
  answerQuestion,
  approveQuestion,
  askQuestion,
  assignQuestion,
  confirmQuestion,
  publishQuestion,
  rejectQuestion,
  returnQuestion,
  transferQuestion,
} from '../modules/questions/service.js';
import type { Signing } from '../modules/signing/credentials.js';
import type { Actor } from '../platform/actor.js';
import { AGENCY } from './data/index.js';
import { loadCast } from './dossiers.js';

type Step = 'confirmed' | 'assigned' | 'answered' | 'returned' | 'approved' | 'published' | 'rejected' | 'transferred';

interface DemoQuestion {
  daysAgo: number;
  asker: { name: string; email?: string; phone?: string };
  procedureCode: string;
  /** The commune asked, for a procedure every commune handles. */
  agencyCode?: string;
  title: string;
  body: string;
  /** The agency's staff: who assigns, who answers, who approves. */
  staff: { head: string; specialist: string; leader: string };
  answer?: string;
  through: Step;
}

const HAC_THANH = { head: 'truongphong.hacthanh', specialist: 'tuphap.hacthanh', leader: 'lanhdao.hacthanh' };
const NOI_VU = { head: 'truongphong.snv', specialist: 'chuyenvien.snv', leader: 'lanhdao.snv' };
const BIRTH = { procedureCode: '1.001193', agencyCode: AGENCY.hacThanh, staff: HAC_THANH };
const WORK_PERMIT = { procedureCode: '1.014199', staff: NOI_VU };

/** The course each question went, oldest first: every state of it at a commune and a department, some published. */
const QUESTIONS: DemoQuestion[] = [
  {
    ...BIRTH,
    daysAgo: 40,
    asker: { name: 'Nguyễn Thị Lan', email: 'lan.nguyen@example.vn' },
    title: 'Đăng ký khai sinh khi cha mẹ chưa đăng ký kết hôn',
    body: 'Con tôi sinh tháng trước, chúng tôi chưa đăng ký kết hôn. Tôi là Nguyễn Thị Lan, điện thoại 0912 345 678. Khi đăng ký khai sinh cho cháu cần giấy tờ gì, có ghi tên cha được không?',
    answer:
      'Ông/bà nộp Tờ khai đăng ký khai sinh và Giấy chứng sinh. Nếu cha mẹ chưa đăng ký kết hôn, phần ghi về người cha để trống; trường hợp có người nhận con thì kết hợp giải quyết việc nhận cha, con cùng việc đăng ký khai sinh (Điều 15 Nghị định 123/2015/NĐ-CP).',
    through: 'published',
  },
  {
    ...BIRTH,
    daysAgo: 30,
    asker: { name: 'Lê Văn Hùng', phone: '0987 654 321' },
    title: 'Quá hạn 60 ngày mới đi khai sinh có bị phạt không?',
    body: 'Cháu nhà tôi đã hơn 3 tháng tuổi mới đi đăng ký khai sinh. Xin hỏi có bị xử phạt không và thủ tục có khác không?',
    answer:
      'Đăng ký khai sinh quá hạn không làm thay đổi thành phần hồ sơ. Việc không đăng ký khai sinh đúng hạn có thể bị nhắc nhở hoặc phạt cảnh cáo theo Nghị định 82/2020/NĐ-CP; ông/bà nên đăng ký sớm để bảo đảm quyền lợi của trẻ.',
    through: 'published',
  },
  {
    ...WORK_PERMIT,
    daysAgo: 25,
    asker: { name: 'Trần Quốc Bảo', email: 'bao.tran@example.vn' },
    title: 'Thời hạn của giấy phép lao động cho người nước ngoài',
    body: 'Công ty tôi tuyển một kỹ sư người Nhật. Giấy phép lao động được cấp tối đa bao lâu và có gia hạn được không?',
    answer: 'Thời hạn của giấy phép lao động tối đa 02 năm và được gia hạn một lần, tối đa 02 năm (Nghị định 152/2020/NĐ-CP, sửa đổi bởi Nghị định 70/2023/NĐ-CP).',
    through: 'published',
  },
  {
    ...BIRTH,
    daysAgo: 16,
    asker: { name: 'Phạm Thị Hoa', email: 'hoa.pham@example.vn' },
    title: 'Khai sinh cho con sinh ở nước ngoài',
    body: 'Con tôi sinh tại Hàn Quốc, nay về nước. Tôi đăng ký khai sinh cho cháu ở phường được không?',
    answer: 'Được. Ông/bà nộp tờ khai, giấy tờ chứng minh việc sinh do cơ quan có thẩm quyền của Hàn Quốc cấp đã hợp pháp hóa lãnh sự và dịch sang tiếng Việt.',
    through: 'approved',
  },
  {
    ...WORK_PERMIT,
    daysAgo: 8,
    asker: { name: 'Hoàng Minh Đức', phone: '0903 111 222' },
    title: 'Người nước ngoài làm việc dưới 3 tháng có cần giấy phép lao động?',
    body: 'Chuyên gia sang lắp đặt máy móc khoảng 2 tháng thì có phải xin giấy phép lao động không?',
    answer: 'Trường hợp vào Việt Nam làm việc dưới 3 tháng để xử lý sự cố kỹ thuật phức tạp thuộc diện không phải cấp giấy phép lao động, nhưng phải được xác nhận không thuộc diện cấp.',
    through: 'answered',
  },
  {
    ...BIRTH,
    daysAgo: 6,
    asker: { name: 'Đỗ Thị Mai', email: 'mai.do@example.vn' },
    title: 'Khai sinh trực tuyến có cần đến nhận kết quả không?',
    body: 'Tôi nộp hồ sơ khai sinh trên Cổng Dịch vụ công thì nhận bản chính giấy khai sinh bằng cách nào?',
    answer: 'Ông/bà nhận tại bộ phận một cửa.',
    through: 'returned',
  },
  {
    ...BIRTH,
    daysAgo: 14,
    asker: { name: 'Vũ Văn Nam', email: 'nam.vu@example.vn' },
    title: 'Đổi tên đệm trong giấy khai sinh của con',
    body: 'Tôi muốn đổi tên đệm của con (5 tuổi) trong giấy khai sinh thì làm thủ tục gì?',
    through: 'assigned',
  },
  {
    ...BIRTH,
    daysAgo: 12,
    asker: { name: 'Bùi Thị Thu', phone: '0936 222 333' },
    title: 'Mất bản chính giấy khai sinh',
    body: 'Tôi làm mất bản chính giấy khai sinh, có được cấp lại không hay chỉ xin bản sao?',
    through: 'confirmed',
  },
  {
    ...BIRTH,
    daysAgo: 2,
    asker: { name: 'Ngô Văn Tài', email: 'tai.ngo@example.vn' },
    title: 'Khai sinh cho trẻ bị bỏ rơi',
    body: 'Gia đình tôi đang nuôi một cháu bé bị bỏ rơi trước cửa nhà. Cần làm gì để cháu được khai sinh?',
    through: 'confirmed',
  },
  {
    ...BIRTH,
    daysAgo: 9,
    asker: { name: 'Đinh Văn Lực', email: 'luc.dinh@example.vn' },
    title: 'Trợ cấp thất nghiệp sau khi nghỉ việc',
    body: 'Tôi vừa nghỉ việc ở công ty, muốn hỏi thủ tục hưởng trợ cấp thất nghiệp.',
    through: 'transferred',
  },
  {
    ...BIRTH,
    daysAgo: 5,
    asker: { name: 'Lý Thị Nga', email: 'nga.ly@example.vn' },
    title: 'Khai sinh khi cha mẹ chưa đăng ký kết hôn',
    body: 'Cha mẹ chưa kết hôn thì khai sinh cho con thế nào?',
    through: 'rejected',
  },
  {
    ...WORK_PERMIT,
    daysAgo: 0,
    asker: { name: 'Châu Văn Phát', email: 'phat.chau@example.vn' },
    title: 'Hồ sơ xin giấy phép lao động cần hợp pháp hóa lãnh sự không?',
    body: 'Bằng đại học của người lao động nước ngoài có phải hợp pháp hóa lãnh sự không?',
    through: 'confirmed',
  },
];

/** A question still waiting for its asker to open the link, as one always is somewhere. */
const UNCONFIRMED: Omit<DemoQuestion, 'staff' | 'through'> = {
  ...BIRTH,
  daysAgo: 0,
  asker: { name: 'Tạ Văn Chờ', email: 'cho.ta@example.vn' },
  title: 'Khai sinh cho con khi bố mẹ ở hai tỉnh khác nhau',
  body: 'Tôi thường trú ở Hạc Thành, vợ tôi ở tỉnh khác. Đăng ký khai sinh cho con ở đâu?',
};

/**
 * A dozen citizens' questions at phường Hạc Thành and Sở Nội vụ, in every state of their course
 * (two overdue, three published, one transferred, one declined, one waiting for its asker's
 * confirmation), asked and answered through the questions' services on the days they would have
 * been. The asker's confirmation is replayed with the link their message carries. Returns how many.
 */
export async function seedDemoQuestions(db: Database, signing: Signing): Promise<number> {
  const realNow = new Date();
  const clock = { at: realNow };
  const deps: QuestionDeps = { db, calendar: createCalendarService(db), signing, now: () => clock.at, notify: new Set(['email', 'sms']) };
  const cast = await loadCast(db);
  const as = (username: string): Actor & { kind: 'officer' } => ({ kind: 'officer', officer: cast.officers.find((officer) => officer.username === username)!, ip: '127.0.0.1' });
  /** `time` in Vietnam, `days` calendar days ago: people ask on weekends too. */
  const at = (days: number, time: string) => {
    const instant = new Date(`${vietnamDate(new Date(realNow.getTime() - days * 86_400_000))}T${time}:00+07:00`);
    clock.at = instant < realNow ? instant : realNow;
  };
  const ask = async (question: Omit<DemoQuestion, 'staff' | 'through'>) => {
    at(question.daysAgo, '20:15');
    const { name, email, phone } = question.asker;
    const asker = email ? { name, channel: 'email' as const, contact: email } : { name, channel: 'sms' as const, contact: phone!.replace(/\s/g, '') };
    await askQuestion(deps, asker, { procedureCode: question.procedureCode, agencyCode: question.agencyCode, title: question.title, body: question.body }, '127.0.0.1');
    // The link the asker's message carries, as they would open it.
    const { rows } = await db.query<{ payload: { sealedToken: string } }>(`SELECT payload FROM outbox WHERE topic = 'question.notice' ORDER BY id DESC LIMIT 1`);
    return signing.vault.open(Buffer.from(rows[0]!.payload.sealedToken, 'base64')).toString('utf8');
  };

  for (const question of QUESTIONS) {
    const token = await ask(question);
    at(question.daysAgo, '21:00');
    const { code } = await confirmQuestion(deps, token, '127.0.0.1');
    const id = (await db.query<{ id: string }>('SELECT id FROM questions WHERE code = $1', [code])).rows[0]!.id;
    const { head, specialist, leader } = question.staff;
    if (question.through === 'confirmed') continue;
    if (question.through === 'transferred') {
      at(question.daysAgo - 1, '09:00');
      await transferQuestion(deps, as(head), id, { agencyCode: AGENCY.noiVu, reason: 'Trợ cấp thất nghiệp thuộc lĩnh vực việc làm do Sở Nội vụ giải quyết.' });
      continue;
    }
    if (question.through === 'rejected') {
      at(question.daysAgo - 1, '10:00');
      await rejectQuestion(deps, as(leader), id, 'Trùng nội dung với câu hỏi đã được trả lời và công khai trên Cổng.');
      continue;
    }
    at(question.daysAgo - 1, '09:30');
    await assignQuestion(deps, as(head), id, as(specialist).officer.id);
    if (question.through === 'assigned') continue;
    at(question.daysAgo - 2, '15:00');
    await answerQuestion(deps, as(specialist), id, question.answer!);
    if (question.through === 'returned') {
      at(question.daysAgo - 3, '08:30');
      await returnQuestion(deps, as(leader), id, 'Nêu rõ cả cách nhận qua dịch vụ bưu chính công ích và kết quả điện tử.');
      continue;
    }
    if (question.through === 'answered') continue;
    at(question.daysAgo - 3, '10:00');
    await approveQuestion(deps, as(leader), id);
    if (question.through === 'approved') continue;
    at(question.daysAgo - 3, '10:30');
    await publishQuestion(deps, as(leader), id, {});
  }
  await ask(UNCONFIRMED);
  return QUESTIONS.length + 1;
}
