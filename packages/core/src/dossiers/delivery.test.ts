import { describe, expect, it } from 'vitest';
import { DEFAULT_OPENING_HOURS, deliveryProblem, describeOpeningHours, fixedFeeVnd, whatToBring } from './delivery.js';

describe('the choice of how the result is delivered', () => {
  const offersPost = { postalFeeVnd: 25_000 };
  const noPost = { postalFeeVnd: null };
  const anonymous = { account: false, email: '' };

  it('takes the counter from anyone', () => {
    expect(deliveryProblem({ method: 'in_person' }, noPost, anonymous)).toBeNull();
  });

  it('sends by post only where the agency offers it, to a full address', () => {
    expect(deliveryProblem({ method: 'post', address: 'Số 12 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa' }, offersPost, anonymous)).toBeNull();
    expect(deliveryProblem({ method: 'post', address: 'Số 12 đường Lê Lợi, phường Hạc Thành' }, noPost, anonymous)).toMatchObject({ field: 'method' });
    expect(deliveryProblem({ method: 'post', address: '  Số 12 ' }, offersPost, anonymous)).toMatchObject({ field: 'address' });
    expect(deliveryProblem({ method: 'post' }, offersPost, anonymous)).toMatchObject({ field: 'address' });
    expect(deliveryProblem({ method: 'post', address: 'x'.repeat(501) }, offersPost, anonymous)).toMatchObject({ field: 'address' });
  });

  it('delivers electronically to an account or an e-mail address, not to nowhere', () => {
    expect(deliveryProblem({ method: 'electronic' }, noPost, { account: true, email: '' })).toBeNull();
    expect(deliveryProblem({ method: 'electronic' }, noPost, { account: false, email: 'an@example.vn' })).toBeNull();
    expect(deliveryProblem({ method: 'electronic' }, noPost, { account: false, email: '  ' })).toMatchObject({ field: 'method' });
  });
});

describe('opening hours', () => {
  it('reads the working hours of DOMAIN as one line of days and periods', () => {
    expect(describeOpeningHours(DEFAULT_OPENING_HOURS)).toEqual([
      { vi: 'Thứ Hai – Thứ Sáu: 07:30–11:30, 13:00–17:00', en: 'Monday – Friday: 07:30–11:30, 13:00–17:00' },
    ]);
  });

  it('writes a Saturday morning and days with other hours on lines of their own', () => {
    const day = [['07:30', '11:30'], ['13:30', '17:00']] as const;
    expect(describeOpeningHours({ '1': day, '2': [['07:30', '19:00']], '3': day, '4': [['07:30', '19:00']], '5': day, '6': [['07:30', '11:30']] })).toEqual([
      { vi: 'Thứ Hai, Thứ Tư, Thứ Sáu: 07:30–11:30, 13:30–17:00', en: 'Monday, Wednesday, Friday: 07:30–11:30, 13:30–17:00' },
      { vi: 'Thứ Ba, Thứ Năm: 07:30–19:00', en: 'Tuesday, Thursday: 07:30–19:00' },
      { vi: 'Thứ Bảy: 07:30–11:30', en: 'Saturday: 07:30–11:30' },
    ]);
  });
});

describe('what to bring to the counter', () => {
  it('asks for the receipt and an identity document, and the fee receipt once a fee was paid', () => {
    const unpaid = whatToBring({ feePaid: false, applicantType: 'citizen' }).map((item) => item.vi);
    expect(unpaid[0]).toContain('Giấy tiếp nhận hồ sơ');
    expect(unpaid[1]).toContain('Căn cước công dân');
    expect(unpaid.some((item) => item.includes('Biên lai'))).toBe(false);
    expect(whatToBring({ feePaid: true, applicantType: 'citizen' }).at(-1)!.vi).toBe('Biên lai thu phí, lệ phí');
    expect(whatToBring({ feePaid: false, applicantType: 'organisation' })[1]!.vi).toContain('Giấy giới thiệu');
  });
});

describe('the fixed fee due at submission', () => {
  it('adds up the procedure’s fees, none when it has none', () => {
    expect(fixedFeeVnd([])).toBe(0);
    expect(fixedFeeVnd([{ amountVnd: 8_000 }, { amountVnd: 2_000 }])).toBe(10_000);
    expect(fixedFeeVnd([{ amountVnd: 0 }])).toBe(0);
  });
});
