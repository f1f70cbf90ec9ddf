import { defineTexts } from '../shared/i18n.js';

export const scorecardTexts = defineTexts({
  title: { vi: 'Chỉ số phục vụ người dân, doanh nghiệp', en: 'Index of service to citizens and businesses' },
  lead: {
    vi: 'Bộ chỉ số theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ, tính trực tuyến từ dữ liệu giải quyết hồ sơ: 100 điểm chia thành năm nhóm. Mỗi chỉ tiêu đạt đủ điểm khi đạt ngưỡng, dưới ngưỡng được điểm theo tỷ lệ.',
    en: 'The index of the Prime Minister’s Decision 766/QĐ-TTg of 23 June 2022, computed live from dossier handling: 100 points in five groups. Each indicator earns all its points at its threshold, and a share of them below it.',
  },
  period: { vi: 'Kỳ đánh giá', en: 'Period' },
  periodKind: { vi: 'Xem theo', en: 'By' },
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
  year: { vi: 'Năm', en: 'Year' },
  monthName: { vi: 'Tháng {month}', en: 'Month {month}' },
  quarterName: { vi: 'Quý {quarter}', en: 'Quarter {quarter}' },
  show: { vi: 'Xem chỉ số', en: 'Show the index' },
  periodShown: { vi: 'Từ {from} đến {to}', en: 'From {from} to {to}' },
  province: { vi: 'Toàn tỉnh', en: 'Whole province' },
  outOf: { vi: '{points} / {max} điểm', en: '{points} / {max} points' },
  totalLabel: { vi: 'Tổng điểm', en: 'Total' },
  groupsCaption: { vi: 'Điểm theo nhóm chỉ số của toàn tỉnh', en: 'The province’s points by group' },
  ranking: { vi: 'Xếp hạng các cơ quan, đơn vị', en: 'Ranking of agencies' },
  rankingNote: {
    vi: 'Các sở, ban, ngành, trung tâm phục vụ hành chính công và UBND xã, phường tiếp nhận hoặc giải quyết hồ sơ. Bấm tiêu đề cột để sắp xếp.',
    en: 'Departments, public administration centres and communes that receive or decide dossiers. Press a column heading to sort.',
  },
  rank: { vi: 'Hạng', en: 'Rank' },
  agency: { vi: 'Cơ quan, đơn vị', en: 'Agency' },
  noAgencies: { vi: 'Chưa có cơ quan nào để xếp hạng.', en: 'There is no agency to rank yet.' },
});
