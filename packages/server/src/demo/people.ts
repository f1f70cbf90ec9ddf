import type { ApplicantDetails } from '@motcua/core';
/** A small deterministic random source, so that every fresh demo database looks the same. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (probability: number) => next() < probability,
  };
}

export type Random = ReturnType<typeof createRandom>;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trịnh', 'Mai', 'Lương', 'Đào'];
const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Thành', 'Đình', 'Công', 'Tiến'];
const MIDDLE_FEMALE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Phương', 'Hồng', 'Bích', 'Mai', 'Kim', 'Thùy'];
const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Hiếu', 'Đạt', 'Lâm', 'Toàn'];
const GIVEN_FEMALE = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Trang', 'Yến'];
const STREETS = ['Lê Lợi', 'Trần Phú', 'Bà Triệu', 'Hạc Thành', 'Quang Trung', 'Lê Hoàn', 'Nguyễn Trãi', 'Phan Chu Trinh', 'Tống Duy Tân', 'Đại lộ Nam Sông Mã'];
const BUSINESSES = ['Công ty TNHH Thương mại Hoàng Long', 'Công ty Cổ phần Xây dựng Lam Sơn', 'Hợp tác xã Nông nghiệp Thọ Xuân', 'Công ty TNHH May mặc Hải Tiến', 'Công ty Cổ phần Du lịch Sầm Sơn Xanh', 'Công ty TNHH Cơ khí Bỉm Sơn'];


/** A person of Thanh Hóa (identity numbers there start with province code 038), of the sex asked for or either. */
export function demoPerson(random: Random, sex?: 'female' | 'male'): { name: string; idNumber: string } {
  const female = sex === undefined ? random.chance(0.5) : sex === 'female';
  const name = [random.pick(FAMILY), random.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE), random.pick(female ? GIVEN_FEMALE : GIVEN_MALE)].join(' ');
  const born = random.int(1950, 2005);
  const centuryAndSex = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const idNumber = `038${centuryAndSex}${String(born % 100).padStart(2, '0')}${String(random.int(0, 999_999)).padStart(6, '0')}`;
  return { name, idNumber };
}

/** A citizen of Thanh Hóa, or a local business. */
export function demoApplicant(random: Random, organisation: boolean): ApplicantDetails {
  const address = `Số ${random.int(1, 250)} đường ${random.pick(STREETS)}, tỉnh Thanh Hóa`;
  const phone = `09${random.int(10_000_000, 99_999_999)}`;
  if (organisation) {
    const name = random.pick(BUSINESSES);
    return { type: 'organisation', name, idNumber: `28010${random.int(10_000, 99_999)}`, phone, email: `lienhe${random.int(1, 999)}@doanhnghiep.vn`, address };
  }
  const { name, idNumber } = demoPerson(random);
  return { type: 'citizen', name, idNumber, phone, email: `congdan${random.int(100, 99_999)}@gmail.com`, address };
}
