import { defineTexts } from '../shared/i18n.js';

export const procedureSearchTexts = defineTexts({
  title: { vi: 'Tra cứu thủ tục hành chính', en: 'Find an administrative procedure' },
  searchLabel: { vi: 'Tên hoặc mã thủ tục', en: 'Procedure name or code' },
  searchHint: { vi: 'Kết quả hiện ngay khi bạn gõ; có dấu hoặc không dấu đều được.', en: 'Results appear as you type; Vietnamese accents are optional.' },
  filters: { vi: 'Lọc kết quả', en: 'Filter the results' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  level: { vi: 'Cấp thực hiện', en: 'Level' },
  agency: { vi: 'Cơ quan thực hiện', en: 'Implementing agency' },
  online: { vi: 'Hình thức nộp', en: 'How to submit' },
  any: { vi: 'Tất cả', en: 'All' },
  onlineNoneOption: { vi: 'Chỉ nộp trực tiếp hoặc qua bưu chính', en: 'In person or by post only' },
  activeFilters: { vi: 'đang dùng {count}', en: '{count} in use' },
  clearFilters: { vi: 'Xóa bộ lọc', en: 'Clear filters' },
  resultsHeading: { vi: 'Kết quả tra cứu', en: 'Results' },
  found: { vi: 'Tìm thấy {count} thủ tục.', en: '{count} {count|procedure|procedures} found.' },
  foundOne: { vi: 'Tìm thấy 1 thủ tục.', en: '1 procedure found.' },
  empty: {
    vi: 'Không tìm thấy thủ tục phù hợp. Hãy thử từ khóa ngắn hơn, kiểm tra chính tả hoặc bỏ bớt bộ lọc.',
    en: 'No matching procedure. Try a shorter word, check the spelling or remove some filters.',
  },
  code: { vi: 'Mã thủ tục', en: 'Procedure code' },
  agencyLabel: { vi: 'Cơ quan', en: 'Agency' },
  time: { vi: 'Thời hạn giải quyết', en: 'Processing time' },
});
