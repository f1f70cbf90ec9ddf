import { type AssignmentHold, type IncomingAction, type OutgoingAction, type OutgoingHold, type OutgoingState, type OfficerRole, QUESTION_COURSE, type QuestionAction, type QuestionState, holdsAssignment, mayTakeOutgoing, rolesMayTake } from '@motcua/core';
import { FEEDBACK_COURSE, type FeedbackAction, type FeedbackState } from '@motcua/core';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedOfficer } from './actor.js';
import { requireOfficer } from './authentication.js';
import { AppError } from './errors.js';
import * as policies from './policies.js';

/** The officers who see an agency's citizens' questions: those who assign, answer and approve them. */
const QUESTION_OFFICER_ROLES: ReadonlySet<OfficerRole> = new Set(['agency_leader', 'unit_head', 'specialist']);

/** The officers who handle an agency's feedback and petitions: those who sort, handle and approve them. */
const FEEDBACK_OFFICER_ROLES: ReadonlySet<string> = new Set(['agency_leader', 'unit_head', 'specialist']);

/** Who may call a route at all: anyone, a signed-in officer, or a signed-in citizen. */
export type RouteAccess = 'public' | 'officer' | 'citizen';

interface Rule<Subject = never> {
  /** Who is let through to the route before it reads anything. */
  who: RouteAccess;
  description: { vi: string; en: string };
  /**
   * What the signed-in officer must be to the subject of the request, checked with authorize().
   * Without it the rule is who calls (and, for the rules that say so, a secret they show or the
   * lifecycle table the action goes through).
   */
  allows?: (officer: AuthenticatedOfficer, subject: Subject) => boolean;
}

/**
 * The rule book: every rule a route of the API is under, by name. Each route declares its rule
 * (`config: { rule }`), the OpenAPI document shows it, and handlers check it with authorize().
 */
export const RULES = {
  public: {
    who: 'public',
    description: { vi: 'Công khai: ai cũng dùng được, không cần đăng nhập', en: 'Public: anyone, without signing in' },
  },
  'sms-carrier': {
    who: 'public',
    description: { vi: 'Nhà mạng chuyển tin nhắn đến, xác thực bằng mã bí mật của nhà mạng', en: 'The SMS carrier, by the secret token it was given' },
  },
  'applicant-with-lookup-code': {
    who: 'public',
    description: { vi: 'Người nộp hồ sơ, xác thực bằng mã tra cứu in trên giấy tiếp nhận', en: 'The applicant, by the lookup code printed on the receipt' },
  },
  'citizen-themself': {
    who: 'citizen',
    description: { vi: 'Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình', en: 'The signed-in citizen, on their own account, drafts and dossiers' },
  },
  'signed-in-officer': {
    who: 'officer',
    description: { vi: 'Cán bộ đã đăng nhập', en: 'Any signed-in officer' },
  },
  'own-officer-account': {
    who: 'officer',
    description: {
      vi: 'Cán bộ đã đăng nhập, với tài khoản của chính mình (kể cả khi còn phải đổi mật khẩu hoặc bật xác thực hai lớp)',
      en: 'The signed-in officer, on their own account (also while they still have to change their password or turn on two-factor sign-in)',
    },
  },
  'see-dossier': {
    who: 'officer',
    description: {
      vi: 'Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý)',
      en: 'Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps)',
    },
    allows: (officer, scope: policies.DossierScope) => policies.canSeeDossier(officer, scope),
  },
  'dossier-lifecycle': {
    who: 'officer',
    description: {
      vi: 'Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó',
      en: 'Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns',
    },
  },
  'administer-agencies': {
    who: 'officer',
    description: {
      vi: 'Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng',
      en: 'Administrators of every agency concerned, or of an agency above it',
    },
    allows: (officer, lineages: ReadonlyArray<readonly string[]>) => policies.canAdministerEvery(officer, lineages),
  },
  'change-calendar': {
    who: 'officer',
    description: { vi: 'Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống', en: 'Administrators of the installation’s root agency (the province)' },
    allows: (officer, rootAgencyIds: readonly string[]) => policies.canChangeCalendar(officer, rootAgencyIds),
  },
  'see-signing-credential': {
    who: 'officer',
    description: { vi: 'Quản trị viên và lãnh đạo của cơ quan sở hữu chứng thư ký số', en: 'Administrators and leaders of the agency the signing certificate belongs to' },
    allows: (officer, agencyAndAncestors: readonly string[]) => policies.canSeeSigningCredential(officer, agencyAndAncestors),
  },
  'officer-signing': {
    who: 'officer',
    description: {
      vi: 'Chính cán bộ đó, hoặc quản trị viên của mọi cơ quan mà cán bộ có vai trò (cấu hình ký số cá nhân, ảnh chữ ký)',
      en: 'The officer themself, or administrators of every agency they hold a role at (personal signing, signature image)',
    },
    allows: (officer, subject: { officerId: string; lineages: ReadonlyArray<readonly string[]> }) =>
      officer.id === subject.officerId || policies.canAdministerEvery(officer, subject.lineages),
  },
  'revoke-result': {
    who: 'officer',
    description: { vi: 'Lãnh đạo cơ quan đã ban hành văn bản, hoặc quản trị viên cấp trên', en: 'Leaders of the issuing agency, or administrators above it' },
    allows: (officer, issuingAgencyAndAncestors: readonly string[]) => policies.canRevokeResult(officer, issuingAgencyAndAncestors),
  },
  'see-agency-register': {
    who: 'officer',
    description: { vi: 'Cán bộ làm việc với hồ sơ tại cơ quan có sổ theo dõi', en: 'Officers who work on dossiers at the agency the register is of' },
    allows: (officer, agencyId: string) => policies.canSeeAgencyRegister(officer, agencyId),
  },
  'look-up-digitised-documents': {
    who: 'officer',
    description: {
      vi: 'Cán bộ tiếp nhận, hoặc cán bộ xem được một hồ sơ của người có giấy tờ',
      en: 'Receiving officers, or officers who may see a dossier of the person the documents are of',
    },
    allows: (officer, applicantDossiers: ReadonlyArray<readonly string[]>) => policies.canLookUpDigitisedDocuments(officer, applicantDossiers),
  },
  'follow-up-notices': {
    who: 'officer',
    description: {
      vi: 'Cán bộ tiếp nhận và quản trị viên của cơ quan đã tiếp nhận hồ sơ',
      en: 'Receiving officers and administrators of the agency that received the dossiers',
    },
    allows: (officer, notice: { receivingAgencyId?: string }) => {
      const agencyIds = policies.noticeFollowUpAgencyIds(officer);
      return notice.receivingAgencyId === undefined ? agencyIds.length > 0 : agencyIds.includes(notice.receivingAgencyId);
    },
  },
  'paired-device': {
    who: 'public',
    description: {
      vi: 'Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị',
      en: 'A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token',
    },
  },
  'ticket-holder': {
    who: 'public',
    description: { vi: 'Người giữ phiếu số thứ tự, xác thực bằng mã QR in trên phiếu', en: 'The holder of a queue ticket, by the code in its QR code' },
  },
  'serve-at-counter': {
    who: 'officer',
    description: { vi: 'Cán bộ tiếp nhận của trung tâm có quầy', en: 'Receiving officers of the centre the counter belongs to' },
    allows: (officer, centreAgencyId: string) => policies.canServeAtCounter(officer, centreAgencyId),
  },
  'manage-centre': {
    who: 'officer',
    description: {
      vi: 'Lãnh đạo và trưởng bộ phận của trung tâm, hoặc quản trị viên của trung tâm hay cơ quan cấp trên',
      en: 'Leaders and unit heads of the centre, or administrators of the centre or an agency above it',
    },
    allows: (officer, centreAndAncestors: readonly string[]) => policies.canManageCentre(officer, centreAndAncestors),
  },
  'see-statistics': {
    who: 'officer',
    description: {
      vi: 'Lãnh đạo, lãnh đạo phòng và quản trị viên của cơ quan, hoặc của cơ quan cấp trên',
      en: 'Leaders, unit heads and administrators of the agency, or of an agency above it',
    },
    allows: (officer, agencyAndAncestors: readonly string[]) => policies.canSeeStatistics(officer, agencyAndAncestors),
  },
  'payment-gateway': {
    who: 'public',
    description: {
      vi: 'Cổng thanh toán, xác thực bằng chữ ký HMAC-SHA512 với khóa bí mật chung (trả về, IPN)',
      en: 'The payment gateway, by its HMAC-SHA512 signature with the shared secret (redirect, IPN)',
    },
  },
  'exchange-peer': {
    who: 'public',
    description: {
      vi: 'Hệ thống ngang hàng đã được quản trị viên đăng ký, xác thực bằng chữ ký số trên gói tin theo chứng thư đã đăng ký',
      en: 'A peer installation registered by an administrator, by the signature on the package made with its registered certificate',
    },
  },
  'administer-exchange-peers': {
    who: 'officer',
    description: { vi: 'Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống', en: 'Administrators of the installation’s root agency (the province)' },
    allows: (officer, rootAgencyIds: readonly string[]) => policies.canChangeCalendar(officer, rootAgencyIds),
  },
  'assist-submission': {
    who: 'officer',
    description: {
      vi: 'Nhân viên điểm hỗ trợ dịch vụ công và cán bộ tiếp nhận, tại điểm hoặc bộ phận một cửa của mình, nộp hồ sơ thay công dân có mặt và đồng ý',
      en: 'Helpers of assisted-digital points and receiving officers, at their own point or desk, submitting for a citizen who is present and consents',
    },
    allows: (officer, pointAgencyId: string) => policies.assistancePointIds(officer).includes(pointAgencyId),
  },
  'reconcile-payments': {
    who: 'officer',
    description: {
      vi: 'Cán bộ tiếp nhận và quản trị viên; với một hồ sơ, của cơ quan đã tiếp nhận hồ sơ',
      en: 'Receiving officers and administrators; for a dossier, those of the agency that received it',
    },
    // null: the province's fee account as a whole (its statements, the lines nobody's dossier claims yet).
    allows: (officer, receivingAgencyId: string | null) =>
      officer.grants.some((grant) => (grant.role === 'receiving_officer' || grant.role === 'admin') && (receivingAgencyId === null || grant.agencyId === receivingAgencyId)),
  },
  'see-documents': {
    who: 'officer',
    description: {
      vi: 'Cán bộ của cơ quan có sổ văn bản (văn thư, lãnh đạo, lãnh đạo phòng, chuyên viên, cán bộ tiếp nhận, quản trị viên)',
      en: 'Officers of the agency the document register is of (clerks, leaders, unit heads, specialists, receiving officers, administrators)',
    },
    allows: (officer, agencyId: string) => policies.documentAgencyIds(officer).includes(agencyId),
  },
  'register-incoming-documents': {
    who: 'officer',
    description: { vi: 'Văn thư của cơ quan nhận văn bản', en: 'Document clerks of the receiving agency' },
    allows: (officer, agencyId: string) => officer.grants.some((grant) => grant.role === 'document_clerk' && grant.agencyId === agencyId),
  },
  'route-incoming-document': {
    who: 'officer',
    description: {
      vi: 'Cán bộ giữ vai trò mà bảng luân chuyển văn bản đến quy định cho thao tác, tại cơ quan nhận văn bản; với một phần việc được giao, chỉ người được giao (hoặc lãnh đạo phòng được giao)',
      en: 'Officers holding a role the incoming routing table names for the action, at the receiving agency; on an assignment, only its holder (the officer, or the head of the unit)',
    },
    allows: (officer, subject: { agencyId: string; action: IncomingAction; assignment: AssignmentHold | null }) =>
      rolesMayTake(
        officer.grants.filter((grant) => grant.agencyId === subject.agencyId).map((grant) => grant.role),
        subject.action,
      ) && (subject.assignment === null || holdsAssignment(officer, subject.assignment)),
  },
  'draft-outgoing-documents': {
    who: 'officer',
    description: { vi: 'Chuyên viên của cơ quan ban hành văn bản đi', en: 'Specialists of the agency issuing the outgoing document' },
    allows: (officer, agencyId: string) => officer.grants.some((grant) => grant.role === 'specialist' && grant.agencyId === agencyId),
  },
  'register-paper-outgoing-documents': {
    who: 'officer',
    description: {
      vi: 'Văn thư của cơ quan ban hành: vào sổ văn bản đi văn bản chỉ phát hành bản giấy (văn bản mật, văn bản ký tay)',
      en: 'Document clerks of the issuing agency: entering in the outgoing register a document released on paper only (classified, or signed by hand)',
    },
    allows: (officer, agencyId: string) => officer.grants.some((grant) => grant.role === 'document_clerk' && grant.agencyId === agencyId),
  },
  'route-outgoing-document': {
    who: 'officer',
    description: {
      vi: 'Cán bộ giữ vai trò mà bảng luân chuyển văn bản đi quy định cho thao tác, tại cơ quan ban hành; người soạn thảo trình, lãnh đạo phòng soạn thảo duyệt, người được chọn ký mới ký',
      en: 'Officers holding a role the outgoing routing table names for the action, at the issuing agency; the author submits, the head of the drafting unit reviews, the chosen signer signs',
    },
    allows: (officer, subject: { state: OutgoingState; action: OutgoingAction; hold: OutgoingHold }) => mayTakeOutgoing(officer, subject.state, subject.action, subject.hold),
  },
  'see-overdue-documents': {
    who: 'officer',
    description: { vi: 'Lãnh đạo cơ quan và lãnh đạo phòng của cơ quan nhận văn bản', en: 'Leaders and unit heads of the receiving agency' },
    allows: (officer, agencyId: string) => officer.grants.some((grant) => (grant.role === 'agency_leader' || grant.role === 'unit_head') && grant.agencyId === agencyId),
  },
  'see-work-records': {
    who: 'officer',
    description: { vi: 'Cán bộ của cơ quan có danh mục hồ sơ công việc', en: 'Officers of the agency the work records belong to' },
    allows: (officer, agencyId: string) => policies.documentAgencyIds(officer).includes(agencyId),
  },
  'keep-work-record-list': {
    who: 'officer',
    description: { vi: 'Văn thư, lãnh đạo và quản trị viên của cơ quan', en: 'Document clerks, leaders and administrators of the agency' },
    allows: (officer, agencyId: string) => policies.mayKeepWorkRecordList(officer, agencyId),
  },
  'keep-work-record': {
    who: 'officer',
    description: {
      vi: 'Người lập hồ sơ, lãnh đạo phòng của người lập hồ sơ, hoặc lãnh đạo cơ quan',
      en: 'The record’s keeper, the head of the keeper’s unit, or a leader of the agency',
    },
    allows: (officer, record: policies.WorkRecordKeeping) => policies.mayKeepWorkRecord(officer, record),
  },
  'archive-work-records': {
    who: 'officer',
    description: { vi: 'Văn thư của cơ quan, người nhận hồ sơ nộp lưu vào lưu trữ cơ quan', en: 'The agency’s document clerks, who take records over into its archive' },
    allows: (officer, agencyId: string) => policies.mayArchiveWorkRecords(officer, agencyId),
  },
  'arrange-meeting': {
    who: 'officer',
    description: {
      vi: 'Người soạn giấy mời, hoặc văn thư, lãnh đạo của cơ quan gửi giấy mời',
      en: 'The invitation’s author, or the document clerks and leaders of the inviting agency',
    },
    allows: (officer, invitation: { agencyId: string; authorId: string | null }) =>
      officer.grants.some(
        (grant) => grant.agencyId === invitation.agencyId && (officer.id === invitation.authorId || grant.role === 'document_clerk' || grant.role === 'agency_leader'),
      ),
  },
  'answer-meeting-invitation': {
    who: 'officer',
    description: {
      vi: 'Cán bộ được mời họp; với giấy mời gửi cơ quan, văn thư và lãnh đạo của cơ quan đó',
      en: 'The invited officer; for an invitation to an agency, its document clerks and leaders',
    },
    allows: (officer, invitee: { officerId: string | null; agencyId: string | null }) =>
      invitee.officerId !== null
        ? invitee.officerId === officer.id
        : officer.grants.some((grant) => grant.agencyId === invitee.agencyId && (grant.role === 'document_clerk' || grant.role === 'agency_leader')),
  },
  'meeting-invitee-by-link': {
    who: 'public',
    description: { vi: 'Người được mời họp, bằng đường dẫn riêng trong thư mời', en: 'The meeting’s invitee, by the personal link in their invitation' },
  },
  'import-land-register': {
    who: 'officer',
    description: {
      vi: 'Cán bộ địa chính và quản trị viên của xã, phường, hoặc của cơ quan cấp trên',
      en: 'Land officers and administrators of the commune, or of an agency above it',
    },
    allows: (officer, communeAndAncestors: readonly string[]) =>
      officer.grants.some((grant) => (grant.role === 'land_officer' || grant.role === 'admin') && communeAndAncestors.includes(grant.agencyId)),
  },
  'see-land-holders': {
    who: 'officer',
    description: {
      vi: 'Cán bộ địa chính của xã, phường có thửa đất, hoặc của cơ quan cấp trên (người sử dụng đất, giấy chứng nhận, hồ sơ đất đai)',
      en: 'Land officers of the parcel’s commune, or of an agency above it (holders, certificates, land dossiers)',
    },
    allows: (officer, communeAndAncestors: readonly string[]) =>
      officer.grants.some((grant) => grant.role === 'land_officer' && communeAndAncestors.includes(grant.agencyId)),
  },
  'question-asker-by-link': {
    who: 'public',
    description: { vi: 'Người hỏi, bằng đường dẫn xác nhận gửi tới thư điện tử hoặc số điện thoại của mình', en: 'The asker, by the confirmation link sent to their e-mail address or phone' },
  },
  'see-questions': {
    who: 'officer',
    description: { vi: 'Lãnh đạo, lãnh đạo phòng và chuyên viên của cơ quan nhận câu hỏi', en: 'Leaders, unit heads and specialists of the agency the question is with' },
    allows: (officer, agencyId: string) => officer.grants.some((grant) => grant.agencyId === agencyId && QUESTION_OFFICER_ROLES.has(grant.role)),
  },
  'take-question-step': {
    who: 'officer',
    description: {
      vi: 'Cán bộ giữ vai trò mà bảng xử lý câu hỏi quy định cho thao tác, tại cơ quan nhận câu hỏi; chỉ chuyên viên được giao mới trình trả lời',
      en: 'Officers holding a role the questions’ course names for the step, at the agency the question is with; only the assigned specialist answers',
    },
    allows: (officer, question: { agencyId: string; state: QuestionState; action: QuestionAction; assigneeId: string | null }) =>
      'state' in
        QUESTION_COURSE.next(
          question.state,
          question.action,
          officer.grants.filter((grant) => grant.agencyId === question.agencyId).map((grant) => grant.role),
        ) && (question.action !== 'answer' || question.assigneeId === officer.id),
  },
  'feedback-sender-by-link': {
    who: 'public',
    description: {
      vi: 'Người gửi phản ánh, kiến nghị, bằng đường dẫn gửi tới thư điện tử hoặc số điện thoại của mình',
      en: 'The sender of the feedback, by the link sent to their e-mail address or phone',
    },
  },
  'see-feedback': {
    who: 'officer',
    description: {
      vi: 'Lãnh đạo, lãnh đạo phòng và chuyên viên của cơ quan nhận phản ánh, kiến nghị; lãnh đạo cơ quan cấp trên',
      en: 'Leaders, unit heads and specialists of the agency the feedback is with; leaders of the agencies above it',
    },
    allows: (officer, agencyAndAncestors: readonly string[]) =>
      officer.grants.some(
        (grant) => (grant.agencyId === agencyAndAncestors[0] && FEEDBACK_OFFICER_ROLES.has(grant.role)) || (grant.role === 'agency_leader' && agencyAndAncestors.includes(grant.agencyId)),
      ),
  },
  'take-feedback-step': {
    who: 'officer',
    description: {
      vi: 'Cán bộ giữ vai trò mà bảng xử lý phản ánh, kiến nghị quy định cho thao tác, tại cơ quan nhận; chỉ chuyên viên được giao mới trình kết quả',
      en: 'Officers holding a role the feedback’s course names for the step, at the agency it is with; only the assigned specialist submits the answer',
    },
    allows: (officer, feedback: { agencyId: string; state: FeedbackState; action: FeedbackAction; assigneeId: string | null }) =>
      'state' in
        FEEDBACK_COURSE.next(
          feedback.state,
          feedback.action,
          officer.grants.filter((grant) => grant.agencyId === feedback.agencyId).map((grant) => grant.role),
        ) && (feedback.action !== 'answer' || feedback.assigneeId === officer.id),
  },
} satisfies Record<string, Rule<never>>;

export type RuleName = keyof typeof RULES;
/** The rules authorize() checks: those with a predicate on the request's subject. */
export type CheckedRule = { [Name in RuleName]: (typeof RULES)[Name] extends { allows: unknown } ? Name : never }[RuleName];
export type SubjectOf<Name extends CheckedRule> = Parameters<(typeof RULES)[Name]['allows']>[1];

export const isRuleName = (name: unknown): name is RuleName => typeof name === 'string' && Object.hasOwn(RULES, name);

/** Whether the officer is allowed what the rule guards, for that subject (to offer it, as well as to check it). */
export function may<Name extends CheckedRule>(officer: AuthenticatedOfficer, rule: Name, subject: SubjectOf<Name>): boolean {
  return (RULES[rule].allows as (officer: AuthenticatedOfficer, subject: SubjectOf<Name>) => boolean)(officer, subject);
}

/** A 403 that names the rule refusing it, so a caller knows what they lack. */
export class RuleRefusal extends AppError {
  constructor(readonly rule: RuleName) {
    const { vi, en } = RULES[rule].description;
    super(403, 'forbidden', `Bạn không có quyền thực hiện thao tác này. Quy tắc "${rule}": ${vi}.`, `You are not allowed to do this. Rule "${rule}": ${en}.`);
  }

  override toBody() {
    return { ...super.toBody(), rule: this.rule };
  }
}

/**
 * The one place a route's authorisation is checked: the signed-in officer of the request (or the
 * officer a service acts for) against the rule, for the subject the request is about.
 */
export function authorize<Name extends CheckedRule>(who: FastifyRequest | AuthenticatedOfficer, rule: Name, subject: SubjectOf<Name>): void {
  const officer = 'grants' in who ? who : requireOfficer(who);
  if (!may(officer, rule, subject)) throw new RuleRefusal(rule);
}
