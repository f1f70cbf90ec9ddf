import { defineTexts } from '../../shared/i18n.js';

/** The portal's addresses of questions and feedback; the server's messages link to the confirmation and information pages. */
export const QUESTIONS_PATH = '/hoi-dap';
export const ASK_QUESTION_PATH = '/hoi-dap/dat-cau-hoi';
export const FEEDBACK_PATH = '/phan-anh-kien-nghi';
export const SEND_FEEDBACK_PATH = '/phan-anh-kien-nghi/gui';
export const TRACK_QUESTION_PATH = '/hoi-dap/theo-doi';
export const TRACK_FEEDBACK_PATH = '/phan-anh-kien-nghi/theo-doi';
/** The ask page's address parameter naming the procedure asked about: the procedure page's link sets it. */
export const PROCEDURE_PARAM = 'thu-tuc';
export const askAboutProcedurePath = (code: string) => `${ASK_QUESTION_PATH}?${PROCEDURE_PARAM}=${encodeURIComponent(code)}`;
export const questionPath = (code: string) => `${QUESTIONS_PATH}/${code}`;
export const feedbackPath = (code: string) => `${FEEDBACK_PATH}/${code}`;

/** What the question and feedback pages say alike: the sender, the search of published answers, the confirmation. */
export const enquiryTexts = defineTexts({
  contactLegend: { vi: 'Người gửi', en: 'Sender' },
  name: { vi: 'Họ và tên', en: 'Full name' },
  nameMissing: { vi: 'Vui lòng nhập họ và tên.', en: 'Enter your full name.' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  phone: { vi: 'Số điện thoại di động', en: 'Mobile phone' },
  contactHint: {
    vi: 'Thư điện tử hoặc số điện thoại (ít nhất một): đường dẫn xác nhận và câu trả lời được gửi tới đây.',
    en: 'E-mail or phone (at least one): the confirmation link and the answer are sent there.',
  },
  contactMissing: { vi: 'Vui lòng nhập thư điện tử hoặc số điện thoại để nhận đường dẫn xác nhận.', en: 'Enter an e-mail address or a phone number to receive the confirmation link.' },
  phoneInvalid: { vi: 'Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang hoặc +, từ 8 đến 20 ký tự.', en: 'A phone number has 8 to 20 digits, spaces, dots, dashes or +.' },
  emailInvalid: { vi: 'Thư điện tử chưa đúng dạng (ví dụ ten@example.vn).', en: 'The e-mail address is not well formed (e.g. name@example.vn).' },
  signedInAs: {
    vi: 'Bạn đang đăng nhập với tên {name}: kết quả được gửi tới thư điện tử hoặc số điện thoại của tài khoản, không cần xác nhận lại.',
    en: 'You are signed in as {name}: the answer goes to your account’s e-mail or phone, with no confirmation needed.',
  },
  titleLabel: { vi: 'Tiêu đề', en: 'Title' },
  titleMissing: { vi: 'Vui lòng nhập tiêu đề.', en: 'Enter a title.' },
  bodyMissing: { vi: 'Vui lòng nhập nội dung.', en: 'Enter the text.' },
  privacyNote: {
    vi: 'Khi công khai câu trả lời, họ tên, thư điện tử, số điện thoại và số định danh của người gửi được ẩn.',
    en: 'When the answer is published, the sender’s name, e-mail, phone and identity numbers are hidden.',
  },
  sent: { vi: 'Đã gửi. Vui lòng xác nhận', en: 'Sent. Please confirm it' },
  sentByEmail: {
    vi: 'Chúng tôi đã gửi đường dẫn xác nhận tới thư điện tử của bạn. Mở đường dẫn trước {until} để chuyển đến cơ quan có thẩm quyền; nếu không, nội dung sẽ tự hủy.',
    en: 'We sent a confirmation link to your e-mail. Open it before {until} to have it sent to the competent agency; otherwise it is dropped.',
  },
  sentBySms: {
    vi: 'Chúng tôi đã gửi đường dẫn xác nhận tới số điện thoại của bạn. Mở đường dẫn trước {until} để chuyển đến cơ quan có thẩm quyền; nếu không, nội dung sẽ tự hủy.',
    en: 'We sent a confirmation link to your phone. Open it before {until} to have it sent to the competent agency; otherwise it is dropped.',
  },
  received: { vi: 'Đã chuyển đến cơ quan có thẩm quyền', en: 'Sent to the competent agency' },
  receivedBody: { vi: 'Mã số {code}. {agency} tiếp nhận; hạn xử lý: {due}.', en: 'Number {code}. {agency} has received it; due by {due}.' },
  keepCode: { vi: 'Vui lòng ghi lại mã số để liên hệ khi cần.', en: 'Keep the number to refer to it.' },
  confirmButton: { vi: 'Xác nhận', en: 'Confirm' },
  searchLabel: { vi: 'Tìm theo nội dung', en: 'Search the text' },
  searchHint: { vi: 'Gõ có dấu hoặc không dấu, ví dụ: khai sinh, khai sinh cho con.', en: 'With or without diacritics, e.g. khai sinh.' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  found: { vi: 'Có {count} kết quả', en: '{count} found' },
  nothingFound: { vi: 'Không tìm thấy nội dung phù hợp. Hãy thử từ khóa khác.', en: 'Nothing matches. Try other words.' },
  nonePublished: { vi: 'Chưa có nội dung nào được công khai.', en: 'Nothing has been published yet.' },
  answeredBy: { vi: '{agency} trả lời ngày {date}', en: 'Answered by {agency} on {date}' },
  agency: { vi: 'Cơ quan trả lời', en: 'Answered by' },
  publishedAt: { vi: 'Ngày công khai', en: 'Published on' },
  procedure: { vi: 'Thủ tục', en: 'Procedure' },
  answerHeading: { vi: 'Trả lời', en: 'Answer' },
  notFound: { vi: 'Không tìm thấy nội dung đã công khai với mã {code}.', en: 'Nothing published has the number {code}.' },
  trackLead: {
    vi: 'Nhập mã số đã nhận khi xác nhận và thư điện tử hoặc số điện thoại đã dùng khi gửi.',
    en: 'Enter the number you were given on confirming, and the e-mail or phone you sent it with.',
  },
  codeLabel: { vi: 'Mã số', en: 'Number' },
  codeMissing: { vi: 'Vui lòng nhập mã số.', en: 'Enter the number.' },
  trackContact: { vi: 'Thư điện tử hoặc số điện thoại đã dùng khi gửi', en: 'E-mail or phone you sent it with' },
  trackContactMissing: { vi: 'Vui lòng nhập thư điện tử hoặc số điện thoại đã dùng khi gửi.', en: 'Enter the e-mail or phone you sent it with.' },
  trackSubmit: { vi: 'Tra cứu', en: 'Look up' },
  progressHeading: { vi: 'Tình trạng {code}', en: 'Progress of {code}' },
  state: { vi: 'Trạng thái', en: 'State' },
  receivedAt: { vi: 'Ngày tiếp nhận', en: 'Received on' },
  deadline: { vi: 'Hạn xử lý', en: 'Due by' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  handledBy: { vi: 'Cơ quan xử lý', en: 'Handled by' },
  informationRequest: { vi: 'Cơ quan đề nghị bổ sung', en: 'The agency asks' },
  informationHint: { vi: 'Trả lời qua đường dẫn trong thư hoặc tin nhắn đề nghị bổ sung.', en: 'Answer by the link in the agency’s message.' },
  routedTo: { vi: 'Đã chuyển đến cơ quan có thẩm quyền', en: 'Routed to the competent body' },
});

export const questionTexts = defineTexts({
  title: { vi: 'Hỏi đáp', en: 'Questions and answers' },
  lead: {
    vi: 'Tra cứu câu hỏi về thủ tục hành chính đã được cơ quan có thẩm quyền trả lời, hoặc gửi câu hỏi của bạn.',
    en: 'Search the questions about administrative procedures that the competent agencies have answered, or ask yours.',
  },
  ask: { vi: 'Đặt câu hỏi', en: 'Ask a question' },
  track: { vi: 'Theo dõi câu hỏi đã gửi', en: 'Follow a question you asked' },
  codeHint: { vi: 'Ví dụ: HD-2026-000001.', en: 'E.g. HD-2026-000001.' },
  listCaption: { vi: 'Câu hỏi đã được trả lời', en: 'Answered questions' },
  askTitle: { vi: 'Đặt câu hỏi về thủ tục hành chính', en: 'Ask about an administrative procedure' },
  askLead: {
    vi: 'Câu hỏi được chuyển đến cơ quan giải quyết thủ tục hoặc phụ trách lĩnh vực, trả lời trong 7 ngày làm việc kể từ khi bạn xác nhận.',
    en: 'The question goes to the agency handling the procedure or in charge of the field, and is answered within 7 working days of your confirmation.',
  },
  topicLegend: { vi: 'Câu hỏi về', en: 'About' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  chooseField: { vi: '— Chọn lĩnh vực —', en: '— Choose a field —' },
  fieldMissing: { vi: 'Vui lòng chọn lĩnh vực của câu hỏi.', en: 'Choose the field of the question.' },
  procedureChoice: { vi: 'Thủ tục (nếu câu hỏi về một thủ tục)', en: 'Procedure (if it is about one)' },
  anyProcedure: { vi: '— Câu hỏi chung về lĩnh vực —', en: '— A general question about the field —' },
  commune: { vi: 'Xã, phường nơi bạn hỏi', en: 'Your commune or ward' },
  communeHint: { vi: 'Thủ tục do từng xã, phường giải quyết: chọn nơi bạn sẽ nộp hồ sơ.', en: 'Each commune handles this procedure: choose where you would apply.' },
  chooseCommune: { vi: '— Chọn xã, phường —', en: '— Choose a commune or ward —' },
  communeMissing: { vi: 'Vui lòng chọn xã, phường.', en: 'Choose a commune or ward.' },
  bodyLabel: { vi: 'Nội dung câu hỏi', en: 'Your question' },
  submit: { vi: 'Gửi câu hỏi', en: 'Send the question' },
  confirmTitle: { vi: 'Xác nhận câu hỏi', en: 'Confirm your question' },
  confirmLead: {
    vi: 'Bấm Xác nhận để câu hỏi được chuyển đến cơ quan có thẩm quyền trả lời.',
    en: 'Press Confirm to have the question sent to the competent agency.',
  },
  backToList: { vi: 'Về trang Hỏi đáp', en: 'Back to questions and answers' },
  questionHeading: { vi: 'Câu hỏi', en: 'Question' },
  onProcedurePage: { vi: 'Hỏi đáp về thủ tục này', en: 'Questions about this procedure' },
  askAboutProcedure: { vi: 'Đặt câu hỏi về thủ tục này', en: 'Ask about this procedure' },
  noneOnProcedure: { vi: 'Chưa có câu hỏi nào về thủ tục này được công khai.', en: 'No question about this procedure has been published yet.' },
});

export const feedbackTexts = defineTexts({
  title: { vi: 'Phản ánh, kiến nghị', en: 'Feedback and petitions' },
  lead: {
    vi: 'Phản ánh, kiến nghị về quy định hành chính hoặc về việc giải quyết hồ sơ của bạn. Cơ quan phân loại trong 2 ngày làm việc và xử lý trong 15 ngày làm việc; kết quả được công khai.',
    en: 'Feedback and petitions on administrative rules or on how your dossier was handled. The agency sorts it within 2 working days and handles it within 15; the answers are published.',
  },
  send: { vi: 'Gửi phản ánh, kiến nghị', en: 'Send feedback' },
  track: { vi: 'Theo dõi phản ánh, kiến nghị đã gửi', en: 'Follow feedback you sent' },
  codeHint: { vi: 'Ví dụ: PA-2026-000001.', en: 'E.g. PA-2026-000001.' },
  listCaption: { vi: 'Kết quả xử lý đã công khai', en: 'Published answers' },
  kindLegend: { vi: 'Loại', en: 'Kind' },
  kindHint: {
    vi: 'Khiếu nại, tố cáo được ghi nhận và chuyển cơ quan có thẩm quyền giải quyết theo Luật Khiếu nại, Luật Tố cáo.',
    en: 'Complaints and denunciations are recorded and routed to the body competent under their own laws.',
  },
  subjectLegend: { vi: 'Về việc', en: 'About' },
  aboutRule: { vi: 'Một quy định hành chính', en: 'An administrative rule' },
  aboutDossier: { vi: 'Một hồ sơ của tôi', en: 'A dossier of mine' },
  dossierCode: { vi: 'Mã hồ sơ', en: 'Dossier code' },
  dossierHint: {
    vi: 'Ghi trên giấy tiếp nhận. Thư điện tử hoặc số điện thoại bạn nhập phải là của người nộp hồ sơ.',
    en: 'Printed on the receipt. The e-mail or phone you give must be the applicant’s.',
  },
  dossierMissing: { vi: 'Vui lòng nhập mã hồ sơ.', en: 'Enter the dossier code.' },
  rule: { vi: 'Quy định được phản ánh', en: 'The rule' },
  ruleHint: { vi: 'Tên văn bản, điều khoản hoặc thủ tục, ví dụ: Thủ tục đăng ký khai sinh — thành phần hồ sơ.', en: 'The text, article or procedure, e.g. birth registration — documents asked.' },
  ruleMissing: { vi: 'Vui lòng nêu quy định được phản ánh.', en: 'Name the rule.' },
  agency: { vi: 'Cơ quan nhận', en: 'To the agency' },
  chooseAgency: { vi: '— Chọn cơ quan —', en: '— Choose an agency —' },
  agencyMissing: { vi: 'Vui lòng chọn cơ quan nhận.', en: 'Choose the agency.' },
  bodyLabel: { vi: 'Nội dung', en: 'Text' },
  submit: { vi: 'Gửi', en: 'Send' },
  confirmTitle: { vi: 'Xác nhận phản ánh, kiến nghị', en: 'Confirm your feedback' },
  confirmLead: { vi: 'Bấm Xác nhận để nội dung được chuyển đến cơ quan có thẩm quyền.', en: 'Press Confirm to have it sent to the competent agency.' },
  supplyTitle: { vi: 'Bổ sung thông tin', en: 'Supply the information asked' },
  supplyLead: {
    vi: 'Cơ quan đã đề nghị bạn bổ sung thông tin (xem thư hoặc tin nhắn đề nghị). Thời hạn xử lý được tính tiếp khi bạn gửi.',
    en: 'The agency asked you for more information (see its message). The handling deadline runs again once you send it.',
  },
  information: { vi: 'Thông tin bổ sung', en: 'Information' },
  informationMissing: { vi: 'Vui lòng nhập thông tin bổ sung.', en: 'Enter the information.' },
  supplySubmit: { vi: 'Gửi thông tin bổ sung', en: 'Send the information' },
  supplied: { vi: 'Đã gửi thông tin bổ sung cho {code}', en: 'Information sent for {code}' },
  suppliedDue: { vi: 'Hạn xử lý mới: {due}.', en: 'New deadline: {due}.' },
  backToList: { vi: 'Về trang Phản ánh, kiến nghị', en: 'Back to feedback and petitions' },
  kind: { vi: 'Loại', en: 'Kind' },
  contentHeading: { vi: 'Nội dung', en: 'Text' },
  answerHeading: { vi: 'Kết quả xử lý', en: 'Answer' },
});
