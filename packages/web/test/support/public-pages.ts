import { receiveWalkIn } from '../../../server/test/support/dossiers.js';
import { BIRTH_REGISTRATION } from '../../../server/test/support/province.js';
import { approve, dossierAwaitingApproval, signInStaff } from '../../../server/test/support/results.js';
import type { Site } from './site.js';

/** A dossier received at the counter and a result signed for another, for the tracking and verification pages to show. */
export interface PublicCodes {
  dossierCode: string;
  verificationCode: string;
}

export async function makePublicCodes(site: Site): Promise<PublicCodes> {
  const staff = await signInStaff(site.app);
  const dossierCode = (await receiveWalkIn(staff.reception)).code;
  const verificationCode = (await approve(staff, await dossierAwaitingApproval(staff))).result.verificationCode;
  return { dossierCode, verificationCode };
}

/**
 * Each public page with something on it that only the data it reads first can have put there;
 * DOSSIER stands for the code of the dossier and RESULT for the verification code (publicPath).
 */
export const PUBLIC_PAGES: Array<[path: string, shows: RegExp]> = [
  ['/', /UBND xã Hòa Bình/],
  ['/thu-tuc?q=khai%20sinh', /Tìm thấy[\s\S]*Đăng ký khai sinh/],
  [`/thu-tuc/${BIRTH_REGISTRATION.code}`, /Tờ khai đăng ký khai sinh/],
  ['/tra-cuu/DOSSIER', /Nguyễn V\. A\./],
  ['/tra-cuu', /Mã hồ sơ/],
  ['/cong-khai?kind=late', /công khai/i],
  ['/chi-so-phuc-vu', /UBND xã Hòa Bình/],
  ['/verify', /Xác thực văn bản/],
  ['/verify/RESULT', /Văn bản hợp lệ/],
  ['/dang-nhap', /Đăng nhập/],
  ['/dang-ky', /Đăng ký/],
  ['/dat-lich', /Chưa có trung tâm nào nhận đặt lịch/],
  ['/hoi-dap?q=khai%20sinh', /Không tìm thấy nội dung phù hợp/],
  ['/phan-anh-kien-nghi', /Chưa có nội dung nào được công khai/],
];

/** The page's address with the codes as a citizen might type them: in lower case, the verification code split in two. */
export const publicPath = (path: string, { dossierCode, verificationCode }: PublicCodes) =>
  path.replace('DOSSIER', dossierCode.toLowerCase()).replace('RESULT', `${verificationCode.slice(0, 5).toLowerCase()}-${verificationCode.slice(5)}`);
