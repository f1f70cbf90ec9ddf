/**
 * Dossier states. Two supplement states exist because the applicant's resubmission leads back to
 * different places: before reception the dossier waits for a receiving officer again, during
 * processing it returns to the step that asked.
 */
export const DOSSIER_STATES = [
  'submitted',
  'supplement_before_reception',
  'refused',
  'processing',
  'supplement_requested',
  'awaiting_fee',
  'suspended',
  'withdrawn',
  'stopped',
  'result_ready',
  'returned',
] as const;

export type DossierState = (typeof DOSSIER_STATES)[number];

/** `TrangThaiHoSo` of the National Public Service Portal. */
export const NATIONAL_STATUS: Record<DossierState, number> = {
  submitted: 1,
  supplement_before_reception: 5,
  refused: 3,
  processing: 4,
  supplement_requested: 5,
  awaiting_fee: 6,
  suspended: 8,
  withdrawn: 7,
  stopped: 8,
  result_ready: 9,
  returned: 10,
};

/** What each `TrangThaiHoSo` means, in the national portal's words: a citizen is never shown the bare number. */
export const NATIONAL_STATUS_LABELS: Readonly<Record<number, { vi: string; en: string }>> = {
  1: { vi: 'Mới đăng ký', en: 'Newly submitted' },
  2: { vi: 'Được tiếp nhận', en: 'Received' },
  3: { vi: 'Không được tiếp nhận', en: 'Not received' },
  4: { vi: 'Đang xử lý', en: 'Being processed' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Documents to be supplemented' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation to be met' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawn at the applicant’s request' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Processing finished' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

export const STATE_LABELS: Record<DossierState, { vi: string; en: string }> = {
  submitted: { vi: 'Mới nộp, chờ tiếp nhận', en: 'Submitted, awaiting reception' },
  supplement_before_reception: { vi: 'Yêu cầu bổ sung trước khi tiếp nhận', en: 'Supplement requested before reception' },
  refused: { vi: 'Từ chối tiếp nhận', en: 'Refused' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  supplement_requested: { vi: 'Chờ bổ sung hồ sơ', en: 'Waiting for a supplement' },
  awaiting_fee: { vi: 'Chờ thực hiện nghĩa vụ tài chính', en: 'Waiting for the fee' },
  suspended: { vi: 'Tạm dừng xử lý', en: 'Suspended' },
  withdrawn: { vi: 'Công dân rút hồ sơ', en: 'Withdrawn by the applicant' },
  stopped: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  result_ready: { vi: 'Đã có kết quả, chờ trả', en: 'Result ready' },
  returned: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

/** States in which the statutory clock does not run: the dossier waits for someone outside the agency. */
export const CLOCK_STOPPED_STATES: ReadonlySet<DossierState> = new Set([
  'supplement_requested',
  'awaiting_fee',
  'suspended',
]);

export const CHANNELS = ['in_person', 'online', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RETURN_METHODS = ['in_person', 'post', 'electronic'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

export const RETURN_METHOD_LABELS: Record<ReturnMethod, { vi: string; en: string }> = {
  in_person: { vi: 'Trực tiếp tại Bộ phận Một cửa', en: 'In person at the one-stop section' },
  post: { vi: 'Qua dịch vụ bưu chính công ích', en: 'By public postal service' },
  electronic: { vi: 'Trực tuyến (bản điện tử)', en: 'Electronically' },
};
