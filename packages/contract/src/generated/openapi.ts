/**
 * Generated from packages/server/openapi.json by openapi-typescript: run `npm run contract`,
 * never edit by hand (a test fails when this file and the document disagree).
 */

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tình trạng hệ thống và cơ sở dữ liệu đang dùng
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng nhập cán bộ
         * @description Sets the session cookie and returns the CSRF token to send as x-csrf-token; API clients may send the token as a bearer token instead. Five wrong passwords in a row lock the username out for a minute, doubling with each further failure up to an hour: 429 `account_locked` with Retry-After. An officer with two-factor sign-in sends `code` too (the six digits of the authenticator app, or a recovery code): without it a right password is answered 401 `two_factor_required`; a wrong code is 401 `two_factor_invalid` and counts as a failure.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng xuất
         * @description Quy tắc phân quyền `own-officer-account`: Cán bộ đã đăng nhập, với tài khoản của chính mình (kể cả khi còn phải đổi mật khẩu hoặc bật xác thực hai lớp). Authorisation rule `own-officer-account`: The signed-in officer, on their own account (also while they still have to change their password or turn on two-factor sign-in).
         */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cán bộ đang đăng nhập
         * @description Quy tắc phân quyền `own-officer-account`: Cán bộ đã đăng nhập, với tài khoản của chính mình (kể cả khi còn phải đổi mật khẩu hoặc bật xác thực hai lớp). Authorisation rule `own-officer-account`: The signed-in officer, on their own account (also while they still have to change their password or turn on two-factor sign-in).
         */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Đổi mật khẩu của chính mình
         * @description Also the way out of `password_change_required` (a new account, or a password an administrator reset). The officer’s other sessions end; this one stays. 400 `wrong_password` for a wrong current password, `invalid_input` on newPassword for one the policy refuses.
         *
         *     Quy tắc phân quyền `own-officer-account`: Cán bộ đã đăng nhập, với tài khoản của chính mình (kể cả khi còn phải đổi mật khẩu hoặc bật xác thực hai lớp). Authorisation rule `own-officer-account`: The signed-in officer, on their own account (also while they still have to change their password or turn on two-factor sign-in).
         */
        put: operations["putAuthPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/set-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bắt đầu cài xác thực hai lớp (ứng dụng xác thực)
         * @description A new secret for an authenticator app, as text and as the otpauth URI its QR code carries. Nothing changes at sign-in until POST /api/v1/auth/two-factor/confirm checks a code from the app.
         *
         *     Quy tắc phân quyền `own-officer-account`: Cán bộ đã đăng nhập, với tài khoản của chính mình (kể cả khi còn phải đổi mật khẩu hoặc bật xác thực hai lớp). Authorisation rule `own-officer-account`: The signed-in officer, on their own account (also while they still have to change their password or turn on two-factor sign-in).
         */
        post: operations["postAuthTwoFactorSetUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bật xác thực hai lớp bằng mã từ ứng dụng
         * @description Turns two-factor sign-in on and returns ten recovery codes, each good for one sign-in instead of the app: they are shown this once, only their hashes are kept.
         *
         *     Quy tắc phân quyền `own-officer-account`: Cán bộ đã đăng nhập, với tài khoản của chính mình (kể cả khi còn phải đổi mật khẩu hoặc bật xác thực hai lớp). Authorisation rule `own-officer-account`: The signed-in officer, on their own account (also while they still have to change their password or turn on two-factor sign-in).
         */
        post: operations["postAuthTwoFactorConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Tắt xác thực hai lớp (cần mật khẩu)
         * @description Refused (409 `two_factor_required_by_role`) to administrators and agency leaders where the installation requires it of them.
         *
         *     Quy tắc phân quyền `own-officer-account`: Cán bộ đã đăng nhập, với tài khoản của chính mình (kể cả khi còn phải đổi mật khẩu hoặc bật xác thực hai lớp). Authorisation rule `own-officer-account`: The signed-in officer, on their own account (also while they still have to change their password or turn on two-factor sign-in).
         */
        delete: operations["deleteAuthTwoFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách cơ quan, đơn vị và bộ phận một cửa
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thêm cơ quan
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        post: operations["postAgencies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Sửa thông tin cơ quan (kể cả ghi nhận giải thể, sáp nhập)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        patch: operations["patchAgenciesById"];
        trace?: never;
    };
    "/api/v1/agencies/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thêm phòng, ban hoặc bộ phận một cửa
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        post: operations["postAgenciesByIdUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tìm cán bộ trong các cơ quan mình quản trị (quản trị)
         * @description By part of a name, username or e-mail, without regard to diacritics or case; in every agency the administrator administers, or in one (`agencyId`). Numbered pages in the order of names, with the total.
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        get: operations["getOfficers"];
        put?: never;
        /**
         * Tạo tài khoản cán bộ và phân quyền
         * @description The password is the initial one: the officer must change it at first sign-in (403 `password_change_required` until then).
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        post: operations["postOfficers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/officers/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Thay toàn bộ vai trò của cán bộ (phiên đăng nhập hiện có bị huỷ)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putOfficersByIdGrants"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/officers/{id}/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Khoá hoặc mở lại tài khoản cán bộ (khoá: phiên đăng nhập bị huỷ ngay)
         * @description A disabled officer cannot sign in and is offered no step; their roles and history stay. Needs an administrator of every agency where they hold a role; no one disables themselves (409 cannot_disable_self).
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putOfficersByIdActive"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/officers/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Đặt lại mật khẩu cán bộ (buộc đổi khi đăng nhập)
         * @description A temporary password the officer must change at their next sign-in; their sessions end at once. Needs an administrator of every agency where they hold a role.
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putOfficersByIdPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/officers/{id}/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Đặt lại xác thực hai lớp của cán bộ (mất điện thoại)
         * @description Forgets the officer’s authenticator app and recovery codes and ends their sessions: they sign in with the password and set up the app again.
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        delete: operations["deleteOfficersByIdTwoFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ngày nghỉ lễ, Tết trong năm (gồm nghỉ bù và điều chỉnh của Chính phủ)
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicHolidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/due-date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tính ngày hẹn trả: ngày làm việc thứ N sau ngày tiếp nhận, cùng giờ
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicDueDate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các ngày nghỉ thêm / làm bù do quản trị nhập
         * @description Quy tắc phân quyền `signed-in-officer`: Cán bộ đã đăng nhập. Authorisation rule `signed-in-officer`: Any signed-in officer.
         */
        get: operations["getCalendarOverrides"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Thêm hoặc sửa một ngày nghỉ thêm / ngày làm bù
         * @description Refused (400 override_changes_nothing, naming the day) when it would change nothing: a day off on a weekly rest day or holiday, a working day on a working day.
         *
         *     Quy tắc phân quyền `change-calendar`: Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống. Authorisation rule `change-calendar`: Administrators of the installation’s root agency (the province).
         */
        put: operations["putCalendarOverridesByDate"];
        post?: never;
        /**
         * Xoá một điều chỉnh lịch
         * @description Quy tắc phân quyền `change-calendar`: Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống. Authorisation rule `change-calendar`: Administrators of the installation’s root agency (the province).
         */
        delete: operations["deleteCalendarOverridesByDate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/procedures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tra cứu thủ tục hành chính (không dấu, chấp nhận gõ sai)
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicProcedures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/procedures/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chi tiết thủ tục: thành phần hồ sơ, phí, thời hạn, quy trình, căn cứ pháp lý
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicProceduresByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/procedures/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các phiên bản đã công bố của thủ tục: quyết định công bố, ngày áp dụng, đang áp dụng hay sắp áp dụng
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicProceduresByCodeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/procedures/{code}/components/{componentCode}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải mẫu đơn, tờ khai của một thành phần hồ sơ (phiên bản thủ tục đang áp dụng)
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicProceduresByCodeComponentsByComponentCodeTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures/{code}/versions/{version}/components/{componentCode}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Tải lên (hoặc thay) mẫu đơn, tờ khai của một thành phần hồ sơ (quản trị)
         * @description PDF, DOC, DOCX or XLSX, at most 10 MB, recognised by content. A later version keeps the templates of the components it keeps.
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putProceduresByCodeVersionsByVersionComponentsByComponentCodeTemplate"];
        post?: never;
        /**
         * Gỡ mẫu đơn, tờ khai của một thành phần hồ sơ (quản trị)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        delete: operations["deleteProceduresByCodeVersionsByVersionComponentsByComponentCodeTemplate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lĩnh vực thủ tục
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures/{code}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bản nháp phiên bản mới của thủ tục, hiển thị như trang thủ tục trên Cổng; chưa có bản nháp thì phiên bản công bố gần nhất (quản trị)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        get: operations["getProceduresByCodeDraft"];
        /**
         * Lưu bản nháp phiên bản mới (hoặc thủ tục mới); chưa ai khác thấy cho đến khi công bố
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putProceduresByCodeDraft"];
        post?: never;
        /**
         * Bỏ bản nháp của thủ tục
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        delete: operations["deleteProceduresByCodeDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures/{code}/draft/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Công bố bản nháp theo quyết định công bố, áp dụng từ ngày hiệu lực; đến ngày đó phiên bản hiện hành vẫn áp dụng
         * @description Dossiers received before the effective date, and those already running, keep the version in force when they were received.
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        post: operations["postProceduresByCodeDraftPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Ngừng áp dụng thủ tục (hồ sơ đang giải quyết không bị ảnh hưởng)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        delete: operations["deleteProceduresByCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tải lên tệp scan / đính kèm (cán bộ)
         * @description The file can then be named only by officers of an agency of the uploader, in dossiers that agency handles.
         *
         *     Quy tắc phân quyền `signed-in-officer`: Cán bộ đã đăng nhập. Authorisation rule `signed-in-officer`: Any signed-in officer.
         */
        post: operations["postFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tải lên thành phần hồ sơ khi nộp trực tuyến không đăng nhập
         * @description The file can then be named only with the uploadToken returned here. Each address may upload MOTCUA_ANONYMOUS_UPLOAD_MB_PER_HOUR megabytes an hour (429 quota_exceeded). Signed-in citizens upload to POST /api/citizen/files instead.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postPublicFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hồ sơ theo hàng đợi công việc của cán bộ
         * @description Quy tắc phân quyền `see-dossier`: Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý). Authorisation rule `see-dossier`: Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps).
         */
        get: operations["getDossiers"];
        put?: never;
        /**
         * Tiếp nhận hồ sơ tại Bộ phận Một cửa (hồ sơ đầy đủ: cấp mã, tính ngày hẹn trả)
         * @description Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số hồ sơ trong từng hàng đợi công việc của cán bộ (cho thanh điều hướng)
         * @description Quy tắc phân quyền `see-dossier`: Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý). Authorisation rule `see-dossier`: Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps).
         */
        get: operations["getDossiersCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chi tiết hồ sơ, phiếu kiểm soát quá trình và các thao tác được phép
         * @description Quy tắc phân quyền `see-dossier`: Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý). Authorisation rule `see-dossier`: Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps).
         */
        get: operations["getDossiersByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/assignable-officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cán bộ có thể được phân công bước hiện tại (assign) hoặc nhận bước tiếp theo (hand_over)
         * @description Only an officer who may take that action on the dossier now may ask (403 otherwise; 409 when the dossier is not at a step where the action applies).
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        get: operations["getDossiersByCodeAssignableOfficers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải tệp của hồ sơ (bản scan thành phần, tệp đính kèm)
         * @description Quy tắc phân quyền `see-dossier`: Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý). Authorisation rule `see-dossier`: Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps).
         */
        get: operations["getDossiersByCodeFilesByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp nhận hồ sơ
         * @description Receive. Moves the dossier from submitted to processing.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsReceive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/request_supplement_at_reception": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Yêu cầu bổ sung, hoàn thiện hồ sơ
         * @description Request a supplement before reception. Moves the dossier from submitted to supplement_before_reception.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsRequestSupplementAtReception"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Từ chối tiếp nhận
         * @description Refuse. Moves the dossier from submitted to refused.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsRefuse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Phân công xử lý
         * @description Assign. Moves the dossier from processing to processing.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/hand_over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chuyển bước tiếp theo
         * @description Hand over to the next step. Moves the dossier from processing to processing.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsHandOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/return_to_previous_step": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả lại bước trước
         * @description Return to the previous step. Moves the dossier from processing to processing.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsReturnToPreviousStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/request_supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Yêu cầu bổ sung hồ sơ
         * @description Request a supplement. Moves the dossier from processing to supplement_requested.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsRequestSupplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/submit_supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp nhận hồ sơ bổ sung
         * @description Supplement received. Moves the dossier from supplement_requested to processing.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsSubmitSupplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/request_fee": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Yêu cầu thực hiện nghĩa vụ tài chính
         * @description Request the fee. Moves the dossier from processing to awaiting_fee.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsRequestFee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/confirm_fee_paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xác nhận đã nộp phí, lệ phí
         * @description Confirm the fee paid. Moves the dossier from awaiting_fee to processing.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsConfirmFeePaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/confirm_fee_paid_at_submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xác nhận đã nộp phí, lệ phí khi nộp hồ sơ
         * @description Confirm the fee paid at submission. Moves the dossier from submitted to submitted.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsConfirmFeePaidAtSubmission"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xin lỗi và gia hạn thời gian giải quyết
         * @description Apologise and extend. Moves the dossier from processing to processing.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsExtend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạm dừng xử lý
         * @description Suspend. Moves the dossier from processing to suspended.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsSuspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp tục xử lý
         * @description Resume. Moves the dossier from suspended to processing.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dừng giải quyết hồ sơ
         * @description Stop processing. Moves the dossier from processing, suspended, supplement_requested, awaiting_fee to stopped.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rút hồ sơ theo đề nghị của công dân
         * @description Withdraw at the applicant’s request. Moves the dossier from submitted, supplement_before_reception, processing, suspended, supplement_requested, awaiting_fee to withdrawn.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Phê duyệt kết quả
         * @description Approve the result. Moves the dossier from processing to result_ready.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/refuse_result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Từ chối giải quyết (có văn bản nêu lý do)
         * @description Refuse the request, with reasons. Moves the dossier from processing to result_ready.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsRefuseResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/return_result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trả kết quả
         * @description Return the result. Moves the dossier from result_ready to returned.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsReturnResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/actions/send_by_post": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gửi kết quả qua bưu chính
         * @description Send the result by post. Moves the dossier from result_ready to returned.
         *
         *     Quy tắc phân quyền `dossier-lifecycle`: Cán bộ giữ vai trò mà bảng vòng đời hồ sơ quy định cho thao tác, tại cơ quan của thao tác đó. Authorisation rule `dossier-lifecycle`: Officers holding a role the dossier lifecycle table names for the action, at the agency it concerns.
         */
        post: operations["postDossiersByCodeActionsSendByPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nộp hồ sơ trực tuyến (chờ cán bộ tiếp nhận)
         * @description Each address may submit MOTCUA_ANONYMOUS_SUBMISSIONS_PER_HOUR dossiers an hour this way (429 quota_exceeded). No notice goes to the contact given until an officer receives the dossier.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postPublicDossiers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/agencies/{agencyId}/delivery-options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hình thức nhận kết quả nơi tiếp nhận hồ sơ cung cấp: địa chỉ, giờ làm việc, phí dịch vụ bưu chính
         * @description What the applicant chooses from before submitting: postalFeeVnd null means the agency does not send results by post.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicAgenciesByAgencyIdDeliveryOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dossiers/{code}/applicant-actions/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nộp lại hồ sơ đã bổ sung (công dân, xác thực bằng mã tra cứu trên giấy tiếp nhận)
         * @description Resubmit. Moves the dossier from supplement_before_reception to submitted.
         *
         *     Quy tắc phân quyền `applicant-with-lookup-code`: Người nộp hồ sơ, xác thực bằng mã tra cứu in trên giấy tiếp nhận. Authorisation rule `applicant-with-lookup-code`: The applicant, by the lookup code printed on the receipt.
         */
        post: operations["postPublicDossiersByCodeApplicantActionsResubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dossiers/{code}/applicant-actions/submit_supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp nhận hồ sơ bổ sung (công dân, xác thực bằng mã tra cứu trên giấy tiếp nhận)
         * @description Supplement received. Moves the dossier from supplement_requested to processing.
         *
         *     Quy tắc phân quyền `applicant-with-lookup-code`: Người nộp hồ sơ, xác thực bằng mã tra cứu in trên giấy tiếp nhận. Authorisation rule `applicant-with-lookup-code`: The applicant, by the lookup code printed on the receipt.
         */
        post: operations["postPublicDossiersByCodeApplicantActionsSubmitSupplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dossiers/{code}/applicant-actions/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rút hồ sơ theo đề nghị của công dân (công dân, xác thực bằng mã tra cứu trên giấy tiếp nhận)
         * @description Withdraw at the applicant’s request. Moves the dossier from submitted, supplement_before_reception, processing, suspended, supplement_requested, awaiting_fee to withdrawn.
         *
         *     Quy tắc phân quyền `applicant-with-lookup-code`: Người nộp hồ sơ, xác thực bằng mã tra cứu in trên giấy tiếp nhận. Authorisation rule `applicant-with-lookup-code`: The applicant, by the lookup code printed on the receipt.
         */
        post: operations["postPublicDossiersByCodeApplicantActionsWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/papers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các giấy tờ của hồ sơ có thể in (giấy tiếp nhận, tờ khai, phiếu yêu cầu bổ sung, phiếu từ chối, văn bản xin lỗi, thông báo dừng giải quyết, phiếu kiểm soát, biên lai)
         * @description Quy tắc phân quyền `see-dossier`: Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý). Authorisation rule `see-dossier`: Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps).
         */
        get: operations["getDossiersByCodePapers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/papers/{paper}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * In một giấy tờ của hồ sơ (PDF khổ A4 theo mẫu của Thông tư 03/2025/TT-VPCP)
         * @description receipt: mẫu 01 (two copies); declaration: the tờ khai filled in as the procedure’s e-form; supplement-request: mẫu 02; refusal: mẫu 03; apology: mẫu 04; stop-notice: mẫu 05; control-record: mẫu 06; fee-receipt: biên lai thu phí, lệ phí. 404 paper_not_applicable when nothing happened that the paper records.
         *
         *     Quy tắc phân quyền `see-dossier`: Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý). Authorisation rule `see-dossier`: Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps).
         */
        get: operations["getDossiersByCodePapersByPaperPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/register.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * In sổ theo dõi hồ sơ của cơ quan tiếp nhận trong một khoảng thời gian (mẫu 07)
         * @description Quy tắc phân quyền `see-agency-register`: Cán bộ làm việc với hồ sơ tại cơ quan có sổ theo dõi. Authorisation rule `see-agency-register`: Officers who work on dossiers at the agency the register is of.
         */
        get: operations["getAgenciesByIdRegisterPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dossiers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tra cứu tiến độ hồ sơ theo mã (thông tin cá nhân được che)
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicDossiersByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/centres/{agencyCode}/dossier-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ki-ốt của trung tâm tra cứu hồ sơ từ mã quét trên giấy tiếp nhận (mã vạch, mã QR hoặc mã hồ sơ; thông tin cá nhân được che)
         * @description Called by a paired kiosk (`Authorization: Device <token>`) with what its scanner read: the dossier code, the receipt QR code's JSON or the tracking address.
         *
         *     Quy tắc phân quyền `paired-device`: Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị. Authorisation rule `paired-device`: A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token.
         */
        get: operations["getPublicCentresByAgencyCodeDossierStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/sms/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tra cứu hồ sơ qua SMS: nhà mạng chuyển tin nhắn đến (TC <mã hồ sơ>), hệ thống nhắn lại tình trạng hồ sơ
         * @description Called by the SMS carrier's adapter with `Authorization: Bearer <MOTCUA_SMS_INBOUND_TOKEN>`; the answer goes back by SMS through the outbox.
         *
         *     Quy tắc phân quyền `sms-carrier`: Nhà mạng chuyển tin nhắn đến, xác thực bằng mã bí mật của nhà mạng. Authorisation rule `sms-carrier`: The SMS carrier, by the secret token it was given.
         */
        post: operations["postPublicSmsInbound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng ký tài khoản công dân (đăng nhập luôn)
         * @description At least one of email and phone; a verification code goes to each (POST /api/citizen/me/contacts/verification confirms it). Sets the motcua_citizen session cookie and the motcua_citizen_csrf cookie.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postCitizenRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng nhập tài khoản công dân bằng email hoặc số điện thoại
         * @description Five wrong passwords in a row lock the email address or number out for a minute, doubling with each further failure up to an hour: 429 `account_locked` with Retry-After.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postCitizenLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đăng xuất tài khoản công dân
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postCitizenLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Công dân đang đăng nhập
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me/commune": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Đặt xã, phường nơi cư trú của tài khoản (nơi mặc định nộp hồ sơ cấp xã)
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        put: operations["putCitizenMeCommune"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tải lên thành phần hồ sơ (công dân đã đăng nhập)
         * @description The file can then be named only in this citizen's drafts, submissions and supplements.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/procedures/{code}/form-prefill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Giá trị điền sẵn cho tờ khai điện tử của thủ tục (từ tài khoản và tờ khai gần nhất)
         * @description The account's details and the citizen's answers to the same fields in their latest declaration, where still valid; 404 no_form when the procedure has no e-form.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenProceduresByCodeFormPrefill"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hồ sơ nháp của tôi
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDrafts"];
        put?: never;
        /**
         * Lưu nháp hồ sơ trực tuyến
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenDrafts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một hồ sơ nháp
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDraftsById"];
        /**
         * Cập nhật hồ sơ nháp
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        put: operations["putCitizenDraftsById"];
        post?: never;
        /**
         * Xoá hồ sơ nháp
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        delete: operations["deleteCitizenDraftsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/drafts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nộp hồ sơ nháp (như nộp trực tuyến; hồ sơ gắn với tài khoản, bản nháp được xoá)
         * @description Validation errors name the field inside the draft, e.g. content.applicant.idNumber, or components (incomplete_dossier).
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenDraftsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hồ sơ của tôi (mới nhất trước)
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDossiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chi tiết hồ sơ của tôi: tiến độ, yêu cầu bổ sung, thao tác được phép
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDossiersByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/actions/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nộp lại hồ sơ đã bổ sung (hồ sơ của tôi)
         * @description Resubmit. Moves the dossier from supplement_before_reception to submitted.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenDossiersByCodeActionsResubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/actions/submit_supplement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp nhận hồ sơ bổ sung (hồ sơ của tôi)
         * @description Supplement received. Moves the dossier from supplement_requested to processing.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenDossiersByCodeActionsSubmitSupplement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/actions/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rút hồ sơ theo đề nghị của công dân (hồ sơ của tôi)
         * @description Withdraw at the applicant’s request. Moves the dossier from submitted, supplement_before_reception, processing, suspended, supplement_requested, awaiting_fee to withdrawn.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenDossiersByCodeActionsWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/papers/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải giấy tiếp nhận hồ sơ và hẹn trả kết quả của hồ sơ của tôi (PDF)
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDossiersByCodePapersReceiptPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/papers/declaration.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải tờ khai điện tử đã khai của hồ sơ của tôi (PDF)
         * @description 404 paper_not_applicable when the dossier has no e-form declaration.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDossiersByCodePapersDeclarationPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/signed-results/{verificationCode}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải văn bản kết quả đã ký số của hồ sơ của tôi (PDF)
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDossiersByCodeSignedResultsByVerificationCodePdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải tệp đã nộp kèm hồ sơ của tôi
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDossiersByCodeFilesByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Quên mật khẩu: gửi mã xác nhận đến email hoặc điện thoại đã xác nhận của tài khoản
         * @description A six-digit code, valid 15 minutes, goes to the e-mail address or mobile number typed, if an account has it and the citizen verified it (three codes an hour at most to one contact). The answer is the same whether or not an account exists or its contact is verified; the audit log keeps which (`contact_not_verified`).
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postCitizenPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đặt mật khẩu mới bằng mã xác nhận
         * @description The latest code sent to that login works once, until five wrong guesses. Every session of the account ends; the citizen then signs in with the new password. 400 `reset_code_invalid` alike for a wrong, used or expired code and for a login no account has.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postCitizenPasswordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Đổi mật khẩu tài khoản công dân
         * @description The current password, then the new one. The account’s other sessions end; this one stays.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        put: operations["putCitizenPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me/contacts/verification-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gửi lại mã xác nhận thư điện tử hoặc số điện thoại của tài khoản
         * @description A new six-digit code, valid 15 minutes, to the contact named, if the account has it and it is not verified yet: 400 `no_such_contact`, 409 `contact_already_verified`; three codes an hour at most to one contact (429 `too_many_codes`), 503 `channel_not_configured` when the installation sends no e-mail or SMS.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenMeContactsVerificationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/me/contacts/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xác nhận thư điện tử hoặc số điện thoại của tài khoản bằng mã đã nhận
         * @description The latest code sent to that contact works once, for 15 minutes, until five wrong guesses; then the contact is verified and may receive password reset codes. 400 `verification_code_invalid` alike for a wrong, used or expired code. Answers the account as it now is.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenMeContactsVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số liệu giải quyết hồ sơ của tỉnh hoặc một cơ quan (và các cơ quan trực thuộc), theo khoảng thời gian
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/procedures/popular": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Thủ tục được nộp nhiều nhất trong 365 ngày qua
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicProceduresPopular"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Công khai kết quả giải quyết và hồ sơ trễ hạn (kèm thư xin lỗi), theo cơ quan, thủ tục và thời gian
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số liệu giải quyết hồ sơ của cơ quan (và các cơ quan trực thuộc) theo thời gian, lĩnh vực, thủ tục, kênh nộp
         * @description Quy tắc phân quyền `see-statistics`: Lãnh đạo, lãnh đạo phòng và quản trị viên của cơ quan, hoặc của cơ quan cấp trên. Authorisation rule `see-statistics`: Leaders, unit heads and administrators of the agency, or of an agency above it.
         */
        get: operations["getStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số liệu chia theo cơ quan, thủ tục, phòng, cán bộ hoặc tháng
         * @description Quy tắc phân quyền `see-statistics`: Lãnh đạo, lãnh đạo phòng và quản trị viên của cơ quan, hoặc của cơ quan cấp trên. Authorisation rule `see-statistics`: Leaders, unit heads and administrators of the agency, or of an agency above it.
         */
        get: operations["getStatisticsBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh sách hồ sơ làm nên một số liệu (tiếp nhận, trễ hạn, quá hạn…), mới nhất trước, theo trang
         * @description Quy tắc phân quyền `see-statistics`: Lãnh đạo, lãnh đạo phòng và quản trị viên của cơ quan, hoặc của cơ quan cấp trên. Authorisation rule `see-statistics`: Leaders, unit heads and administrators of the agency, or of an agency above it.
         */
        get: operations["getStatisticsDossiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/{kind}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Báo cáo tình hình, kết quả giải quyết TTHC theo tháng, quý, năm (biểu mẫu Excel, dòng tổng bằng công thức)
         * @description Quy tắc phân quyền `see-statistics`: Lãnh đạo, lãnh đạo phòng và quản trị viên của cơ quan, hoặc của cơ quan cấp trên. Authorisation rule `see-statistics`: Leaders, unit heads and administrators of the agency, or of an agency above it.
         */
        get: operations["getStatisticsReportsByKindXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/reports/{kind}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Báo cáo tình hình, kết quả giải quyết TTHC theo tháng, quý, năm (PDF khổ A4 ngang)
         * @description Quy tắc phân quyền `see-statistics`: Lãnh đạo, lãnh đạo phòng và quản trị viên của cơ quan, hoặc của cơ quan cấp trên. Authorisation rule `see-statistics`: Leaders, unit heads and administrators of the agency, or of an agency above it.
         */
        get: operations["getStatisticsReportsByKindPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/open-data/dossiers.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dữ liệu mở: hồ sơ tiếp nhận trong kỳ (tối đa một năm), không có thông tin cá nhân — CSV
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicOpenDataDossiersCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/open-data/dossiers.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dữ liệu mở: hồ sơ tiếp nhận trong kỳ (tối đa một năm), không có thông tin cá nhân — JSON
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicOpenDataDossiersJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/scorecard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) của tỉnh và xếp hạng các cơ quan trong kỳ
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/signing-credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chứng thư số ký kết quả của cơ quan (chủ thể, tổ chức cấp, thời hạn)
         * @description For the agency’s administrators and leaders.
         *
         *     Quy tắc phân quyền `see-signing-credential`: Quản trị viên và lãnh đạo của cơ quan sở hữu chứng thư ký số. Authorisation rule `see-signing-credential`: Administrators and leaders of the agency the signing certificate belongs to.
         */
        get: operations["getAgenciesByIdSigningCredential"];
        /**
         * Cấu hình chứng thư số ký kết quả của cơ quan (tệp .p12/.pfx và mật khẩu; quản trị)
         * @description The file must open with the password, hold a private key, and its certificate must be valid now and chain (through the intermediates the file carries) to a trust anchor of the installation, else 400 signing_certificate_untrusted. It replaces the current credential. The file and the password are sealed at rest and never returned.
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putAgenciesByIdSigningCredential"];
        post?: never;
        /**
         * Ngừng sử dụng chứng thư số của cơ quan (quản trị)
         * @description Until a new one is configured, approvals at the agency fail with signing_certificate_missing.
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        delete: operations["deleteAgenciesByIdSigningCredential"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/officers/{id}/signing-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cán bộ ký số cá nhân bằng gì: chứng thư số, dịch vụ ký số từ xa
         * @description Quy tắc phân quyền `officer-signing`: Chính cán bộ đó, hoặc quản trị viên của mọi cơ quan mà cán bộ có vai trò (cấu hình ký số cá nhân, ảnh chữ ký). Authorisation rule `officer-signing`: The officer themself, or administrators of every agency they hold a role at (personal signing, signature image).
         */
        get: operations["getOfficersByIdSigningMethod"];
        /**
         * Cấu hình ký số cá nhân của cán bộ: tệp .p12/.pfx do hệ thống giữ, hoặc tài khoản tại dịch vụ ký số từ xa (quản trị)
         * @description pkcs12: the file must open with the password and hold a key. remote: the service is asked for the account’s certificate (400 remote_account_unknown, 502 remote_signing_unavailable). Either way the certificate must be valid now and chain to a trust anchor (400 signing_certificate_untrusted). A leader whose signing is remote approves results by confirming on their phone.
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putOfficersByIdSigningMethod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/officers/{id}/signature-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ảnh chữ ký của cán bộ (PNG)
         * @description Quy tắc phân quyền `officer-signing`: Chính cán bộ đó, hoặc quản trị viên của mọi cơ quan mà cán bộ có vai trò (cấu hình ký số cá nhân, ảnh chữ ký). Authorisation rule `officer-signing`: The officer themself, or administrators of every agency they hold a role at (personal signing, signature image).
         */
        get: operations["getOfficersByIdSignatureImage"];
        /**
         * Tải lên ảnh chữ ký của cán bộ (PNG nền trong suốt, màu xanh; quản trị)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putOfficersByIdSignatureImage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agencies/{id}/seal-image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Tải lên ảnh con dấu của cơ quan (PNG nền trong suốt, màu đỏ; quản trị)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putAgenciesByIdSealImage"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/signing-ca.pem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Chứng thư số gốc của các cơ quan ký kết quả (PEM), để thêm vào kho tin cậy
         * @description The installation’s trust anchors (MOTCUA_TRUST_ANCHORS, and the demo CA while the demo is on), to which every agency’s certificate must chain; never an agency’s upload.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicSigningCaPem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/signed-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Văn bản kết quả đã ký số của hồ sơ
         * @description Quy tắc phân quyền `see-dossier`: Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý). Authorisation rule `see-dossier`: Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps).
         */
        get: operations["getDossiersByCodeSignedResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/approval-signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phê duyệt đang chờ người ký xác nhận ký số từ xa trên điện thoại: trạng thái, lý do nếu không thành
         * @description The latest approval of the dossier by a leader who signs through a remote signing service. The service is asked for news first: once the signature arrives the dossier is approved with the signed result (state approved); if the signer refuses, the time runs out or the dossier changed meanwhile, the dossier stays as it was (state failed, with the reason). 404 when none was asked.
         *
         *     Quy tắc phân quyền `see-dossier`: Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý). Authorisation rule `see-dossier`: Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps).
         */
        get: operations["getDossiersByCodeApprovalSignature"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signed-results/{code}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thu hồi văn bản kết quả đã ký số (lãnh đạo cơ quan ban hành hoặc quản trị)
         * @description Everyone who checks the code afterwards sees the result as revoked, with the reason.
         *
         *     Quy tắc phân quyền `revoke-result`: Lãnh đạo cơ quan đã ban hành văn bản, hoặc quản trị viên cấp trên. Authorisation rule `revoke-result`: Leaders of the issuing agency, or administrators above it.
         */
        post: operations["postSignedResultsByCodeRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/procedures/{code}/result-template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mẫu văn bản kết quả của thủ tục (dùng khi cán bộ không tải lên tệp kết quả)
         * @description Quy tắc phân quyền `signed-in-officer`: Cán bộ đã đăng nhập. Authorisation rule `signed-in-officer`: Any signed-in officer.
         */
        get: operations["getProceduresByCodeResultTemplate"];
        /**
         * Cập nhật mẫu văn bản kết quả của thủ tục (quản trị)
         * @description Texts may name {{placeholders}} (see the GET answer); an unknown one is refused (unknown_placeholder).
         *
         *     Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putProceduresByCodeResultTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xác thực văn bản kết quả theo mã xác thực (mã QR trên văn bản)
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicVerifyByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/verify/{code}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kiểm tra tệp PDF có đúng là văn bản kết quả đã ban hành (mã băm và chữ ký số)
         * @description Compares the file with the one issued under the code (SHA-256) and verifies its embedded CMS signature.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postPublicVerifyByCodeCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/digitised-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Giấy tờ đã số hóa của người nộp hồ sơ, dùng lại cho hồ sơ mới (cán bộ; có ghi nhật ký)
         * @description For receiving officers (at the counter, before a dossier exists) and for officers who may see a dossier of this applicant; with dossierCode, for the officers who may see that dossier, which must be the applicant’s.
         *
         *     Quy tắc phân quyền `look-up-digitised-documents`: Cán bộ tiếp nhận, hoặc cán bộ xem được một hồ sơ của người có giấy tờ. Authorisation rule `look-up-digitised-documents`: Receiving officers, or officers who may see a dossier of the person the documents are of.
         */
        get: operations["getDigitisedDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/digitised-documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem giấy tờ đã số hóa (cán bộ; có ghi nhật ký)
         * @description Quy tắc phân quyền `look-up-digitised-documents`: Cán bộ tiếp nhận, hoặc cán bộ xem được một hồ sơ của người có giấy tờ. Authorisation rule `look-up-digitised-documents`: Receiving officers, or officers who may see a dossier of the person the documents are of.
         */
        get: operations["getDigitisedDocumentsByIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/digitised-documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kho giấy tờ đã số hóa của tôi (từ các hồ sơ tôi đã nộp bằng tài khoản)
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDigitisedDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/digitised-documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải giấy tờ đã số hóa của tôi
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDigitisedDocumentsByIdContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Thông báo gửi người nộp hồ sơ (thư điện tử, SMS) của các hồ sơ cơ quan đã tiếp nhận, mới nhất trước
         * @description Quy tắc phân quyền `follow-up-notices`: Cán bộ tiếp nhận và quản trị viên của cơ quan đã tiếp nhận hồ sơ. Authorisation rule `follow-up-notices`: Receiving officers and administrators of the agency that received the dossiers.
         */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số thông báo gửi không thành công của các hồ sơ cơ quan đã tiếp nhận (cho thanh điều hướng)
         * @description Quy tắc phân quyền `follow-up-notices`: Cán bộ tiếp nhận và quản trị viên của cơ quan đã tiếp nhận hồ sơ. Authorisation rule `follow-up-notices`: Receiving officers and administrators of the agency that received the dossiers.
         */
        get: operations["getNotificationsCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gửi lại một thông báo đã gửi không thành công
         * @description Quy tắc phân quyền `follow-up-notices`: Cán bộ tiếp nhận và quản trị viên của cơ quan đã tiếp nhận hồ sơ. Authorisation rule `follow-up-notices`: Receiving officers and administrators of the agency that received the dossiers.
         */
        post: operations["postNotificationsByIdResend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các trung tâm có dịch vụ lấy số thứ tự
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicCentres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/centres/{agencyCode}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các dịch vụ ki-ốt của trung tâm cấp số (đang hoạt động, theo thứ tự hiển thị)
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicCentresByAgencyCodeServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/devices/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Thiết bị đã ghép nối (gửi Authorization: Device <mã>): loại, tên, trung tâm và quầy
         * @description Quy tắc phân quyền `paired-device`: Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị. Authorisation rule `paired-device`: A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token.
         */
        get: operations["getPublicDevicesMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/priority-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các nhóm được ưu tiên khi lấy số (đang áp dụng, theo thứ tự)
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicPriorityGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/priority-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các nhóm ưu tiên, kể cả nhóm đã ngừng áp dụng
         * @description Quy tắc phân quyền `change-calendar`: Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống. Authorisation rule `change-calendar`: Administrators of the installation’s root agency (the province).
         */
        get: operations["getPriorityGroups"];
        /**
         * Đặt danh sách nhóm ưu tiên theo thứ tự (nhóm không có trong danh sách thì ngừng áp dụng, không bị xóa)
         * @description Quy tắc phân quyền `change-calendar`: Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống. Authorisation rule `change-calendar`: Administrators of the installation’s root agency (the province).
         */
        put: operations["putPriorityGroups"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các trung tâm cán bộ làm việc tại quầy, quản lý hoặc cấu hình
         * @description Quy tắc phân quyền `signed-in-officer`: Cán bộ đã đăng nhập. Authorisation rule `signed-in-officer`: Any signed-in officer.
         */
        get: operations["getCentres"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Cấu hình trung tâm: giờ làm việc, quy tắc gọi số, đặt lịch
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        get: operations["getCentresByAgencyCodeSettings"];
        /**
         * Lưu cấu hình trung tâm
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putCentresByAgencyCodeSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các dịch vụ của trung tâm, kể cả dịch vụ đã ngừng
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        get: operations["getCentresByAgencyCodeServices"];
        put?: never;
        /**
         * Thêm dịch vụ (lĩnh vực, bàn của đơn vị hoặc thủ tục) với tiền tố số thứ tự
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        post: operations["postCentresByAgencyCodeServices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/services/{serviceCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sửa dịch vụ (mã dịch vụ giữ nguyên)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putCentresByAgencyCodeServicesByServiceCode"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/counters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các quầy của trung tâm và dịch vụ từng quầy phục vụ
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        get: operations["getCentresByAgencyCodeCounters"];
        put?: never;
        /**
         * Thêm quầy
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        post: operations["postCentresByAgencyCodeCounters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/counters/{number}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sửa quầy: tên, quầy ưu tiên, đang sử dụng, dịch vụ phục vụ
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        put: operations["putCentresByAgencyCodeCountersByNumber"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các thiết bị đã ghép nối với trung tâm (không có mã)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        get: operations["getCentresByAgencyCodeDevices"];
        put?: never;
        /**
         * Ghép nối ki-ốt, màn hình gọi số hoặc máy tính bảng đánh giá (mã chỉ hiện một lần)
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        post: operations["postCentresByAgencyCodeDevices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Thu hồi ghép nối của thiết bị
         * @description Quy tắc phân quyền `administer-agencies`: Quản trị viên của mọi cơ quan liên quan, hoặc của cơ quan cấp trên của chúng. Authorisation rule `administer-agencies`: Administrators of every agency concerned, or of an agency above it.
         */
        delete: operations["deleteCentresByAgencyCodeDevicesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/centres/{agencyCode}/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lấy số thứ tự tại ki-ốt đã ghép nối (Authorization: Device <mã>): dịch vụ và nhóm ưu tiên nếu có
         * @description Quy tắc phân quyền `paired-device`: Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị. Authorisation rule `paired-device`: A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token.
         */
        post: operations["postPublicCentresByAgencyCodeTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Quầy của cán bộ: quầy đang mở, phiếu đang gọi hoặc phục vụ, số người chờ mỗi dịch vụ, các quầy có thể mở
         * @description Quy tắc phân quyền `signed-in-officer`: Cán bộ đã đăng nhập. Authorisation rule `signed-in-officer`: Any signed-in officer.
         */
        get: operations["getCountersMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/counters/{number}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mở quầy (cán bộ ngồi vào quầy): mỗi quầy một cán bộ, mỗi cán bộ một quầy
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCentresByAgencyCodeCountersByNumberOpen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tạm dừng quầy, với lý do (ví dụ: nghỉ giải lao)
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMinePause"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tiếp tục quầy đang tạm dừng
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMineResume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đóng quầy (cán bộ rời quầy)
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMineClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/call-next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gọi số tiếp theo: ưu tiên, lịch hẹn đã đến giờ, rồi theo thứ tự (quy tắc của trung tâm)
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMineCallNext"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/recall": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gọi lại phiếu đang gọi
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMineRecall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đánh dấu vắng mặt (sau số lần gọi của trung tâm)
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMineNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bắt đầu phục vụ phiếu đang gọi
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMineStart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kết thúc phục vụ
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMineFinish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Chuyển phiếu sang dịch vụ hoặc quầy khác (giữ nguyên thứ tự)
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMineTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/counters/mine/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cấp số thứ tự tại quầy (người đến thẳng quầy)
         * @description Quy tắc phân quyền `serve-at-counter`: Cán bộ tiếp nhận của trung tâm có quầy. Authorisation rule `serve-at-counter`: Receiving officers of the centre the counter belongs to.
         */
        post: operations["postCountersMineTickets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/centres/{agencyCode}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các khung giờ còn trống của một dịch vụ trong một ngày (chỉ những khung chưa qua, trong 30 ngày tới)
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicCentresByAgencyCodeSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/centres/{agencyCode}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đặt lịch hẹn một khung giờ; mã đặt lịch được gửi qua email/SMS
         * @description At least one of phone and email. Signed-in citizens book with POST /api/citizen/bookings, which keeps the booking in their account.
         *
         *     Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postPublicCentresByAgencyCodeBookings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lịch hẹn của tôi
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenBookings"];
        put?: never;
        /**
         * Công dân đã đăng nhập đặt lịch hẹn (số điện thoại, email mặc định lấy từ tài khoản)
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenBookings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bookings/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Xem lịch hẹn bằng mã đặt lịch và số điện thoại hoặc email đã đặt
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicBookingsByCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bookings/{code}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hủy lịch hẹn chưa đến giờ
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postPublicBookingsByCodeCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/bookings/{code}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đổi giờ hẹn: lịch mới có mã mới (gửi lại qua email/SMS), lịch cũ bị hủy
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        post: operations["postPublicBookingsByCodeReschedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/centres/{agencyCode}/bookings/{code}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ki-ốt xác nhận lịch hẹn và cấp số thứ tự (ưu tiên theo nhóm đã khai, xếp hàng từ giờ hẹn)
         * @description From a kiosk paired with the centre (`Authorization: Device <token>`), within the booking’s check-in window.
         *
         *     Quy tắc phân quyền `paired-device`: Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị. Authorisation rule `paired-device`: A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token.
         */
        post: operations["postPublicCentresByAgencyCodeBookingsByCodeCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tình hình trung tâm lúc này: các quầy mở, tạm dừng, đóng, ai phục vụ số nào, số người chờ từng dịch vụ, chờ lâu nhất
         * @description Quy tắc phân quyền `manage-centre`: Lãnh đạo và trưởng bộ phận của trung tâm, hoặc quản trị viên của trung tâm hay cơ quan cấp trên. Authorisation rule `manage-centre`: Leaders and unit heads of the centre, or administrators of the centre or an agency above it.
         */
        get: operations["getCentresByAgencyCodeLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/live/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Luồng sự kiện (text/event-stream) tình hình trung tâm: sự kiện "live" mang toàn bộ tình hình, khi mở và sau mỗi thay đổi
         * @description Quy tắc phân quyền `manage-centre`: Lãnh đạo và trưởng bộ phận của trung tâm, hoặc quản trị viên của trung tâm hay cơ quan cấp trên. Authorisation rule `manage-centre`: Leaders and unit heads of the centre, or administrators of the centre or an agency above it.
         */
        get: operations["getCentresByAgencyCodeLiveStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số liệu của trung tâm trong một khoảng ngày theo dịch vụ, quầy, cán bộ hoặc khung giờ: số phiếu, thời gian chờ và phục vụ, vắng mặt, chuyển
         * @description Quy tắc phân quyền `manage-centre`: Lãnh đạo và trưởng bộ phận của trung tâm, hoặc quản trị viên của trung tâm hay cơ quan cấp trên. Authorisation rule `manage-centre`: Leaders and unit heads of the centre, or administrators of the centre or an agency above it.
         */
        get: operations["getCentresByAgencyCodeFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/figures.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Số liệu của trung tâm như trên, tải về dạng bảng tính Excel (.xlsx) với dòng cả kỳ bằng công thức
         * @description Quy tắc phân quyền `manage-centre`: Lãnh đạo và trưởng bộ phận của trung tâm, hoặc quản trị viên của trung tâm hay cơ quan cấp trên. Authorisation rule `manage-centre`: Leaders and unit heads of the centre, or administrators of the centre or an agency above it.
         */
        get: operations["getCentresByAgencyCodeFiguresXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/centres/{agencyCode}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Màn hình gọi số: số đang gọi, các lượt gọi gần nhất, số người chờ theo dịch vụ
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicCentresByAgencyCodeBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/centres/{agencyCode}/board/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Luồng sự kiện của màn hình gọi số (text/event-stream): mỗi lượt gọi kèm số phiếu và quầy
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getPublicCentresByAgencyCodeBoardStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/tickets/{followToken}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vị trí của phiếu số thứ tự (trang điện thoại sau mã QR): số người phía trước, thời gian chờ dự kiến, quầy khi được gọi
         * @description Quy tắc phân quyền `ticket-holder`: Người giữ phiếu số thứ tự, xác thực bằng mã QR in trên phiếu. Authorisation rule `ticket-holder`: The holder of a queue ticket, by the code in its QR code.
         */
        get: operations["getPublicTicketsByFollowToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/tickets/{followToken}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Luồng sự kiện của phiếu số thứ tự (text/event-stream): vị trí, khi được gọi và ở quầy nào, khi xong
         * @description Quy tắc phân quyền `ticket-holder`: Người giữ phiếu số thứ tự, xác thực bằng mã QR in trên phiếu. Authorisation rule `ticket-holder`: The holder of a queue ticket, by the code in its QR code.
         */
        get: operations["getPublicTicketsByFollowTokenStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/devices/tablet/awaiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Máy tính bảng đánh giá: phiếu vừa được phục vụ xong tại quầy, chưa được đánh giá
         * @description Quy tắc phân quyền `paired-device`: Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị. Authorisation rule `paired-device`: A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token.
         */
        get: operations["getPublicDevicesTabletAwaiting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/devices/tablet/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Luồng sự kiện của máy tính bảng đánh giá (text/event-stream): phiếu vừa phục vụ xong hiện ra ngay
         * @description Quy tắc phân quyền `paired-device`: Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị. Authorisation rule `paired-device`: A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token.
         */
        get: operations["getPublicDevicesTabletStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/devices/tablet/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đánh giá mức độ hài lòng trên máy tính bảng tại quầy
         * @description Quy tắc phân quyền `paired-device`: Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị. Authorisation rule `paired-device`: A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token.
         */
        post: operations["postPublicDevicesTabletRatings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/tickets/{followToken}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phiếu số thứ tự (mã QR): đã đánh giá được chưa, và đánh giá đã gửi
         * @description Quy tắc phân quyền `ticket-holder`: Người giữ phiếu số thứ tự, xác thực bằng mã QR in trên phiếu. Authorisation rule `ticket-holder`: The holder of a queue ticket, by the code in its QR code.
         */
        get: operations["getPublicTicketsByFollowTokenRating"];
        put?: never;
        /**
         * Đánh giá mức độ hài lòng qua mã QR trên phiếu số thứ tự
         * @description Quy tắc phân quyền `ticket-holder`: Người giữ phiếu số thứ tự, xác thực bằng mã QR in trên phiếu. Authorisation rule `ticket-holder`: The holder of a queue ticket, by the code in its QR code.
         */
        post: operations["postPublicTicketsByFollowTokenRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hồ sơ của tôi: đã đánh giá được chưa, và đánh giá đã gửi
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDossiersByCodeRating"];
        put?: never;
        /**
         * Đánh giá việc giải quyết hồ sơ của tôi
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenDossiersByCodeRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/dossiers/{code}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đánh giá việc giải quyết hồ sơ (người nộp, xác thực bằng mã tra cứu trên giấy tiếp nhận)
         * @description Quy tắc phân quyền `applicant-with-lookup-code`: Người nộp hồ sơ, xác thực bằng mã tra cứu in trên giấy tiếp nhận. Authorisation rule `applicant-with-lookup-code`: The applicant, by the lookup code printed on the receipt.
         */
        post: operations["postPublicDossiersByCodeRating"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/centres/{agencyCode}/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Đánh giá của người dân về trung tâm trong một khoảng thời gian (kèm cán bộ, quầy và góp ý)
         * @description Without from and to: the last 30 days, Vietnam time.
         *
         *     Quy tắc phân quyền `manage-centre`: Lãnh đạo và trưởng bộ phận của trung tâm, hoặc quản trị viên của trung tâm hay cơ quan cấp trên. Authorisation rule `manage-centre`: Leaders and unit heads of the centre, or administrators of the centre or an agency above it.
         */
        get: operations["getCentresByAgencyCodeRatings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/devices/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Màn hình điều hành: tiếp nhận và kết quả hôm nay, quá hạn, tỷ lệ đúng hạn, tỷ lệ trực tuyến, các địa bàn, hàng chờ tại các trung tâm, sự kiện mới nhất
         * @description Quy tắc phân quyền `paired-device`: Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị. Authorisation rule `paired-device`: A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token.
         */
        get: operations["getPublicDevicesOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/devices/operations/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Luồng sự kiện của màn hình điều hành (text/event-stream): báo khi hồ sơ hoặc hàng chờ của địa bàn thay đổi
         * @description Quy tắc phân quyền `paired-device`: Thiết bị của trung tâm (ki-ốt, màn hình gọi số, máy tính bảng đánh giá, màn hình điều hành) đã được quản trị viên ghép nối, xác thực bằng mã thiết bị. Authorisation rule `paired-device`: A centre device (kiosk, display board, rating tablet, operations screen) paired by an administrator, by its device token.
         */
        get: operations["getPublicDevicesOperationsStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh mục hồ sơ công việc của cơ quan trong một năm
         * @description Quy tắc phân quyền `see-work-records`: Cán bộ của cơ quan có danh mục hồ sơ công việc. Authorisation rule `see-work-records`: Officers of the agency the work records belong to.
         */
        get: operations["getWorkRecords"];
        put?: never;
        /**
         * Lập một hồ sơ trong danh mục hồ sơ của năm, giao cho người lập hồ sơ
         * @description Quy tắc phân quyền `keep-work-record-list`: Văn thư, lãnh đạo và quản trị viên của cơ quan. Authorisation rule `keep-work-record-list`: Document clerks, leaders and administrators of the agency.
         */
        post: operations["postWorkRecords"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh mục hồ sơ của cơ quan trong một năm, tải về dạng bảng tính Excel (.xlsx)
         * @description Quy tắc phân quyền `see-work-records`: Cán bộ của cơ quan có danh mục hồ sơ công việc. Authorisation rule `see-work-records`: Officers of the agency the work records belong to.
         */
        get: operations["getWorkRecordsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Một hồ sơ công việc và các văn bản, tài liệu trong hồ sơ
         * @description Quy tắc phân quyền `see-work-records`: Cán bộ của cơ quan có danh mục hồ sơ công việc. Authorisation rule `see-work-records`: Officers of the agency the work records belong to.
         */
        get: operations["getWorkRecordsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Đưa một văn bản của cơ quan hoặc một ghi chú vào hồ sơ đang lập
         * @description Quy tắc phân quyền `keep-work-record`: Người lập hồ sơ, lãnh đạo phòng của người lập hồ sơ, hoặc lãnh đạo cơ quan. Authorisation rule `keep-work-record`: The record’s keeper, the head of the keeper’s unit, or a leader of the agency.
         */
        post: operations["postWorkRecordsByIdEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records/{id}/entries/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Rút một văn bản, tài liệu khỏi hồ sơ đang lập
         * @description Quy tắc phân quyền `keep-work-record`: Người lập hồ sơ, lãnh đạo phòng của người lập hồ sơ, hoặc lãnh đạo cơ quan. Authorisation rule `keep-work-record`: The record’s keeper, the head of the keeper’s unit, or a leader of the agency.
         */
        delete: operations["deleteWorkRecordsByIdEntriesByItemId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Kết thúc hồ sơ (chờ nộp lưu vào lưu trữ cơ quan trong một năm)
         * @description Quy tắc phân quyền `keep-work-record`: Người lập hồ sơ, lãnh đạo phòng của người lập hồ sơ, hoặc lãnh đạo cơ quan. Authorisation rule `keep-work-record`: The record’s keeper, the head of the keeper’s unit, or a leader of the agency.
         */
        post: operations["postWorkRecordsByIdClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mở lại hồ sơ đã kết thúc, chưa nộp lưu
         * @description Quy tắc phân quyền `keep-work-record`: Người lập hồ sơ, lãnh đạo phòng của người lập hồ sơ, hoặc lãnh đạo cơ quan. Authorisation rule `keep-work-record`: The record’s keeper, the head of the keeper’s unit, or a leader of the agency.
         */
        post: operations["postWorkRecordsByIdReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records/{id}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lưu trữ cơ quan nhận nộp lưu hồ sơ đã kết thúc; từ đó hồ sơ chỉ còn để xem
         * @description Quy tắc phân quyền `archive-work-records`: Văn thư của cơ quan, người nhận hồ sơ nộp lưu vào lưu trữ cơ quan. Authorisation rule `archive-work-records`: The agency’s document clerks, who take records over into its archive.
         */
        post: operations["postWorkRecordsByIdHandOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phí, lệ phí hồ sơ của tôi phải nộp, và cách nộp (trực tuyến, chuyển khoản VietQR)
         * @description Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        get: operations["getCitizenDossiersByCodePayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{code}/payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phí, lệ phí của hồ sơ: số phải nộp, đã nộp (trực tuyến, chuyển khoản), hoàn trả
         * @description Quy tắc phân quyền `see-dossier`: Cán bộ làm việc với hồ sơ tại một cơ quan mà hồ sơ liên quan (tiếp nhận, giải quyết, hoặc có bước xử lý). Authorisation rule `see-dossier`: Officers who work on dossiers at an agency the dossier has to do with (receiving, competent, or running one of its steps).
         */
        get: operations["getDossiersByCodePayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossiers/{code}/payment/online": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thanh toán trực tuyến: chuyển đến cổng thanh toán
         * @description A new order at the gateway for the fee the dossier owes; the browser goes to `redirectUrl`. 409 `no_fee_due` when nothing is owed.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenDossiersByCodePaymentOnline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/payments/{gateway}/ipn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * IPN: cổng thanh toán xác nhận giao dịch (máy chủ tới máy chủ)
         * @description The gateway’s signed parameters (vnp_…), in the query string, a form or a JSON object. Always 200 with the answer code the gateway expects; only this call confirms a payment.
         *
         *     Quy tắc phân quyền `payment-gateway`: Cổng thanh toán, xác thực bằng chữ ký HMAC-SHA512 với khóa bí mật chung (trả về, IPN). Authorisation rule `payment-gateway`: The payment gateway, by its HMAC-SHA512 signature with the shared secret (redirect, IPN).
         */
        post: operations["postPublicPaymentsByGatewayIpn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/payments/{gateway}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kết quả thanh toán khi cổng thanh toán chuyển người nộp về (theo IPN đã nhận)
         * @description The signed parameters the gateway sent the payer back with. What it says is not taken: the answer is what the IPN made of the order.
         *
         *     Quy tắc phân quyền `payment-gateway`: Cổng thanh toán, xác thực bằng chữ ký HMAC-SHA512 với khóa bí mật chung (trả về, IPN). Authorisation rule `payment-gateway`: The payment gateway, by its HMAC-SHA512 signature with the shared secret (redirect, IPN).
         */
        get: operations["getPublicPaymentsByGatewayReturn"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhập sao kê tài khoản thu phí (CSV) để đối soát chuyển khoản VietQR
         * @description Quy tắc phân quyền `reconcile-payments`: Cán bộ tiếp nhận và quản trị viên; với một hồ sơ, của cơ quan đã tiếp nhận hồ sơ. Authorisation rule `reconcile-payments`: Receiving officers and administrators; for a dossier, those of the agency that received it.
         */
        post: operations["postPaymentsStatements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/statement-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các dòng sao kê chưa khớp, chờ cán bộ xử lý
         * @description Quy tắc phân quyền `reconcile-payments`: Cán bộ tiếp nhận và quản trị viên; với một hồ sơ, của cơ quan đã tiếp nhận hồ sơ. Authorisation rule `reconcile-payments`: Receiving officers and administrators; for a dossier, those of the agency that received it.
         */
        get: operations["getPaymentsStatementLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/statement-lines/{id}/resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Xử lý một dòng sao kê chưa khớp: ghi nhận nộp phí cho hồ sơ, hoàn trả, hoặc không phải tiền phí
         * @description Quy tắc phân quyền `reconcile-payments`: Cán bộ tiếp nhận và quản trị viên; với một hồ sơ, của cơ quan đã tiếp nhận hồ sơ. Authorisation rule `reconcile-payments`: Receiving officers and administrators; for a dossier, those of the agency that received it.
         */
        post: operations["postPaymentsStatementLinesByIdResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/gateway-payments/{orderRef}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận đã hoàn trả khoản cổng thanh toán thu cho khoản phí không còn phải nộp
         * @description Quy tắc phân quyền `reconcile-payments`: Cán bộ tiếp nhận và quản trị viên; với một hồ sơ, của cơ quan đã tiếp nhận hồ sơ. Authorisation rule `reconcile-payments`: Receiving officers and administrators; for a dossier, those of the agency that received it.
         */
        post: operations["postPaymentsGatewayPaymentsByOrderRefRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ghi nhận hoàn trả phí, lệ phí khi hồ sơ bị từ chối sau khi đã nộp
         * @description Quy tắc phân quyền `reconcile-payments`: Cán bộ tiếp nhận và quản trị viên; với một hồ sơ, của cơ quan đã tiếp nhận hồ sơ. Authorisation rule `reconcile-payments`: Receiving officers and administrators; for a dossier, those of the agency that received it.
         */
        post: operations["postPaymentsRefunds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assisted/consent-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Gửi mã xác nhận đồng ý đến điện thoại của người nộp có mặt
         * @description Six digits by SMS, valid 15 minutes, five guesses, used once; three to one phone an hour (429 too_many_codes). 409 sms_not_configured: use a signed consent scan.
         *
         *     Quy tắc phân quyền `assist-submission`: Nhân viên điểm hỗ trợ dịch vụ công và cán bộ tiếp nhận, tại điểm hoặc bộ phận một cửa của mình, nộp hồ sơ thay công dân có mặt và đồng ý. Authorisation rule `assist-submission`: Helpers of assisted-digital points and receiving officers, at their own point or desk, submitting for a citizen who is present and consents.
         */
        post: operations["postAssistedConsentCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assisted/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nộp hồ sơ trực tuyến thay công dân có mặt, với sự đồng ý của họ
         * @description As POST /api/public/dossiers (files uploaded to POST /api/public/files, named with their upload tokens), with the consent: the code read out (400 consent_code_invalid when wrong, used or expired) or the signed consent scanned. The dossier shows who helped.
         *
         *     Quy tắc phân quyền `assist-submission`: Nhân viên điểm hỗ trợ dịch vụ công và cán bộ tiếp nhận, tại điểm hoặc bộ phận một cửa của mình, nộp hồ sơ thay công dân có mặt và đồng ý. Authorisation rule `assist-submission`: Helpers of assisted-digital points and receiving officers, at their own point or desk, submitting for a citizen who is present and consents.
         */
        post: operations["postAssistedDossiers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossier-claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhận hồ sơ vào tài khoản: gửi mã xác nhận đến điện thoại hoặc email ghi trên hồ sơ
         * @description For a dossier no account holds. 409 already_yours, dossier_claimed (another account holds it), no_contact.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenDossierClaims"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/citizen/dossier-claims/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhận hồ sơ vào tài khoản bằng mã xác nhận
         * @description 400 claim_code_invalid for a wrong, used or expired code; the dossier is then in GET /api/citizen/dossiers.
         *
         *     Quy tắc phân quyền `citizen-themself`: Công dân đã đăng nhập, với tài khoản, bản nháp và hồ sơ của chính mình. Authorisation rule `citizen-themself`: The signed-in citizen, on their own account, drafts and dossiers.
         */
        post: operations["postCitizenDossierClaimsConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sổ văn bản đến của cơ quan: danh sách, tìm theo số, ký hiệu, nơi gửi, ngày, trích yếu (không dấu, gõ sai vẫn tìm được)
         * @description Quy tắc phân quyền `see-documents`: Cán bộ của cơ quan có sổ văn bản (văn thư, lãnh đạo, lãnh đạo phòng, chuyên viên, cán bộ tiếp nhận, quản trị viên). Authorisation rule `see-documents`: Officers of the agency the document register is of (clerks, leaders, unit heads, specialists, receiving officers, administrators).
         */
        get: operations["getDocumentsIncoming"];
        put?: never;
        /**
         * Vào sổ văn bản đến (số đến tự động theo cơ quan và năm; kèm bản scan nếu không phải văn bản mật)
         * @description A classified document (Mật, Tối mật, Tuyệt mật) is registered with its metadata only: a scan is refused with 422 classified_content.
         *
         *     Quy tắc phân quyền `register-incoming-documents`: Văn thư của cơ quan nhận văn bản. Authorisation rule `register-incoming-documents`: Document clerks of the receiving agency.
         */
        post: operations["postDocumentsIncoming"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Văn bản của tôi: cần xử lý, quá hạn, để biết, chờ trình (văn thư), chờ phân phối (lãnh đạo)
         * @description Quy tắc phân quyền `signed-in-officer`: Cán bộ đã đăng nhập. Authorisation rule `signed-in-officer`: Any signed-in officer.
         */
        get: operations["getDocumentsMine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Văn bản đến quá hạn xử lý, theo phòng, đơn vị (lãnh đạo)
         * @description Quy tắc phân quyền `see-overdue-documents`: Lãnh đạo cơ quan và lãnh đạo phòng của cơ quan nhận văn bản. Authorisation rule `see-overdue-documents`: Leaders and unit heads of the receiving agency.
         */
        get: operations["getDocumentsIncomingOverdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Phòng, đơn vị và cán bộ của cơ quan để chọn khi phân phối, giao xử lý văn bản hoặc giao lập hồ sơ
         * @description Quy tắc phân quyền `see-documents`: Cán bộ của cơ quan có sổ văn bản (văn thư, lãnh đạo, lãnh đạo phòng, chuyên viên, cán bộ tiếp nhận, quản trị viên). Authorisation rule `see-documents`: Officers of the agency the document register is of (clerks, leaders, unit heads, specialists, receiving officers, administrators).
         */
        get: operations["getDocumentsStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/register.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sổ đăng ký văn bản đến của một năm, bản in PDF
         * @description Quy tắc phân quyền `see-documents`: Cán bộ của cơ quan có sổ văn bản (văn thư, lãnh đạo, lãnh đạo phòng, chuyên viên, cán bộ tiếp nhận, quản trị viên). Authorisation rule `see-documents`: Officers of the agency the document register is of (clerks, leaders, unit heads, specialists, receiving officers, administrators).
         */
        get: operations["getDocumentsIncomingRegisterPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/register.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sổ đăng ký văn bản đến của một năm, tải về dạng bảng tính Excel (.xlsx)
         * @description Quy tắc phân quyền `see-documents`: Cán bộ của cơ quan có sổ văn bản (văn thư, lãnh đạo, lãnh đạo phòng, chuyên viên, cán bộ tiếp nhận, quản trị viên). Authorisation rule `see-documents`: Officers of the agency the document register is of (clerks, leaders, unit heads, specialists, receiving officers, administrators).
         */
        get: operations["getDocumentsIncomingRegisterXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Văn bản đến: thông tin, tệp, phân công và quá trình xử lý
         * @description Quy tắc phân quyền `see-documents`: Cán bộ của cơ quan có sổ văn bản (văn thư, lãnh đạo, lãnh đạo phòng, chuyên viên, cán bộ tiếp nhận, quản trị viên). Authorisation rule `see-documents`: Officers of the agency the document register is of (clerks, leaders, unit heads, specialists, receiving officers, administrators).
         */
        get: operations["getDocumentsIncomingById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Thêm tệp (bản scan, phụ lục) vào văn bản đến; không nhận với văn bản mật
         * @description Quy tắc phân quyền `register-incoming-documents`: Văn thư của cơ quan nhận văn bản. Authorisation rule `register-incoming-documents`: Document clerks of the receiving agency.
         */
        post: operations["postDocumentsIncomingByIdAttachments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/attachments/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tải tệp của văn bản đến
         * @description Quy tắc phân quyền `see-documents`: Cán bộ của cơ quan có sổ văn bản (văn thư, lãnh đạo, lãnh đạo phòng, chuyên viên, cán bộ tiếp nhận, quản trị viên). Authorisation rule `see-documents`: Officers of the agency the document register is of (clerks, leaders, unit heads, specialists, receiving officers, administrators).
         */
        get: operations["getDocumentsIncomingByIdAttachmentsByFileId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/present": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Văn thư trình lãnh đạo văn bản đến
         * @description Quy tắc phân quyền `route-incoming-document`: Cán bộ giữ vai trò mà bảng luân chuyển văn bản đến quy định cho thao tác, tại cơ quan nhận văn bản; với một phần việc được giao, chỉ người được giao (hoặc lãnh đạo phòng được giao). Authorisation rule `route-incoming-document`: Officers holding a role the incoming routing table names for the action, at the receiving agency; on an assignment, only its holder (the officer, or the head of the unit).
         */
        post: operations["postDocumentsIncomingByIdPresent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lãnh đạo trả lại văn thư (không thuộc thẩm quyền, vào sổ sai)
         * @description Quy tắc phân quyền `route-incoming-document`: Cán bộ giữ vai trò mà bảng luân chuyển văn bản đến quy định cho thao tác, tại cơ quan nhận văn bản; với một phần việc được giao, chỉ người được giao (hoặc lãnh đạo phòng được giao). Authorisation rule `route-incoming-document`: Officers holding a role the incoming routing table names for the action, at the receiving agency; on an assignment, only its holder (the officer, or the head of the unit).
         */
        post: operations["postDocumentsIncomingByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Văn thư thu hồi văn bản vào sổ nhầm (số đến giữ nguyên trong sổ)
         * @description Quy tắc phân quyền `route-incoming-document`: Cán bộ giữ vai trò mà bảng luân chuyển văn bản đến quy định cho thao tác, tại cơ quan nhận văn bản; với một phần việc được giao, chỉ người được giao (hoặc lãnh đạo phòng được giao). Authorisation rule `route-incoming-document`: Officers holding a role the incoming routing table names for the action, at the receiving agency; on an assignment, only its holder (the officer, or the head of the unit).
         */
        post: operations["postDocumentsIncomingByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lãnh đạo phân phối: đơn vị, cá nhân chủ trì, phối hợp, để biết; ý kiến chỉ đạo; hạn xử lý theo ngày làm việc
         * @description Quy tắc phân quyền `route-incoming-document`: Cán bộ giữ vai trò mà bảng luân chuyển văn bản đến quy định cho thao tác, tại cơ quan nhận văn bản; với một phần việc được giao, chỉ người được giao (hoặc lãnh đạo phòng được giao). Authorisation rule `route-incoming-document`: Officers holding a role the incoming routing table names for the action, at the receiving agency; on an assignment, only its holder (the officer, or the head of the unit).
         */
        post: operations["postDocumentsIncomingByIdAssign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/assignments/{assignmentId}/pass-down": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lãnh đạo phòng giao chuyên viên trong phòng xử lý phần việc của phòng
         * @description Quy tắc phân quyền `route-incoming-document`: Cán bộ giữ vai trò mà bảng luân chuyển văn bản đến quy định cho thao tác, tại cơ quan nhận văn bản; với một phần việc được giao, chỉ người được giao (hoặc lãnh đạo phòng được giao). Authorisation rule `route-incoming-document`: Officers holding a role the incoming routing table names for the action, at the receiving agency; on an assignment, only its holder (the officer, or the head of the unit).
         */
        post: operations["postDocumentsIncomingByIdAssignmentsByAssignmentIdPassDown"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/assignments/{assignmentId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cập nhật tiến độ xử lý phần việc được giao
         * @description Quy tắc phân quyền `route-incoming-document`: Cán bộ giữ vai trò mà bảng luân chuyển văn bản đến quy định cho thao tác, tại cơ quan nhận văn bản; với một phần việc được giao, chỉ người được giao (hoặc lãnh đạo phòng được giao). Authorisation rule `route-incoming-document`: Officers holding a role the incoming routing table names for the action, at the receiving agency; on an assignment, only its holder (the officer, or the head of the unit).
         */
        post: operations["postDocumentsIncomingByIdAssignmentsByAssignmentIdProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/assignments/{assignmentId}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hoàn thành xử lý văn bản (đơn vị, cá nhân chủ trì), có thể kèm văn bản đi trả lời
         * @description Quy tắc phân quyền `route-incoming-document`: Cán bộ giữ vai trò mà bảng luân chuyển văn bản đến quy định cho thao tác, tại cơ quan nhận văn bản; với một phần việc được giao, chỉ người được giao (hoặc lãnh đạo phòng được giao). Authorisation rule `route-incoming-document`: Officers holding a role the incoming routing table names for the action, at the receiving agency; on an assignment, only its holder (the officer, or the head of the unit).
         */
        post: operations["postDocumentsIncomingByIdAssignmentsByAssignmentIdFinish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/documents/incoming/{id}/assignments/{assignmentId}/finish-part": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hoàn thành phần phối hợp được giao
         * @description Quy tắc phân quyền `route-incoming-document`: Cán bộ giữ vai trò mà bảng luân chuyển văn bản đến quy định cho thao tác, tại cơ quan nhận văn bản; với một phần việc được giao, chỉ người được giao (hoặc lãnh đạo phòng được giao). Authorisation rule `route-incoming-document`: Officers holding a role the incoming routing table names for the action, at the receiving agency; on an assignment, only its holder (the officer, or the head of the unit).
         */
        post: operations["postDocumentsIncomingByIdAssignmentsByAssignmentIdFinishPart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchange/v1/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Nhận gói tin (văn bản, trạng thái, thu hồi/cập nhật) từ hệ thống ngang hàng
         * @description Body: the package's XML (application/xml, modelled on edXML). Headers: x-motcua-certificate-sha256 (SHA-256 of the sender's registered certificate, hex) and x-motcua-signature (base64 signature with SHA-256 over the exact body). Refused, logged and not kept: 401 exchange_signature_missing or exchange_signature_invalid, 403 exchange_peer_unknown or exchange_sender_not_served, 400 exchange_<problem> for a malformed package, 422 exchange_recipient_unknown or exchange_unknown_reference, 409 exchange_package_conflict. The same package sent again gets the same answer.
         *
         *     Quy tắc phân quyền `exchange-peer`: Hệ thống ngang hàng đã được quản trị viên đăng ký, xác thực bằng chữ ký số trên gói tin theo chứng thư đã đăng ký. Authorisation rule `exchange-peer`: A peer installation registered by an administrator, by the signature on the package made with its registered certificate.
         */
        post: operations["postExchangeV1Packages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/exchange/v1/peers/self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Danh tính của hệ thống này: tên, địa chỉ, chứng thư số và các cơ quan phục vụ, để hệ thống khác đăng ký làm hệ thống ngang hàng
         * @description Quy tắc phân quyền `public`: Công khai: ai cũng dùng được, không cần đăng nhập. Authorisation rule `public`: Public: anyone, without signing in.
         */
        get: operations["getExchangeV1PeersSelf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/sent/{packageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tình trạng một văn bản đã gửi điện tử: đã chuyển chưa, các trạng thái bên nhận báo về, thu hồi và cập nhật
         * @description Quy tắc phân quyền `see-documents`: Cán bộ của cơ quan có sổ văn bản (văn thư, lãnh đạo, lãnh đạo phòng, chuyên viên, cán bộ tiếp nhận, quản trị viên). Authorisation rule `see-documents`: Officers of the agency the document register is of (clerks, leaders, unit heads, specialists, receiving officers, administrators).
         */
        get: operations["getExchangeSentByPackageId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/peers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Các hệ thống ngang hàng đã đăng ký
         * @description Quy tắc phân quyền `administer-exchange-peers`: Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống. Authorisation rule `administer-exchange-peers`: Administrators of the installation’s root agency (the province).
         */
        get: operations["getExchangePeers"];
        put?: never;
        /**
         * Đăng ký một hệ thống ngang hàng và các cơ quan nó phục vụ
         * @description Refused with 409 exchange_agency_code_taken (another peer serves the code), exchange_agency_code_is_ours, exchange_peer_certificate_taken.
         *
         *     Quy tắc phân quyền `administer-exchange-peers`: Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống. Authorisation rule `administer-exchange-peers`: Administrators of the installation’s root agency (the province).
         */
        post: operations["postExchangePeers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange/peers/{peerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Sửa một hệ thống ngang hàng (địa chỉ, chứng thư, các cơ quan)
         * @description Quy tắc phân quyền `administer-exchange-peers`: Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống. Authorisation rule `administer-exchange-peers`: Administrators of the installation’s root agency (the province).
         */
        put: operations["putExchangePeersByPeerId"];
        post?: never;
        /**
         * Xoá một hệ thống ngang hàng
         * @description Quy tắc phân quyền `administer-exchange-peers`: Quản trị viên của cơ quan gốc (cấp tỉnh) của hệ thống. Authorisation rule `administer-exchange-peers`: Administrators of the installation’s root agency (the province).
         */
        delete: operations["deleteExchangePeersByPeerId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ActionResult: {
            code: string;
            state: string;
            version: number;
            /** @description An approval waiting for the approver to confirm the signature on their phone (remote signing): the dossier is unchanged until then */
            awaitingSignature?: {
                id: string;
                requestedAt: string;
                expiresAt: string;
            };
        };
        Agency: {
            id: string;
            code: string;
            name: string;
            shortName: string;
            /** @enum {unknown} */
            kind: "province" | "centre" | "department" | "district" | "commune";
            parentId: string | null;
            address: string;
            phone: string;
            abolishedOn: string | null;
            successorId: string | null;
            /** @description What it signs document symbols with (`UBND`, `SNV`; a unit `VP`), set or by default from its kind and name */
            symbolAbbreviation: string;
            units: components["schemas"]["Unit"][];
        };
        AgencyChoice: {
            id: string;
            code: string;
            name: string;
        };
        AgencyReference: {
            id: string;
            code: string;
            name: string;
        };
        Applicant: {
            /** @enum {unknown} */
            type: "citizen" | "organisation";
            /** Format: visible-text */
            name: string;
            /** @description A citizen: CCCD (số định danh cá nhân, 12 digits), old CMND (9 digits) or passport (6–9 letters and digits, a letter among them); an organisation: tax code (10 digits, or 13 written 0101234567-001). Any other is refused with 400 invalid_id_number naming applicant.idNumber. */
            idNumber: string;
            phone?: string;
            /** Format: email */
            email?: string;
            address?: string;
        };
        ApplicantOnFile: {
            type: string;
            name: string;
            idNumber: string;
            phone: string;
            email: string;
            address: string;
        };
        ApprovalSignature: {
            id: string;
            /** @enum {unknown} */
            state: "awaiting" | "approved" | "failed";
            requestedAt: string;
            expiresAt: string;
            settledAt: string | null;
            failure: {
                code: string;
                message: string;
                messageEn: string;
            } | null;
        };
        ApproveBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: uuid
             * @description Result document (PDF). Optional. Left empty, the result is written from the procedure’s template. An uploaded file is signed as it is, followed by a page with the signature and the verification code. PDF, at most 10 MB.: the id of a PDF uploaded to POST /api/v1/files
             */
            resultFileId?: string;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        AssignableOfficers: {
            step: {
                index: number;
                name: string;
                /** @enum {unknown} */
                role: "receiving_officer" | "specialist" | "unit_head" | "agency_leader" | "document_clerk" | "admin" | "assisting_helper";
                agency: {
                    id: string;
                    name: string;
                };
            };
            assigneeId: string | null;
            officers: {
                id: string;
                fullName: string;
                title: string;
                unit: {
                    id: string;
                    name: string;
                } | null;
            }[];
        };
        AssignBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: uuid
             * @description Officer: an id from GET /api/v1/dossiers/{code}/assignable-officers
             */
            assigneeId: string;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        /** @description Who helped submit the dossier for the citizen present: nothing more of the helper than their name and point */
        Assistance: {
            helperName: string;
            /** @description The assisted-digital point or the one-stop section the help came from */
            pointName: string;
        };
        Board: {
            centre: {
                agencyCode: string;
                name: string;
            };
            /** @description Each counter’s ticket called and not yet finished, the latest call first */
            calling: components["schemas"]["BoardCall"][];
            /** @description The day’s last calls and recalls, the latest first */
            lastCalls: components["schemas"]["BoardCall"][];
            /** @description People waiting per service */
            waiting: {
                code: string;
                name: string;
                nameEn: string;
                /** @description The tickets’ letter, e.g. A */
                prefix: string;
                count: number;
            }[];
        };
        BoardCall: {
            /** @description The ticket’s number, e.g. A017 */
            number: string;
            /** @description The counter’s number: "Quầy số 3" */
            counter: number;
            counterName: string;
            service: components["schemas"]["BoardService"];
            calledAt: string;
        };
        BoardService: {
            code: string;
            name: string;
            nameEn: string;
            /** @description The tickets’ letter, e.g. A */
            prefix: string;
        };
        Booking: {
            code: string;
            /** @enum {unknown} */
            status: "booked" | "checked_in" | "cancelled" | "no_show";
            rescheduledTo: string | null;
            centre: components["schemas"]["PublicCentre"];
            service: components["schemas"]["PublicQueueService"];
            start: string;
            end: string;
            /** @description From when the kiosk checks it in */
            checkInFrom: string;
            /** @description Until when; later it is a no-show */
            checkInUntil: string;
            /** @description Masked (Nguyễn V. A.) except in the citizen’s own list */
            name: string;
            notifiedBy: ("email" | "sms")[];
            priorityGroup: string | null;
            ticket: {
                number: string;
                followUrl: string;
            } | null;
            createdAt: string;
        };
        BookingSlot: {
            start: string;
            end: string;
            /** @description Places left in the slot */
            free: number;
        };
        CalendarOverride: {
            /**
             * Format: date
             * @description YYYY-MM-DD; years 1900–2100
             */
            date: string;
            kind: "day_off" | "working_day";
            /** Format: visible-text */
            name: string;
        };
        CentreCounter: {
            number: number;
            name: string;
            priority: boolean;
            active: boolean;
            services: string[];
            /** @enum {unknown} */
            status: "closed" | "open" | "paused";
        };
        CentreDevice: {
            id: string;
            /** @enum {unknown} */
            kind: "kiosk" | "board" | "tablet" | "operations";
            name: string;
            counter: {
                number: number;
                name: string;
            } | null;
            pairedBy: string | null;
            /** Format: date-time */
            pairedAt: string;
            lastSeenAt: string | null;
            revokedAt: string | null;
        };
        CentreFigures: {
            centre: {
                agencyCode: string;
                name: string;
            };
            from: string;
            to: string;
            /** @enum {unknown} */
            by: "service" | "counter" | "officer" | "hour";
            rows: {
                key: string | null;
                label: string;
                /** @description Tickets issued */
                tickets: number;
                /** @description Tickets called to a counter at least once */
                called: number;
                /** @description Tickets served to the end */
                served: number;
                noShows: number;
                /** @description Transfers to another service or counter */
                transfers: number;
                waitingMeanMinutes: number | null;
                waitingP90Minutes: number | null;
                serviceMeanMinutes: number | null;
                serviceP90Minutes: number | null;
                /** @description Ratings of these tickets: very satisfied */
                verySatisfied: number;
                satisfied: number;
                notSatisfied: number;
                satisfactionRate: number | null;
            }[];
            total: {
                /** @description Tickets issued */
                tickets: number;
                /** @description Tickets called to a counter at least once */
                called: number;
                /** @description Tickets served to the end */
                served: number;
                noShows: number;
                /** @description Transfers to another service or counter */
                transfers: number;
                waitingMeanMinutes: number | null;
                waitingP90Minutes: number | null;
                serviceMeanMinutes: number | null;
                serviceP90Minutes: number | null;
                /** @description Ratings of these tickets: very satisfied */
                verySatisfied: number;
                satisfied: number;
                notSatisfied: number;
                satisfactionRate: number | null;
            };
            /** @description The bookings whose slot falls in the period, as they stand now */
            bookings: {
                /** @description Bookings of the period’s slots (one moved to another slot counts once, at its new slot) */
                made: number;
                /** @description Checked in at the kiosk */
                checkedIn: number;
                /** @description Not checked in by the end of their check-in window */
                noShows: number;
                /** @description Cancelled by their holder */
                cancelled: number;
                /** @description Their check-in window has not closed yet */
                upcoming: number;
            };
        };
        CentreLiveState: {
            centre: {
                agencyCode: string;
                name: string;
            };
            /** @description ISO 8601, Vietnam time (+07:00) */
            at: string;
            counters: {
                number: number;
                name: string;
                priority: boolean;
                /** @enum {unknown} */
                status: "closed" | "open" | "paused";
                pauseReason: string;
                /** @description When the counter opened, paused or closed */
                since: string;
                officer: string | null;
                /** @description The codes of the services it serves */
                services: string[];
                current: {
                    /** @description The ticket called or served there, e.g. A017 */
                    number: string;
                    service: string;
                    /** @enum {unknown} */
                    status: "called" | "serving";
                    callCount: number;
                    /** @description Its (last) call, or the start of its service */
                    since: string;
                } | null;
            }[];
            services: {
                code: string;
                name: string;
                prefix: string;
                /** @description Tickets waiting to be called */
                waiting: number;
                waitingSince: string | null;
                longestWaitMinutes: number | null;
                /** @description Open counters that serve it */
                openCounters: number;
            }[];
            longestWait: {
                number: string;
                service: string;
                /** @description ISO 8601, Vietnam time (+07:00) */
                since: string;
                minutes: number;
            } | null;
            today: {
                issued: number;
                served: number;
                noShows: number;
                waiting: number;
            };
        };
        CentreSettings: {
            /** @description IANA time zone; the day and the hours are read in it */
            timeZone: string;
            /** @description Per ISO weekday (1 = Monday … 7 = Sunday), the opening periods in order; a day left out is closed */
            openingHours: {
                1?: string[][];
                2?: string[][];
                3?: string[][];
                4?: string[][];
                5?: string[][];
                6?: string[][];
                7?: string[][];
            };
            callsBeforeNoShow: number;
            /** @description The calling rule: criteria in order */
            callOrder: ("priority" | "booking_due" | "queued_at")[];
            bookingSlotMinutes: number;
            /** @description Bookings per slot and per counter serving the service */
            bookingsPerCounterSlot: number;
            /** @description Check-in opens this long before the slot */
            bookingEarlyMinutes: number;
            /** @description Check-in closes this long after the slot starts */
            bookingLateMinutes: number;
        };
        ChannelCounts: {
            online: number;
            inPerson: number;
            post: number;
        };
        Citizen: {
            id: string;
            fullName: string;
            email: string | null;
            phone: string | null;
            idNumber: string | null;
            communeId: string | null;
            /** @description The citizen confirmed the e-mail address with a code sent there (false without one); only a verified contact receives password reset codes */
            emailVerified: boolean;
            /** @description The citizen confirmed the mobile number with a code sent there (false without one) */
            phoneVerified: boolean;
        };
        ClaimCodeSent: {
            channel: "email" | "sms";
            /** @description The phone or e-mail on the dossier, masked */
            recipient: string;
            expiresAt: string;
        };
        ConfirmFeePaidAtSubmissionBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        ConfirmFeePaidBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        Consent: {
            /** @enum {string} */
            kind: "code";
            /** Format: uuid */
            consentId: string;
            /** @description The six digits received, spaces or dashes allowed */
            code: string;
        } | {
            /** @enum {string} */
            kind: "scan";
            /** Format: uuid */
            fileId: string;
        };
        ConsentCode: {
            /** @description Name it in the submission with the code the citizen reads out */
            consentId: string;
            expiresAt: string;
        };
        /**
         * @description Which of the account's contacts: `email` its e-mail address, `sms` its mobile number
         * @enum {unknown}
         */
        ContactChannel: "email" | "sms";
        CounterDesk: {
            counter: {
                id: string;
                number: number;
                name: string;
                /** @description Serves priority groups first */
                priority: boolean;
                /** @enum {unknown} */
                status: "closed" | "open" | "paused";
                pauseReason: string;
                centre: {
                    agencyCode: string;
                    name: string;
                };
                /** @description Calls after which the ticket in hand may be marked a no-show */
                callsBeforeNoShow: number;
                services: {
                    code: string;
                    name: string;
                    prefix: string;
                    waiting: number;
                }[];
            } | null;
            current: components["schemas"]["DeskTicket"] | null;
            openable: {
                agencyCode: string;
                centreName: string;
                number: number;
                name: string;
                occupiedBy: string | null;
            }[];
        };
        CreatedDossier: {
            code: string;
            /** @description Secret printed on the receipt; with the code it lets the applicant act on the dossier. */
            lookupCode: string;
            state: string;
            version: number;
            receivedAt: string | null;
            dueAt: string | null;
        };
        /** @enum {unknown} */
        DeadlineStatus: "on_time" | "due_soon" | "overdue" | "finished_early" | "finished_on_time" | "finished_late";
        /** @description How the applicant receives the result; at the counter when left out */
        DeliveryChoice: {
            /**
             * @description in_person: at the one-stop section; post: by the public postal service (address and the agency’s postal fee); electronic: the signed PDF in the account and by e-mail
             * @enum {unknown}
             */
            method: "in_person" | "post" | "electronic";
            /**
             * Format: visible-text
             * @description Where the post brings the result (post only)
             */
            address?: string;
        };
        DeliveryOptions: {
            agencyName: string;
            address: string;
            phone: string;
            openingHours: {
                vi: string;
                en: string;
            }[];
            postalFeeVnd: number | null;
        };
        DeskTicket: {
            id: string;
            number: string;
            service: {
                code: string;
                name: string;
                prefix: string;
            };
            priorityGroup: string | null;
            /** @enum {unknown} */
            channel: "kiosk" | "booking" | "counter";
            bookingCode: string | null;
            /** @enum {unknown} */
            status: "waiting" | "called" | "serving" | "finished" | "no_show" | "cancelled";
            callCount: number;
            issuedAt: string;
            calledAt: string | null;
            servingStartedAt: string | null;
        };
        DigitisedDocument: {
            id: string;
            /** @description Name it in components[].fileIds of a new dossier of the same applicant to reuse the document without uploading it again */
            fileId: string;
            /** @enum {unknown} */
            kind: "component" | "result";
            componentCode: string | null;
            /** @description The component’s name, or the result document’s type */
            title: string;
            /** @description File name */
            name: string;
            contentType: string;
            size: number;
            pages: number | null;
            sha256: string;
            sourceDossierCode: string;
            digitisedAt: string;
            /** @description How many later dossiers reused it */
            reuseCount: number;
            verificationCode: string | null;
        };
        DocumentAssignment: {
            id: string;
            parentId: string | null;
            /** @enum {unknown} */
            role: "lead" | "cooperating" | "information";
            roleName: string;
            unit: components["schemas"]["UnitReference"] | null;
            officer: {
                id: string;
                fullName: string;
            } | null;
            instructions: string;
            assignedAt: string;
            dueAt: string | null;
            deadlineStatus: ("on_time" | "due_soon" | "overdue" | "finished_early" | "finished_on_time" | "finished_late") | null;
            progressNote: string;
            progressAt: string | null;
            finishedAt: string | null;
        };
        /**
         * @description normal, Mật, Tối mật, Tuyệt mật
         * @enum {unknown}
         */
        DocumentConfidentiality: "normal" | "confidential" | "secret" | "top_secret";
        /**
         * @description Decree 30/2020 type; `letter` is a công văn
         * @enum {unknown}
         */
        DocumentType: "resolution" | "decision" | "directive" | "statute" | "regulation" | "notice" | "guidance" | "programme" | "plan" | "option" | "scheme" | "report" | "minutes" | "proposal" | "contract" | "telegram" | "invitation" | "introduction" | "authorisation" | "dispatch_note" | "transfer_note" | "letter";
        /**
         * @description normal, Khẩn, Thượng khẩn, Hỏa tốc
         * @enum {unknown}
         */
        DocumentUrgency: "normal" | "urgent" | "very_urgent" | "flash";
        Dossier: {
            code: string;
            lookupCode: string;
            version: number;
            channel: string;
            status: components["schemas"]["DossierStatus"];
            procedure: {
                code: string;
                name: string;
                version: number;
                processingDays: number;
                process: components["schemas"]["ProcessStep"][];
            };
            receivingAgency: components["schemas"]["AgencyReference"];
            competentAgency: {
                id: string;
                name: string;
            };
            assistance: components["schemas"]["OfficerAssistance"] | null;
            applicant: components["schemas"]["ApplicantOnFile"];
            summary: string;
            declaration: components["schemas"]["FilledDeclaration"] | null;
            components: {
                code: string;
                name: string;
                form: string;
                copies: number;
                fileIds: string[];
                /** @description The files of fileIds that exist */
                files: components["schemas"]["FileFacts"][];
            }[];
            submittedAt: string | null;
            receivedAt: string | null;
            originalDueAt: string | null;
            dueAt: string | null;
            finishedAt: string | null;
            returnedAt: string | null;
            returnMethod: string | null;
            delivery: components["schemas"]["ResultDelivery"];
            outcome: string | null;
            awaitingSignature: {
                id: string;
                requestedAt: string;
                expiresAt: string;
                signerName: string;
            } | null;
            supplementCount: number;
            extensionCount: number;
            deadlineStatus: components["schemas"]["DeadlineStatus"] | null;
            ticket: components["schemas"]["DossierTicket"] | null;
            currentStepIndex: number | null;
            steps: components["schemas"]["DossierStep"][];
            events: components["schemas"]["DossierEvent"][];
            /** @description What the applicant was told, by e-mail and SMS, oldest first */
            notifications: components["schemas"]["Notification"][];
            availableActions: ("submit_online" | "receive_at_counter" | "receive" | "request_supplement_at_reception" | "refuse" | "resubmit" | "assign" | "hand_over" | "return_to_previous_step" | "request_supplement" | "submit_supplement" | "request_fee" | "confirm_fee_paid" | "confirm_fee_paid_at_submission" | "extend" | "suspend" | "resume" | "stop" | "withdraw" | "approve" | "refuse_result" | "return_result" | "send_by_post" | "deliver_electronically")[];
        };
        DossierEvent: {
            id: number;
            action: string;
            fromState: ("submitted" | "supplement_before_reception" | "refused" | "processing" | "supplement_requested" | "awaiting_fee" | "suspended" | "withdrawn" | "stopped" | "result_ready" | "returned") | null;
            /** @enum {unknown} */
            toState: "submitted" | "supplement_before_reception" | "refused" | "processing" | "supplement_requested" | "awaiting_fee" | "suspended" | "withdrawn" | "stopped" | "result_ready" | "returned";
            toStateLabel: string;
            fromStepIndex: number | null;
            toStepIndex: number | null;
            fromAgency: string | null;
            toAgency: string | null;
            actorKind: string;
            actorName: string;
            comment: string;
            /** @description The applicant reads this comment: a reason addressed to them, their own words, or a note the officer marked for them */
            commentForApplicant: boolean;
            attachmentIds: string[];
            /** @description The files of attachmentIds that exist */
            attachments: components["schemas"]["FileFacts"][];
            data: {
                [key: string]: unknown;
            };
            occurredAt: string;
        };
        DossierPage: {
            nextCursor: string | null;
            items: components["schemas"]["DossierSummary"][];
        };
        DossierPayment: {
            dossierCode: string;
            /** @description none: nothing owed; due: a fee to pay; paid: the latest fee is paid */
            status: "none" | "due" | "paid";
            /** @description Đồng */
            amountVnd?: number;
            /** @description The payment reference: put it in the transfer’s description */
            reference?: string;
            /** @description The VietQR (EMVCo) string of the transfer, for a QR code */
            vietqr?: string;
            bankAccount?: {
                bankBin: string;
                accountNumber: string;
                accountName: string;
            };
            /** @description The installation’s payment gateway, as named in /api/public/payments/{gateway}/…; absent = none */
            gateway?: string;
            /** Format: date-time */
            paidAt?: string;
            paidThrough?: "gateway" | "transfer";
            refund?: null | components["schemas"]["RecordedRefund"];
        };
        /** @enum {unknown} */
        DossierState: "submitted" | "supplement_before_reception" | "refused" | "processing" | "supplement_requested" | "awaiting_fee" | "suspended" | "withdrawn" | "stopped" | "result_ready" | "returned";
        DossierStatus: {
            state: components["schemas"]["DossierState"];
            label: string;
            labelEn: string;
            /** @description TrangThaiHoSo of the National Public Service Portal */
            nationalStatus: number;
            clockStopped: boolean;
        };
        DossierStep: {
            index: number;
            code: string;
            name: string;
            role: string;
            roleLabel: string;
            agency: {
                id: string;
                name: string;
            };
            unitName: string | null;
            assigneeName: string | null;
            finishedByName: string | null;
            startedAt: string;
            dueAt: string;
            finishedAt: string | null;
            deadlineStatus: components["schemas"]["DeadlineStatus"] | null;
        };
        DossierSummary: {
            code: string;
            status: components["schemas"]["DossierStatus"];
            channel: string;
            procedure: {
                code: string;
                name: string;
            };
            applicantName: string;
            receivingAgency: string;
            currentStep: {
                name: string;
                agency: string | null;
                assignee: string | null;
            } | null;
            submittedAt: string;
            receivedAt: string | null;
            dueAt: string | null;
            finishedAt: string | null;
            deadlineStatus: components["schemas"]["DeadlineStatus"] | null;
            version: number;
        };
        /** @description The queue ticket the dossier was received from, if it was */
        DossierTicket: {
            number: string;
            service: string;
            counterNumber: number | null;
            issuedAt: string;
            waitedMinutes: number | null;
            servedMinutes: number | null;
            serviceFinished: boolean;
        };
        DossierTracking: {
            code: string;
            procedure: {
                code: string;
                name: string;
            };
            /** @description A person masked (Nguyễn V. A.), an organisation in full */
            applicantName: string;
            status: components["schemas"]["DossierStatus"];
            channel: string;
            receivingAgency: string;
            assistance: components["schemas"]["Assistance"] | null;
            submittedAt: string;
            receivedAt: string | null;
            appointmentAt: string | null;
            finishedAt: string | null;
            returnedAt: string | null;
            delivery: components["schemas"]["ResultDelivery"] | null;
            deadlineStatus: components["schemas"]["DeadlineStatus"] | null;
            currentStep: {
                name: string;
                agency: string;
                unit: string | null;
                dueAt: string;
            } | null;
            steps: {
                name: string;
                agency: string;
                unit: string | null;
                startedAt: string;
                dueAt: string;
                finishedAt: string | null;
                deadlineStatus: components["schemas"]["DeadlineStatus"] | null;
            }[];
        };
        Draft: {
            id: string;
            procedureCode: string;
            content: components["schemas"]["DraftContent"];
            /** @description The files the draft holds (any component), to show them when the form is reopened */
            files: components["schemas"]["FileFacts"][];
            updatedAt: string;
        };
        DraftContent: {
            applicant?: {
                /** @enum {unknown} */
                type?: "citizen" | "organisation";
                name?: string;
                idNumber?: string;
                phone?: string;
                email?: string;
                address?: string;
            };
            /**
             * Format: uuid
             * @description The commune chosen, for a procedure offered by communes
             */
            receivingAgencyId?: string;
            summary?: string;
            form?: components["schemas"]["FormValues"];
            delivery?: components["schemas"]["DeliveryChoice"];
            components?: {
                code: string;
                fileIds: string[];
            }[];
        };
        Error: {
            code: string;
            /** @description Vietnamese */
            message: string;
            messageEn: string;
            field?: string;
            /** @description The rule of the rule book that refused the request (403) */
            rule?: string;
            /** @description Every field at fault when there are several (a declaration form); `field` names the first */
            problems?: {
                field: string;
                message: string;
                messageEn: string;
            }[];
        };
        ExchangePeer: {
            /** Format: uuid */
            id: string;
            name: string;
            baseUrl: string;
            certificatePem: string;
            fingerprintSha256: string;
            agencyCodes: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ExchangePeerInput: {
            /** Format: visible-text */
            name: string;
            /** @description https://host of the peer; plain http only for this machine */
            baseUrl: string;
            /** @description PEM, -----BEGIN CERTIFICATE----- */
            certificatePem: string;
            /** @description Mã định danh cơ quan (ddd.dd.dd.Xdd) */
            agencyCodes: string[];
        };
        ExtendBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /** @description Working days to extend by. The appointment moves by this many working days (holidays not counted). */
            extendWorkingDays: number;
            /**
             * Format: visible-text
             * @description Reason for the delay and apology. The text of the apology and extension letter (form 04) sent to the applicant.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        Fee: {
            /** Format: visible-text */
            name: string;
            amountVnd: number;
            note?: string;
        };
        FileFacts: {
            id: string;
            name: string;
            contentType: string;
            size: number;
        };
        FilledAnswer: {
            code: string;
            label: {
                vi: string;
                en: string;
            };
            text: {
                vi: string;
                en: string;
            };
        };
        FilledDeclaration: {
            title: string;
            templateReference: string | null;
            values: components["schemas"]["FormValues"];
            entries: (components["schemas"]["FilledAnswer"] | {
                code: string;
                label: {
                    vi: string;
                    en: string;
                };
                items: {
                    label: {
                        vi: string;
                        en: string;
                    };
                    entries: components["schemas"]["FilledAnswer"][];
                }[];
            })[];
        };
        FinishedFigures: {
            /** @description Finished with a result (approved, or refused with reasons) in the period */
            total: number;
            early: number;
            onTime: number;
            /** @description After the statutory appointment, or with more than one supplement request */
            late: number;
            /** @description Of the results, refusals with reasons */
            rejected: number;
        };
        FormChoiceField: {
            /** @description Shared by procedures that ask the same thing, so that earlier answers pre-fill later forms */
            code: string;
            label: components["schemas"]["FormLabel"];
            help?: components["schemas"]["FormLabel"];
            required: boolean;
            shownWhen?: components["schemas"]["FormFieldCondition"];
            requiredWhen?: components["schemas"]["FormFieldCondition"];
            /**
             * @description Pre-filled from the citizen account
             * @enum {unknown}
             */
            prefill?: "fullName" | "idNumber" | "phone" | "email";
            /** @description Officers find dossiers by this value; by default one-line texts and identity numbers are found */
            searchable?: boolean;
            /** @enum {string} */
            type: "choice";
            options: {
                value: string;
                label: components["schemas"]["FormLabel"];
            }[];
            multiple?: boolean;
        };
        /** @description A commune, ward or special zone of the province, by its agency code */
        FormCommuneField: {
            /** @description Shared by procedures that ask the same thing, so that earlier answers pre-fill later forms */
            code: string;
            label: components["schemas"]["FormLabel"];
            help?: components["schemas"]["FormLabel"];
            required: boolean;
            shownWhen?: components["schemas"]["FormFieldCondition"];
            requiredWhen?: components["schemas"]["FormFieldCondition"];
            /**
             * @description Pre-filled from the citizen account
             * @enum {unknown}
             */
            prefill?: "fullName" | "idNumber" | "phone" | "email";
            /** @description Officers find dossiers by this value; by default one-line texts and identity numbers are found */
            searchable?: boolean;
            /** @enum {string} */
            type: "commune";
        };
        FormDateField: {
            /** @description Shared by procedures that ask the same thing, so that earlier answers pre-fill later forms */
            code: string;
            label: components["schemas"]["FormLabel"];
            help?: components["schemas"]["FormLabel"];
            required: boolean;
            shownWhen?: components["schemas"]["FormFieldCondition"];
            requiredWhen?: components["schemas"]["FormFieldCondition"];
            /**
             * @description Pre-filled from the citizen account
             * @enum {unknown}
             */
            prefill?: "fullName" | "idNumber" | "phone" | "email";
            /** @description Officers find dossiers by this value; by default one-line texts and identity numbers are found */
            searchable?: boolean;
            /** @enum {string} */
            type: "date";
            /**
             * @description past: not after today; future: not before today
             * @enum {unknown}
             */
            range?: "past" | "future";
        };
        /** @description The declaration (tờ khai) as a form the applicant fills in */
        FormDefinition: {
            title: string;
            templateReference?: string;
            fields: (components["schemas"]["FormTextField"] | components["schemas"]["FormNumberField"] | components["schemas"]["FormDateField"] | components["schemas"]["FormChoiceField"] | components["schemas"]["FormCommuneField"] | components["schemas"]["FormIdentityNumberField"] | {
                /** @description Shared by procedures that ask the same thing, so that earlier answers pre-fill later forms */
                code: string;
                label: components["schemas"]["FormLabel"];
                help?: components["schemas"]["FormLabel"];
                required: boolean;
                shownWhen?: components["schemas"]["FormFieldCondition"];
                requiredWhen?: components["schemas"]["FormFieldCondition"];
                /**
                 * @description Pre-filled from the citizen account
                 * @enum {unknown}
                 */
                prefill?: "fullName" | "idNumber" | "phone" | "email";
                /** @description Officers find dossiers by this value; by default one-line texts and identity numbers are found */
                searchable?: boolean;
                /** @enum {string} */
                type: "group";
                fields: components["schemas"]["FormScalarField"][];
                minItems: number;
                maxItems: number;
                itemLabel: components["schemas"]["FormLabel"];
            })[];
        };
        /** @description When an earlier field (of the form, or of the same group item) equals, does not equal, is one of, is filled or is empty */
        FormFieldCondition: {
            field: string;
            /** @enum {unknown} */
            operator: "equals" | "not_equals" | "in" | "filled" | "empty";
            value?: string;
            values?: string[];
        };
        FormIdentityNumberField: {
            /** @description Shared by procedures that ask the same thing, so that earlier answers pre-fill later forms */
            code: string;
            label: components["schemas"]["FormLabel"];
            help?: components["schemas"]["FormLabel"];
            required: boolean;
            shownWhen?: components["schemas"]["FormFieldCondition"];
            requiredWhen?: components["schemas"]["FormFieldCondition"];
            /**
             * @description Pre-filled from the citizen account
             * @enum {unknown}
             */
            prefill?: "fullName" | "idNumber" | "phone" | "email";
            /** @description Officers find dossiers by this value; by default one-line texts and identity numbers are found */
            searchable?: boolean;
            /** @enum {string} */
            type: "identity_number";
            /** @enum {unknown} */
            holder?: "citizen" | "organisation";
        };
        FormLabel: {
            vi: string;
            en: string;
        };
        FormNumberField: {
            /** @description Shared by procedures that ask the same thing, so that earlier answers pre-fill later forms */
            code: string;
            label: components["schemas"]["FormLabel"];
            help?: components["schemas"]["FormLabel"];
            required: boolean;
            shownWhen?: components["schemas"]["FormFieldCondition"];
            requiredWhen?: components["schemas"]["FormFieldCondition"];
            /**
             * @description Pre-filled from the citizen account
             * @enum {unknown}
             */
            prefill?: "fullName" | "idNumber" | "phone" | "email";
            /** @description Officers find dossiers by this value; by default one-line texts and identity numbers are found */
            searchable?: boolean;
            /** @enum {string} */
            type: "number";
            minimum?: number;
            maximum?: number;
            integer?: boolean;
            unit?: components["schemas"]["FormLabel"];
        };
        FormPrefill: {
            values: components["schemas"]["FormValues"];
            fromDossier: string | null;
        };
        FormScalarField: components["schemas"]["FormTextField"] | components["schemas"]["FormNumberField"] | components["schemas"]["FormDateField"] | components["schemas"]["FormChoiceField"] | components["schemas"]["FormCommuneField"] | components["schemas"]["FormIdentityNumberField"];
        FormTextField: {
            /** @description Shared by procedures that ask the same thing, so that earlier answers pre-fill later forms */
            code: string;
            label: components["schemas"]["FormLabel"];
            help?: components["schemas"]["FormLabel"];
            required: boolean;
            shownWhen?: components["schemas"]["FormFieldCondition"];
            requiredWhen?: components["schemas"]["FormFieldCondition"];
            /**
             * @description Pre-filled from the citizen account
             * @enum {unknown}
             */
            prefill?: "fullName" | "idNumber" | "phone" | "email";
            /** @description Officers find dossiers by this value; by default one-line texts and identity numbers are found */
            searchable?: boolean;
            /** @enum {string} */
            type: "text";
            maxLength: number;
            multiline?: boolean;
        };
        /** @description Text and identity numbers as strings, numbers as numbers, dates YYYY-MM-DD, a choice by its value (several: a list), a commune by its agency code, a repeating group as a list of items of the same kind */
        FormValues: {
            [key: string]: unknown;
        };
        GivenRating: {
            score: components["schemas"]["RatingScore"];
            criteria: components["schemas"]["RatingCriteria"];
            comment: string;
            /** @enum {unknown} */
            channel: "tablet" | "qr" | "online";
            createdAt: string;
        };
        HandOverBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: uuid
             * @description Officer: an id from GET /api/v1/dossiers/{code}/assignable-officers
             */
            assigneeId?: string;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        IncomingDocument: {
            id: string;
            registerYear: number;
            /** @description Số đến: the line in the agency’s incoming register of that year */
            registerNumber: number;
            number: number | null;
            /** @description Its symbol: `QĐ-UBND` */
            symbol: string;
            /** @description Number and symbol as written: `12/QĐ-UBND` */
            numberSymbol: string;
            type: components["schemas"]["DocumentType"];
            typeName: string;
            subject: string;
            date: string | null;
            sender: string;
            arrivedAt: string;
            state: components["schemas"]["IncomingDocumentState"];
            urgency: components["schemas"]["DocumentUrgency"];
            confidentiality: components["schemas"]["DocumentConfidentiality"];
            dueAt: string | null;
            deadlineStatus: ("on_time" | "due_soon" | "overdue" | "finished_early" | "finished_on_time" | "finished_late") | null;
            agency: components["schemas"]["AgencyReference"];
            /** @enum {unknown} */
            channel: "paper" | "electronic";
            pageCount: number;
            stateName: {
                code: string;
                vi: string;
                en: string;
            };
            finishedAt: string | null;
            answerDocumentId: string | null;
            sentElectronically: {
                /** Format: uuid */
                packageId: string;
                senderCode: string;
                senderName: string;
                signer: {
                    name: string;
                    position: string;
                };
                deadline: string | null;
                steering: string[];
            } | null;
            attachments: components["schemas"]["FileFacts"][];
            assignments: components["schemas"]["DocumentAssignment"][];
            history: {
                action: string;
                fromState: string | null;
                toState: string;
                actorName: string;
                note: string;
                occurredAt: string;
            }[];
        };
        /** @enum {unknown} */
        IncomingDocumentState: "registered" | "presented" | "returned" | "withdrawn" | "assigned" | "in_progress" | "finished";
        IncomingDocumentSummary: {
            id: string;
            registerYear: number;
            /** @description Số đến: the line in the agency’s incoming register of that year */
            registerNumber: number;
            number: number | null;
            /** @description Its symbol: `QĐ-UBND` */
            symbol: string;
            /** @description Number and symbol as written: `12/QĐ-UBND` */
            numberSymbol: string;
            type: components["schemas"]["DocumentType"];
            typeName: string;
            subject: string;
            date: string | null;
            sender: string;
            arrivedAt: string;
            state: components["schemas"]["IncomingDocumentState"];
            urgency: components["schemas"]["DocumentUrgency"];
            confidentiality: components["schemas"]["DocumentConfidentiality"];
            dueAt: string | null;
            deadlineStatus: ("on_time" | "due_soon" | "overdue" | "finished_early" | "finished_on_time" | "finished_late") | null;
        };
        InProgressFigures: {
            /** @description Open at the end of the period (now, if it runs on) */
            total: number;
            onTime: number;
            /** @description Past the statutory appointment, the clock frozen while waiting for the applicant */
            overdue: number;
        };
        IssuedTicket: {
            id: string;
            /** @description e.g. A017: the service’s prefix and the day’s number */
            number: string;
            /** @description The day’s number of the prefix: 17 for A017 */
            sequence: number;
            service: {
                id: string;
                code: string;
                name: string;
                nameEn: string;
                prefix: string;
            };
            priorityGroup: string | null;
            /** @description People to be called before this ticket */
            ahead: number;
            estimatedWaitMinutes: number;
            followToken: string;
            /** @description The phone page following the ticket (/hang-cho/<followToken>), for the slip’s QR code */
            followUrl: string;
            issuedAt: string;
        };
        MyDossier: {
            code: string;
            lookupCode: string;
            version: number;
            state: components["schemas"]["DossierState"];
            procedure: {
                code: string;
                name: string;
            };
            applicant: components["schemas"]["ApplicantOnFile"];
            summary: string;
            declaration: components["schemas"]["FilledDeclaration"] | null;
            components: {
                code: string;
                name: string;
                /** @enum {unknown} */
                form: "original" | "certified_copy" | "copy" | "original_or_certified_copy";
                copies: number;
                files: {
                    id: string;
                    name: string;
                }[];
            }[];
            submittedAt: string | null;
            receivedAt: string | null;
            dueAt: string | null;
            finishedAt: string | null;
            returnedAt: string | null;
            receivingAgencyName: string;
            /** @description Who decides the dossier: the same as the receiving agency unless it was handed in elsewhere in the province */
            competentAgencyName: string;
            assistance: components["schemas"]["Assistance"] | null;
            currentStep: {
                name: string;
                agencyName: string;
                dueAt: string;
            } | null;
            delivery: components["schemas"]["ResultDelivery"];
            supplementRequest: {
                comment: string;
                missingComponents: {
                    name: string;
                    reason: string;
                }[];
                requestedAt: string;
            } | null;
            /** @description The results signed for this dossier, oldest first */
            signedResults: {
                /** @description Check it at /verify/{code}; download with GET /api/citizen/dossiers/{code}/signed-results/{verificationCode}.pdf */
                verificationCode: string;
                documentType: string;
                agencyName: string;
                signedAt: string;
                revoked: {
                    at: string;
                    reason: string;
                } | null;
            }[];
            /** @description What the applicant was told of this dossier by e-mail and SMS, oldest first */
            notifications: {
                /** @description The dossier action the notice tells of */
                action: string;
                /** @enum {unknown} */
                channel: "email" | "sms";
                /** @description E-mail address, or mobile number as 0xxxxxxxxx */
                recipient: string;
                /**
                 * @description pending: queued or being retried; sent: accepted by the mail server or SMS carrier; failed: given up
                 * @enum {unknown}
                 */
                status: "pending" | "sent" | "failed";
                /** @description E-mail subject; empty for SMS and before the first attempt */
                subject: string;
                /** @description What was sent; empty before the first attempt */
                text: string;
                /** @description ISO 8601, Vietnam time (+07:00) */
                createdAt: string;
                sentAt: string | null;
            }[];
            events: {
                action: string;
                at: string;
                fromState: components["schemas"]["DossierState"] | null;
                toState: components["schemas"]["DossierState"];
                /** @description What the applicant wrote, a reason addressed to them, or an officer’s note marked for them; empty for the officers’ internal notes */
                comment: string;
                agencyName: string | null;
            }[];
            availableActions: ("resubmit" | "submit_supplement" | "withdraw")[];
        };
        MyDossierPage: {
            items: {
                code: string;
                procedureCode: string;
                procedureName: string;
                state: components["schemas"]["DossierState"];
                submittedAt: string | null;
                receivedAt: string | null;
                dueAt: string | null;
                finishedAt: string | null;
            }[];
            nextCursor: string | null;
        };
        NewBooking: {
            /** @description The service code, as GET /api/public/centres/{agencyCode}/services lists it */
            service: string;
            /**
             * Format: date-time
             * @description The slot’s start as the slots list gives it, e.g. 2026-11-24T09:00:00+07:00
             */
            start: string;
            /** Format: visible-text */
            name: string;
            phone?: string;
            /** Format: email */
            email?: string;
            /** @description A priority group code (GET /api/public/priority-groups) */
            priority?: string;
        };
        NewDossier: {
            procedureCode: string;
            /**
             * Format: uuid
             * @description Where the dossier is handed in. Online: the commune chosen for a procedure offered by communes (it receives and decides it; default: the competent agency). At the counter: one of the officer's reception desks
             */
            receivingAgencyId?: string;
            /**
             * Format: uuid
             * @description The commune that decides a procedure offered by communes, when the dossier is handed in elsewhere (at a centre of the province); default: the agency receiving it. 400 procedure_not_offered for a commune that does not offer the procedure
             */
            competentAgencyId?: string;
            applicant: components["schemas"]["Applicant"];
            summary?: string;
            components: components["schemas"]["SubmittedComponent"][];
            comment?: string;
            attachmentIds?: string[];
            form?: components["schemas"]["FormValues"];
            delivery?: components["schemas"]["DeliveryChoice"];
        };
        NewOwnBooking: {
            /** @description The centre agency’s code, e.g. 001.01.01.H99 */
            centre: string;
            /** @description The service code, as GET /api/public/centres/{agencyCode}/services lists it */
            service: string;
            /**
             * Format: date-time
             * @description The slot’s start as the slots list gives it, e.g. 2026-11-24T09:00:00+07:00
             */
            start: string;
            /** Format: visible-text */
            name: string;
            phone?: string;
            /** Format: email */
            email?: string;
            /** @description A priority group code (GET /api/public/priority-groups) */
            priority?: string;
        };
        Notification: {
            id: number;
            dossierCode: string;
            /** @description The dossier action the notice tells of */
            action: string;
            /** @enum {unknown} */
            channel: "email" | "sms";
            /** @description E-mail address, or mobile number as 0xxxxxxxxx */
            recipient: string;
            /**
             * @description pending: queued or being retried; sent: accepted by the mail server or SMS carrier; failed: given up
             * @enum {unknown}
             */
            status: "pending" | "sent" | "failed";
            /** @description E-mail subject; empty for SMS and before the first attempt */
            subject: string;
            /** @description What was sent; empty before the first attempt */
            text: string;
            attempts: number;
            lastError: string | null;
            /** @description ISO 8601, Vietnam time (+07:00) */
            createdAt: string;
            sentAt: string | null;
        };
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            nextCursor: string | null;
        };
        Officer: {
            id: string;
            username: string;
            fullName: string;
            title: string;
            email: string;
            phone: string;
            active: boolean;
            /** @description The officer must change the password an administrator gave them at their next sign-in */
            mustChangePassword: boolean;
            twoFactorEnabled: boolean;
            grants: components["schemas"]["OfficerGrant"][];
        };
        /** @description Who helped submit the dossier for the citizen present, and how and when the citizen consented */
        OfficerAssistance: {
            helperName: string;
            /** @description The assisted-digital point or the one-stop section the help came from */
            pointName: string;
            /** @description code: the citizen read out a code sent to their phone; scan: a signed consent, scanned, is among the dossier's attachments */
            consent: "code" | "scan";
            consentedAt: string;
        };
        OfficerCentre: {
            agencyCode: string;
            name: string;
            mayServe: boolean;
            mayManage: boolean;
            mayConfigure: boolean;
        };
        OfficerGrant: {
            role: components["schemas"]["OfficerRole"];
            agencyId: string;
            unitId: string | null;
            signingAuthority: components["schemas"]["SigningAuthority"] | null;
            signingPosition: string;
        };
        /** @enum {unknown} */
        OfficerRole: "receiving_officer" | "specialist" | "unit_head" | "agency_leader" | "document_clerk" | "admin" | "assisting_helper";
        OfficerSigning: {
            officerId: string;
            /** @enum {unknown} */
            method: "pkcs12" | "remote";
            remote: {
                serviceUrl: string;
                accountId: string;
            } | null;
            /** @description RFC 4514, e.g. CN=Nguyễn Thị Hường, O=Ủy ban nhân dân xã Hòa Bình, C=VN */
            subject: string;
            commonName: string;
            issuer: string;
            notAfter: string;
            fingerprintSha256: string;
            configuredAt: string;
        };
        OperationsScreen: {
            /** @description The agency shown, with every agency below it */
            agency: {
                code: string;
                name: string;
            };
            /** Format: date-time */
            at: string;
            today: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD; years 1900–2100
                 */
                day: string;
                received: number;
                receivedOnline: number;
                /** @description Dossiers given their result (or refused) today */
                finished: number;
                onTimeRate: number | null;
                onlineShare: number | null;
            };
            open: {
                total: number;
                /** @description Open now and past their statutory due */
                overdue: number;
            };
            /** @description The last 30 days, today included: the period of the areas */
            recent: {
                /**
                 * Format: date
                 * @description YYYY-MM-DD; years 1900–2100
                 */
                from: string;
                /**
                 * Format: date
                 * @description YYYY-MM-DD; years 1900–2100
                 */
                to: string;
                received: number;
                finished: number;
                onTimeRate: number | null;
            };
            /** @description The agencies directly below (the agency itself when none), each with its subtree: the tree-map’s cells */
            areas: {
                code: string;
                name: string;
                received: number;
                finished: number;
                onTimeRate: number | null;
                overdue: number;
            }[];
            /** @description Queue load now at the centres of the agency, the busiest first */
            centres: {
                agencyCode: string;
                name: string;
                waiting: number;
                serving: number;
                countersOpen: number;
            }[];
            /** @description The latest receptions, results and returns, and the latest dossiers fallen overdue, newest first */
            events: {
                kind: "received" | "decided" | "returned" | "overdue";
                /** Format: date-time */
                at: string;
                dossierCode: string;
                procedure: string;
                agency: string;
                /** @description Masked: Nguyễn V. A. */
                applicant: string;
            }[];
        };
        PairedDevice: {
            id: string;
            /** @enum {unknown} */
            kind: "kiosk" | "board" | "tablet" | "operations";
            name: string;
            centre: {
                agencyCode: string;
                name: string;
            };
            counter: {
                number: number;
                name: string;
            } | null;
        };
        PriorityGroup: {
            code: string;
            /** Format: visible-text */
            name: string;
            nameEn: string;
            /** @default true */
            active: boolean;
        };
        Procedure: {
            /** @description National catalogue code, e.g. 1.001193 */
            code: string;
            /** Format: visible-text */
            name: string;
            fieldCode: string;
            /** @enum {unknown} */
            level: "province" | "commune";
            competentAgencyCode: string;
            offeredBy?: components["schemas"]["ProcedureOffering"];
            processingDays: number;
            cutoffTime?: string;
            /** @enum {unknown} */
            onlineMode: "none" | "partial" | "full";
            /** Format: visible-text */
            resultDocument: string;
            legalBasis: string[];
            applicantTypes: ("citizen" | "organisation")[];
            fees: components["schemas"]["Fee"][];
            components: components["schemas"]["ProcedureComponentWithTemplate"][];
            process: components["schemas"]["ProcessStep"][];
            form?: components["schemas"]["FormDefinition"];
            /** @description Cơ quan thực hiện: the competent agency, or the communes in office that offer it */
            offeringAgencies: components["schemas"]["AgencyChoice"][];
            version: number;
            effectiveFrom: string;
            fieldName: string;
            competentAgencyName: string;
            decidingDocument: string | null;
            decidedOn: string | null;
            upcoming: {
                version: number;
                effectiveFrom: string;
                decidingDocument: string | null;
                decidedOn: string | null;
            } | null;
        };
        ProcedureComponent: {
            code: string;
            /** Format: visible-text */
            name: string;
            /** @enum {unknown} */
            form: "original" | "certified_copy" | "copy" | "original_or_certified_copy";
            copies: number;
            required: boolean;
            /** @description Name of the blank form (mẫu đơn, tờ khai) in the catalogue; the file itself is uploaded separately */
            template?: string;
            note?: string;
        };
        ProcedureComponentWithTemplate: {
            code: string;
            /** Format: visible-text */
            name: string;
            /** @enum {unknown} */
            form: "original" | "certified_copy" | "copy" | "original_or_certified_copy";
            copies: number;
            required: boolean;
            /** @description Name of the blank form (mẫu đơn, tờ khai) in the catalogue; the file itself is uploaded separately */
            template?: string;
            note?: string;
            templateFile: components["schemas"]["TemplateFile"] | null;
        };
        ProcedureDefinition: {
            /** @description National catalogue code, e.g. 1.001193 */
            code: string;
            /** Format: visible-text */
            name: string;
            fieldCode: string;
            /** @enum {unknown} */
            level: "province" | "commune";
            competentAgencyCode: string;
            offeredBy?: components["schemas"]["ProcedureOffering"];
            processingDays: number;
            cutoffTime?: string;
            /** @enum {unknown} */
            onlineMode: "none" | "partial" | "full";
            /** Format: visible-text */
            resultDocument: string;
            legalBasis: string[];
            applicantTypes: ("citizen" | "organisation")[];
            fees: components["schemas"]["Fee"][];
            components: components["schemas"]["ProcedureComponent"][];
            process: components["schemas"]["ProcessStep"][];
            form?: components["schemas"]["FormDefinition"];
        };
        ProcedureDraft: {
            procedure: components["schemas"]["Procedure"];
            baseVersion: number | null;
            savedAt: string | null;
            savedBy: string | null;
        };
        /** @description A commune-level procedure offered by several communes: the applicant chooses one, which receives and decides the dossier. Absent: the competent agency alone decides it. */
        ProcedureOffering: {
            /** @enum {string} */
            scope: "all_communes";
        } | {
            /** @enum {string} */
            scope: "agencies";
            agencyCodes: string[];
        };
        ProcedureSummary: {
            code: string;
            name: string;
            fieldCode: string;
            fieldName: string;
            /** @enum {unknown} */
            level: "province" | "commune";
            competentAgencyCode: string;
            competentAgencyName: string;
            processingDays: number;
            /** @enum {unknown} */
            onlineMode: "none" | "partial" | "full";
            version: number;
        };
        ProcedureVersion: {
            version: number;
            effectiveFrom: string;
            publishedAt: string;
            decidingDocument: string | null;
            decidedOn: string | null;
            publishedBy: string | null;
            status: "in_force" | "upcoming" | "replaced";
        };
        ProcessStep: {
            code: string;
            /** Format: visible-text */
            name: string;
            /** @enum {unknown} */
            role: "receiving_officer" | "specialist" | "unit_head" | "agency_leader" | "document_clerk" | "admin" | "assisting_helper";
            agency: {
                /** @enum {string} */
                kind: "competent";
            } | {
                /** @enum {string} */
                kind: "agency";
                agencyCode: string;
            };
            unitCode?: string;
            shareDays: number;
        };
        PublicCentre: {
            agencyCode: string;
            name: string;
            address: string;
        };
        PublicPriorityGroup: {
            code: string;
            name: string;
            nameEn: string;
        };
        PublicQueueService: {
            code: string;
            name: string;
            nameEn: string;
            /** @description The letter(s) its ticket numbers start with */
            prefix: string;
        };
        PublicScorecard: {
            province: {
                /** @description Points out of 100, the sum of the groups */
                total: number;
                groups: components["schemas"]["ScorecardGroup"][];
            };
            /** @description Communes, departments and centres, highest total first (ties by name) */
            agencies: {
                code: string;
                name: string;
                /** @description Points out of 100, the sum of the groups */
                total: number;
                groups: components["schemas"]["ScorecardGroup"][];
            }[];
        };
        QueueEntry: {
            /** @enum {unknown} */
            queue: "awaiting_reception" | "my_steps" | "to_approve" | "to_return" | "waiting_applicant" | "due_soon" | "overdue" | "finished" | "all";
            label: string;
            labelEn: string;
        };
        QueueService: {
            code: string;
            /** Format: visible-text */
            name: string;
            nameEn: string;
            /** @description One or two capital letters: A, B … HT */
            prefix: string;
            field: string | null;
            unit: string | null;
            procedures: string[];
            position: number;
            active: boolean;
        };
        /** @description Optional, per criterion: attitude, guidance, time, result */
        RatingCriteria: {
            attitude?: components["schemas"]["RatingScore"];
            guidance?: components["schemas"]["RatingScore"];
            time?: components["schemas"]["RatingScore"];
            result?: components["schemas"]["RatingScore"];
        };
        RatingFigures: {
            ratings: number;
            verySatisfied: number;
            satisfied: number;
            notSatisfied: number;
            rate: number | null;
        };
        RatingInput: {
            score: components["schemas"]["RatingScore"];
            criteria?: components["schemas"]["RatingCriteria"];
            /** @description At most 1000 characters */
            comment?: string;
        };
        /** @enum {unknown} */
        RatingScore: "very_satisfied" | "satisfied" | "not_satisfied";
        ReceiveBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        RecordedRefund: {
            /** @description Đồng */
            amountVnd: number;
            reason: string;
            /** Format: date-time */
            recordedAt: string;
        };
        RefuseBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Reason. Printed on the paper given to the applicant; be clear and specific.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        RefuseResultBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Reason. Printed on the paper given to the applicant; be clear and specific.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        RequestFeeBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /** @description Fee to pay (VND). Whole number. For example: 50000 */
            feeAmountVnd: number;
            /**
             * Format: visible-text
             * @description Reason. Printed on the paper given to the applicant; be clear and specific.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        RequestSupplementAtReceptionBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /** @description Documents to supplement or correct. List everything at once (form 02). */
            missingComponents?: {
                name: string;
                reason: string;
            }[];
            /**
             * Format: visible-text
             * @description Reason. Printed on the paper given to the applicant; be clear and specific.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        RequestSupplementBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /** @description Documents to supplement or correct. List everything at once (form 02). */
            missingComponents?: {
                name: string;
                reason: string;
            }[];
            /**
             * Format: visible-text
             * @description Reason. Printed on the paper given to the applicant; be clear and specific.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        ResubmitApplicantBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description Supplied documents. Scans are added to the matching component of the dossier. */
            components?: {
                code: string;
                fileIds: string[];
            }[];
            /** @description The lookup code printed on the receipt */
            lookupCode: string;
            /** @description The uploadToken of each file named here that was uploaded anonymously to POST /api/public/files; without it such a file is refused (403 file_not_yours) */
            uploadTokens?: string[];
        };
        ResubmitBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description Supplied documents. Scans are added to the matching component of the dossier. */
            components?: {
                code: string;
                fileIds: string[];
            }[];
        };
        ResultDelivery: {
            /** @enum {unknown} */
            method: "in_person" | "post" | "electronic";
            address: string | null;
            postalFeeVnd: number | null;
            ready: boolean;
            collect: {
                agencyName: string;
                address: string;
                phone: string;
                openingHours: {
                    vi: string;
                    en: string;
                }[];
                bring: {
                    vi: string;
                    en: string;
                }[];
            } | null;
            posting: {
                carrier: string;
                carrierName: {
                    vi: string;
                    en: string;
                };
                trackingNumber: string;
                postedAt: string;
            } | null;
            deliveredAt: string | null;
        };
        ResultTemplate: {
            title: string;
            subtitle?: string;
            paragraphs: string[];
            signerTitle?: string;
            recipients?: string[];
        };
        ResultTemplateView: {
            procedureCode: string;
            template: components["schemas"]["ResultTemplate"];
            isDefault: boolean;
            /** @description What each {{placeholder}} is filled with */
            placeholders: {
                [key: string]: {
                    description: string;
                    descriptionEn: string;
                };
            };
        };
        ResumeBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        ReturnResultBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * @description How the result is returned. By post: use "Send the result by post" to record the tracking number.
             * @enum {unknown}
             */
            returnMethod: "in_person" | "electronic";
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        ReturnToPreviousStepBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Why it goes back. For the officers of the previous step; the applicant does not see it unless marked "For the applicant".
             */
            comment: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        RoleGrant: {
            /** @enum {unknown} */
            role: "receiving_officer" | "specialist" | "unit_head" | "agency_leader" | "document_clerk" | "admin" | "assisting_helper";
            agencyId: string;
            unitId: string | null;
        };
        RoleGrantInput: {
            role: components["schemas"]["OfficerRole"];
            /** Format: uuid */
            agencyId: string;
            unitId?: string | null;
            signingAuthority?: components["schemas"]["SigningAuthority"] | null;
            /** @description The position printed under the authority, e.g. `Phó Chủ tịch`, `Chánh Văn phòng` */
            signingPosition?: string;
        };
        Satisfaction: {
            ratings: number;
            verySatisfied: number;
            satisfied: number;
            notSatisfied: number;
            satisfactionRate: number | null;
        };
        ScorecardGroup: {
            /**
             * @description transparency (công khai, minh bạch), progress (tiến độ, kết quả giải quyết), digitisation (số hóa hồ sơ), online (dịch vụ trực tuyến), satisfaction (mức độ hài lòng)
             * @enum {unknown}
             */
            key: "transparency" | "progress" | "digitisation" | "online" | "satisfaction";
            /** @description Points earned, to the hundredth */
            points: number;
            /** @description The most the group can earn under the weights in force */
            max: number;
        };
        SendByPostBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * @description Postal carrier
             * @enum {unknown}
             */
            postalCarrier: "vnpost" | "viettel_post" | "other";
            /**
             * Format: visible-text
             * @description Tracking number. Printed on the postal receipt, e.g. EL123456789VN.
             */
            trackingNumber: string;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        SentDocumentPackage: {
            /** Format: uuid */
            packageId: string;
            senderCode: string;
            recipient: {
                agencyCode: string;
                name: string;
            };
            /** Format: date-time */
            sentAt: string;
            deliveredAt: string | null;
            givenUpAt: string | null;
            lastError: string | null;
            lastStatus: string | null;
            statuses: {
                /** Format: uuid */
                packageId: string;
                /** @description arrived, refused, accepted, assigned, in_progress, finished */
                status: string;
                reason: string | null;
                /** Format: date-time */
                sentAt: string;
                /** Format: date-time */
                receivedAt: string;
            }[];
            followUps: {
                /** Format: uuid */
                packageId: string;
                /** @description recall, update */
                action: string;
                reason: string;
                /** Format: date-time */
                sentAt: string;
                deliveredAt: string | null;
                givenUpAt: string | null;
            }[];
        };
        SignedInOfficer: {
            id: string;
            username: string;
            fullName: string;
            grants: components["schemas"]["RoleGrant"][];
            /** @description The work queues worth showing this officer (GET /api/v1/dossiers?queue=…), in order */
            queues: components["schemas"]["QueueEntry"][];
            /** @description Agencies where the officer receives dossiers at the counter */
            receptionDeskIds: string[];
            /** @description Agencies the officer administers, each with every agency below it */
            administeredAgencyIds: string[];
            /** @description Whether the officer follows up notices to applicants (GET /api/v1/notifications) */
            followsUpNotices: boolean;
            /** @description The agencies whose leaders’ statistics the officer reads, each with everything below it (GET /api/v1/statistics) */
            statisticsAgencyIds: string[];
            /** @description The assisted-digital points (or reception desks) where the officer submits dossiers for citizens present (POST /api/v1/assisted/dossiers) */
            assistancePointIds: string[];
            /** @description The agencies whose document registers and work records the officer reads (GET /api/v1/documents/incoming, GET /api/v1/work-records) */
            documentAgencyIds: string[];
            /** @description What the officer must do to their account before the API answers anything else (403 `password_change_required` or `two_factor_setup_required` until then) */
            accountSetUp: "password_change" | "two_factor_set_up" | null;
            /** @description Whether the officer signs in with a code from an authenticator app */
            twoFactorEnabled: boolean;
        };
        /**
         * @description How the officer signs for the agency (Decree 30/2020): head (TM. for a collective body), deputy (KT.), by order (TL.), by authorisation (TUQ.)
         * @enum {unknown}
         */
        SigningAuthority: "head" | "deputy" | "by_order" | "by_authorisation";
        SigningCredential: {
            id: string;
            agencyId: string;
            /** @description RFC 4514, e.g. CN=Ủy ban nhân dân xã Hòa Bình, O=…, C=VN */
            subject: string;
            commonName: string;
            issuer: string;
            serialNumber: string;
            notBefore: string;
            notAfter: string;
            fingerprintSha256: string;
            configuredAt: string;
            expired: boolean;
        };
        StatementLine: {
            /** Format: uuid */
            id: string;
            bankReference: string;
            /** Format: date-time */
            bookedAt: string;
            /** @description Đồng */
            amountVnd: number;
            description: string;
            /** @description How the line matched on import: exact, over (paid, excess to refund), short (not paid), already_paid (or no longer owed), no_reference, several_references */
            matched: "exact" | "over" | "short" | "already_paid" | "no_reference" | "several_references";
            reference: string | null;
            dossierCode: string | null;
            dueAmountVnd: number | null;
            resolution: ("applied" | "refunded" | "not_a_fee") | null;
            resolutionNote: string | null;
            resolvedAt: string | null;
        };
        StatisticsAnswer: {
            period: {
                from: string;
                to: string;
            };
            agency: {
                code: string;
                name: string;
            } | null;
            /** @description Dossiers received in the period */
            received: number;
            receivedByChannel: components["schemas"]["ChannelCounts"];
            /** @description Received before the period and not ended when it began */
            carriedOver: number;
            finished: components["schemas"]["FinishedFigures"];
            /** @description Refused at reception */
            refused: number;
            withdrawn: number;
            stopped: number;
            inProgress: components["schemas"]["InProgressFigures"];
            /** @description Supplement requests of the dossiers received in the period */
            supplementRequests: number;
            processingDays: {
                average: number | null;
                p90: number | null;
            };
            onTimeRate: number | null;
            onlineShare: number | null;
            paidOnlineShare: number | null;
            digitisedShare: number | null;
            satisfaction: components["schemas"]["RatingFigures"];
            steps: components["schemas"]["StepFigures"];
        };
        StatisticsFigures: {
            /** @description Dossiers received in the period */
            received: number;
            receivedByChannel: components["schemas"]["ChannelCounts"];
            /** @description Received before the period and not ended when it began */
            carriedOver: number;
            finished: components["schemas"]["FinishedFigures"];
            /** @description Refused at reception */
            refused: number;
            withdrawn: number;
            stopped: number;
            inProgress: components["schemas"]["InProgressFigures"];
            /** @description Supplement requests of the dossiers received in the period */
            supplementRequests: number;
            processingDays: {
                average: number | null;
                p90: number | null;
            };
            onTimeRate: number | null;
            onlineShare: number | null;
            paidOnlineShare: number | null;
            digitisedShare: number | null;
            satisfaction: components["schemas"]["RatingFigures"];
            steps: components["schemas"]["StepFigures"];
        };
        StepFigures: {
            started: number;
            finished: number;
            /** @description Steps finished after their own deadline */
            late: number;
            /** @description Steps in hand now */
            open: number;
        };
        StopBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Reason. Printed on the paper given to the applicant; be clear and specific.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        StoredUpload: {
            id: string;
            name: string;
            contentType: string;
            size: number;
            sha256: string;
        };
        SubmitSupplementApplicantBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Supplied documents. Scans are added to the matching component of the dossier. */
            components?: {
                code: string;
                fileIds: string[];
            }[];
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
            /** @description The lookup code printed on the receipt */
            lookupCode: string;
            /** @description The uploadToken of each file named here that was uploaded anonymously to POST /api/public/files; without it such a file is refused (403 file_not_yours) */
            uploadTokens?: string[];
        };
        SubmitSupplementBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Comment. Seen by officers only, unless marked "For the applicant".
             */
            comment?: string;
            /** @description For the applicant. The applicant sees this comment on their dossier page and in notices. */
            commentForApplicant?: boolean;
            /** @description Supplied documents. Scans are added to the matching component of the dossier. */
            components?: {
                code: string;
                fileIds: string[];
            }[];
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        SubmittedComponent: {
            code: string;
            copies?: number;
            fileIds?: string[];
        };
        SuspendBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Reason. Printed on the paper given to the applicant; be clear and specific.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        TemplateFile: {
            name: string;
            contentType: string;
            size: number;
            uploadedAt: string;
        };
        TicketPosition: {
            /** @description e.g. A017 */
            number: string;
            service: components["schemas"]["BoardService"];
            /** @enum {unknown} */
            status: "waiting" | "called" | "serving" | "finished" | "no_show" | "cancelled";
            /** @description People to be called before this ticket (0 once called) */
            ahead: number;
            estimatedWaitMinutes: number;
            counter: {
                number: number;
                name: string;
            } | null;
            centre: {
                agencyCode: string;
                name: string;
            };
            calledAt: string | null;
            issuedAt: string;
        };
        TicketToRate: {
            id: string;
            /** @description e.g. A017 */
            number: string;
            service: components["schemas"]["PublicQueueService"];
            counter: {
                number: number;
                name: string;
            } | null;
            finishedAt: string | null;
        };
        Unit: {
            id: string;
            code: string;
            name: string;
            /** @enum {unknown} */
            kind: "one_stop" | "processing";
            /** @description What it signs document symbols with (`UBND`, `SNV`; a unit `VP`), set or by default from its kind and name */
            symbolAbbreviation: string;
        };
        UnitReference: {
            id: string;
            code: string;
            name: string;
        };
        UploadTokens: {
            /** @description The uploadToken of each file named here that was uploaded anonymously to POST /api/public/files; without it such a file is refused (403 file_not_yours) */
            uploadTokens?: string[];
        };
        WithdrawApplicantBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Reason. Printed on the paper given to the applicant; be clear and specific.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
            /** @description The lookup code printed on the receipt */
            lookupCode: string;
            /** @description The uploadToken of each file named here that was uploaded anonymously to POST /api/public/files; without it such a file is refused (403 file_not_yours) */
            uploadTokens?: string[];
        };
        WithdrawBody: {
            /** @description The dossier version you saw; a newer one means someone acted first (409). */
            version: number;
            /**
             * Format: visible-text
             * @description Reason. Printed on the paper given to the applicant; be clear and specific.
             */
            comment: string;
            /** @description Attachments. Optional. PDF, JPEG or PNG, at most 10 MB each. */
            attachmentIds?: string[];
        };
        WorkRecord: {
            id: string;
            agency: {
                code: string;
                name: string;
            };
            year: number;
            code: string;
            title: string;
            retention: {
                years: number | null;
                /** @description `10 năm`, `Vĩnh viễn` */
                label: string;
            };
            keeper: {
                id: string;
                name: string;
            };
            unit: {
                code: string;
                name: string;
            } | null;
            /** @enum {unknown} */
            state: "open" | "closed" | "archived";
            stateLabel: string;
            openedAt: string;
            closedAt: string | null;
            archivedAt: string | null;
            handOverBy: string | null;
            handOverOverdue: boolean;
            /** @description Documents and notes filed */
            items: number;
        };
        WorkRecordDetail: {
            id: string;
            agency: {
                code: string;
                name: string;
            };
            year: number;
            code: string;
            title: string;
            retention: {
                years: number | null;
                /** @description `10 năm`, `Vĩnh viễn` */
                label: string;
            };
            keeper: {
                id: string;
                name: string;
            };
            unit: {
                code: string;
                name: string;
            } | null;
            /** @enum {unknown} */
            state: "open" | "closed" | "archived";
            stateLabel: string;
            openedAt: string;
            closedAt: string | null;
            archivedAt: string | null;
            handOverBy: string | null;
            handOverOverdue: boolean;
            /** @description Documents and notes filed */
            items: number;
            entries: {
                id: string;
                /** @enum {unknown} */
                kind: "document" | "note";
                document: {
                    id: string;
                    /** @enum {unknown} */
                    direction: "incoming" | "outgoing";
                    registerNumber: number | null;
                    registerYear: number | null;
                    numberSymbol: string;
                    type: string;
                    subject: string;
                    documentDate: string | null;
                } | null;
                note: string | null;
                filedBy: string;
                filedAt: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        version: string;
                        database: {
                            kind: string;
                            version: string;
                        };
                        /** @description The channels applicants are notified on: email, sms */
                        notificationChannels: string[];
                        /** @description The transactional outbox */
                        outbox: {
                            /** @description Messages (notices to applicants) not delivered yet, including those waiting for a retry */
                            waiting: number;
                            /** @description Age of the oldest of them; a growing figure means no worker is delivering */
                            oldestWaitingSeconds: number;
                            /** @description Messages given up on (refused, or out of attempts) */
                            givenUp: number;
                        };
                        /** @description Uploaded PDFs this instance is reading in its worker threads, and those waiting for one */
                        pdfInspections: {
                            reading: number;
                            waiting: number;
                        };
                    };
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "unavailable";
                        database: {
                            kind: string;
                            error: string;
                        };
                    };
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    password: string;
                    code?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        csrfToken: string;
                        expiresAt: string;
                        officer: components["schemas"]["SignedInOfficer"];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedInOfficer"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthTwoFactorSetUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Base32, to type into the app by hand */
                        secret: string;
                        otpauthUri: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthTwoFactorConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAuthTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"][];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** Format: visible-text */
                    name: string;
                    /** Format: visible-text */
                    shortName: string;
                    /** @enum {unknown} */
                    kind: "province" | "centre" | "department" | "district" | "commune";
                    /** Format: uuid */
                    parentId: string;
                    /** @default  */
                    address: string;
                    /** @default  */
                    phone: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        code: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAgenciesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: visible-text */
                    name?: string;
                    /** Format: visible-text */
                    shortName?: string;
                    address?: string;
                    phone?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD; years 1900–2100
                     */
                    abolishedOn?: string;
                    /** Format: uuid */
                    successorId?: string;
                    /** @description Letters and digits, as in `12/QĐ-UBND` */
                    symbolAbbreviation?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyReference"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAgenciesByIdUnits: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    /** Format: visible-text */
                    name: string;
                    kind: "one_stop" | "processing";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Unit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOfficers: {
        parameters: {
            query: {
                agencyId?: string;
                q?: string;
                page: number;
                pageSize: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Officer"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOfficers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username: string;
                    /** Format: visible-text */
                    fullName: string;
                    /**
                     * Format: visible-text
                     * @default
                     */
                    title: string;
                    /** @default  */
                    email: string;
                    /** @default  */
                    phone: string;
                    password: string;
                    grants: components["schemas"]["RoleGrantInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOfficersByIdGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    grants: components["schemas"]["RoleGrantInput"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOfficersByIdActive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOfficersByIdPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    temporaryPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOfficersByIdTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicHolidays: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD; years 1900–2100
                         */
                        date: string;
                        name: string;
                        nameEn: string;
                        /** @enum {unknown} */
                        kind: "statutory" | "compensatory" | "override";
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicDueDate: {
        parameters: {
            query: {
                /** @description ISO 8601 with offset, e.g. 2026-03-02T09:30:00+07:00 */
                receivedAt: string;
                workingDays: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dueAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarOverrides: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarOverride"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCalendarOverridesByDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM-DD; years 1900–2100 */
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    kind: "day_off" | "working_day";
                    /** Format: visible-text */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarOverride"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCalendarOverridesByDate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description YYYY-MM-DD; years 1900–2100 */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicProcedures: {
        parameters: {
            query: {
                q?: string;
                field?: string;
                level?: "province" | "commune";
                /** @description The procedures this agency decides, or offers as one of the communes a procedure is offered by */
                agencyId?: string;
                online?: "none" | "partial" | "full";
                page: number;
                pageSize: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProcedureSummary"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicProceduresByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Procedure"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicProceduresByCodeVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureVersion"][];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicProceduresByCodeComponentsByComponentCodeTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
                componentCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF, DOC, DOCX or XLSX */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProceduresByCodeVersionsByVersionComponentsByComponentCodeTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
                version: number;
                componentCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description At most 10 MB; the accepted types depend on the endpoint */
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateFile"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProceduresByCodeVersionsByVersionComponentsByComponentCodeTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
                version: number;
                componentCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicFields: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        nameEn: string;
                        procedures: number;
                    }[];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProceduresByCodeDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureDraft"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProceduresByCodeDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcedureDefinition"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcedureDraft"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProceduresByCodeDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postProceduresByCodeDraftPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Number of the deciding document, e.g. Quyết định số 1234/QĐ-UBND */
                    decidingDocument: string;
                    /**
                     * Format: date
                     * @description The day the decision was signed; years 1900–2100
                     */
                    decidedOn: string;
                    /**
                     * Format: date
                     * @description The first day (Vietnam time) dossiers follow the new version; today or later; years 1900–2100
                     */
                    effectiveOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        version: number;
                        /** @description The instant the version takes effect */
                        effectiveFrom: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProceduresByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, JPEG or PNG, at most 10 MB, under its own file name
                     */
                    file: Blob;
                };
                "application/json": {
                    name: string;
                    /** @description PDF, JPEG or PNG, at most 10 MB */
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredUpload"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, JPEG or PNG, at most 10 MB, under its own file name
                     */
                    file: Blob;
                };
                "application/json": {
                    name: string;
                    /** @description PDF, JPEG or PNG, at most 10 MB */
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        name: string;
                        contentType: string;
                        size: number;
                        sha256: string;
                        /** @description Secret that proves the upload is yours: send it in uploadTokens with the submission or the supplement that names the file */
                        uploadToken: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiers: {
        parameters: {
            query: {
                queue?: "awaiting_reception" | "my_steps" | "to_approve" | "to_return" | "waiting_applicant" | "due_soon" | "overdue" | "finished" | "all";
                q?: string;
                state?: components["schemas"]["DossierState"];
                procedureCode?: string;
                /** @description The nextCursor of the page before; the first page without */
                cursor?: string;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDossier"] & {
                    /** @default in_person */
                    channel: "in_person" | "post";
                    /**
                     * Format: uuid
                     * @description The queue ticket the officer is serving at their counter, whom the dossier is received from: the dossier records it (refused with 409 ticket_of_another_centre, ticket_not_being_served or already_received_from_ticket).
                     */
                    ticketId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedDossier"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiersCounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        awaiting_reception: number;
                        my_steps: number;
                        to_approve: number;
                        to_return: number;
                        waiting_applicant: number;
                        due_soon: number;
                        overdue: number;
                        finished: number;
                        all: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiersByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dossier"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiersByCodeAssignableOfficers: {
        parameters: {
            query: {
                action: "assign" | "hand_over";
            };
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignableOfficers"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiersByCodeFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF, JPEG or PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsReceive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiveBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsRequestSupplementAtReception: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestSupplementAtReceptionBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsRefuse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsHandOver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandOverBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsReturnToPreviousStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnToPreviousStepBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsRequestSupplement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestSupplementBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsSubmitSupplement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSupplementBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsRequestFee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestFeeBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsConfirmFeePaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmFeePaidBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsConfirmFeePaidAtSubmission: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmFeePaidAtSubmissionBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsExtend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsSuspend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SuspendBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsResume: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResumeBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsStop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StopBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsRefuseResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseResultBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsReturnResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnResultBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDossiersByCodeActionsSendByPost: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendByPostBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicDossiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDossier"] & components["schemas"]["UploadTokens"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedDossier"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicAgenciesByAgencyIdDeliveryOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agencyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryOptions"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicDossiersByCodeApplicantActionsResubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResubmitApplicantBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicDossiersByCodeApplicantActionsSubmitSupplement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSupplementApplicantBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicDossiersByCodeApplicantActionsWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawApplicantBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiersByCodePapers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        paper: "receipt" | "declaration" | "supplement-request" | "refusal" | "apology" | "stop-notice" | "control-record" | "fee-receipt";
                        name: string;
                        nameEn: string;
                        href: string;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiersByCodePapersByPaperPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
                paper: "receipt" | "declaration" | "supplement-request" | "refusal" | "apology" | "stop-notice" | "control-record" | "fee-receipt";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgenciesByIdRegisterPdf: {
        parameters: {
            query: {
                /** @description YYYY-MM-DD, Vietnam time; years 1900–2100 */
                from: string;
                /** @description YYYY-MM-DD, Vietnam time; years 1900–2100 */
                to: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicDossiersByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierTracking"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicCentresByAgencyCodeDossierStatus: {
        parameters: {
            query: {
                /** @description What was scanned or typed */
                code: string;
            };
            header?: never;
            path: {
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierTracking"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicSmsInbound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The sender's number: 84912345678, +84 912 345 678 or 0912345678 */
                    from: string;
                    /** @description What the citizen wrote, e.g. "TC 000.00.01.H56-261123-0007" */
                    text: string;
                    /** @description The carrier's id of the message; a message handed over twice is answered once */
                    id: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description false when this message was answered before */
                        queued: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: visible-text */
                    fullName: string;
                    /** @description Stored in lower case. At least one of email and phone. */
                    email?: string;
                    /** @description Vietnamese mobile number, any usual spelling (+84 912 345 678); stored as 0912345678. */
                    phone?: string;
                    /** @description CCCD, 12 digits */
                    idNumber?: string;
                    /**
                     * Format: uuid
                     * @description The commune of the address: an agency of kind commune in office (GET /api/public/agencies)
                     */
                    communeId?: string;
                    /** @description At least 8 characters */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        citizen: components["schemas"]["Citizen"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Email address or mobile number */
                    login: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        citizen: components["schemas"]["Citizen"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        citizen: components["schemas"]["Citizen"];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCitizenMeCommune: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    communeId: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        citizen: components["schemas"]["Citizen"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenFiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description PDF, JPEG or PNG, at most 10 MB, under its own file name
                     */
                    file: Blob;
                };
                "application/json": {
                    name: string;
                    /** @description PDF, JPEG or PNG, at most 10 MB */
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredUpload"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenProceduresByCodeFormPrefill: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormPrefill"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            procedureCode: string;
                            procedureName: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenDrafts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    procedureCode: string;
                    content: components["schemas"]["DraftContent"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDraftsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCitizenDraftsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    content: components["schemas"]["DraftContent"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Draft"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCitizenDraftsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenDraftsByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedDossier"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDossiers: {
        parameters: {
            query: {
                /** @description The nextCursor of the page before; the first page without */
                cursor?: string;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyDossierPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDossiersByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyDossier"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenDossiersByCodeActionsResubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResubmitBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenDossiersByCodeActionsSubmitSupplement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitSupplementBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenDossiersByCodeActionsWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDossiersByCodePapersReceiptPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDossiersByCodePapersDeclarationPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDossiersByCodeSignedResultsByVerificationCodePdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
                verificationCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDossiersByCodeFilesByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF, JPEG or PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The e-mail address or mobile number of the account */
                    login: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channel: components["schemas"]["ContactChannel"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The e-mail address or mobile number of the account */
                    login: string;
                    /** @description The six digits received; spaces and dashes are ignored */
                    code: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCitizenPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenMeContactsVerificationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channel: components["schemas"]["ContactChannel"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channel: components["schemas"]["ContactChannel"];
                        /** @description ISO 8601: when the code stops working */
                        expiresAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenMeContactsVerification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    channel: components["schemas"]["ContactChannel"];
                    /** @description The six digits received; spaces and dashes are ignored */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        citizen: components["schemas"]["Citizen"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicStatistics: {
        parameters: {
            query?: {
                /** @description The first day, Vietnam time; by default 1 January of this year; years 1900–2100 */
                from?: string;
                /** @description The last day, included; by default today; years 1900–2100 */
                to?: string;
                /** @description An agency code: that agency and every agency below it; by default the whole province */
                agency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsAnswer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicProceduresPopular: {
        parameters: {
            query: {
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            fieldName: string;
                            dossiers: number;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicResults: {
        parameters: {
            query: {
                kind: "finished" | "late";
                /** @description The agency competent to decide */
                agencyId?: string;
                /** @description A procedure code */
                procedure?: string;
                /** @description The first day: of the result, or of the missed statutory appointment of a late dossier still open, Vietnam time; years 1900–2100 */
                from?: string;
                /** @description The last day, included, Vietnam time; years 1900–2100 */
                to?: string;
                /** @description The nextCursor of the page before; the first page without */
                cursor?: string;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            procedureName: string;
                            /** @description A person masked (Nguyễn V. A.), an enterprise, organisation or cooperative in full */
                            applicantName: string;
                            /** @description The agency competent to decide */
                            agencyName: string;
                            receivedAt: string | null;
                            statutoryDueAt: string | null;
                            dueAt: string | null;
                            finishedAt: string | null;
                            late: boolean;
                            apology: string | null;
                        }[];
                        nextCursor: string | null;
                        total: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatistics: {
        parameters: {
            query?: {
                /** @description The first day, Vietnam time; by default 1 January of this year; years 1900–2100 */
                from?: string;
                /** @description The last day, included; by default today; years 1900–2100 */
                to?: string;
                /** @description An agency code: that agency and every agency below it; by default the whole province */
                agency?: string;
                /** @description A field code */
                field?: string;
                /** @description A procedure code */
                procedure?: string;
                channel?: "in_person" | "online" | "post";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatisticsAnswer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatisticsBreakdown: {
        parameters: {
            query: {
                by: "agency" | "procedure" | "unit" | "officer" | "month";
                /** @description The first day, Vietnam time; by default 1 January of this year; years 1900–2100 */
                from?: string;
                /** @description The last day, included; by default today; years 1900–2100 */
                to?: string;
                /** @description An agency code: that agency and every agency below it; by default the whole province */
                agency?: string;
                /** @description A field code */
                field?: string;
                /** @description A procedure code */
                procedure?: string;
                channel?: "in_person" | "online" | "post";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            from: string;
                            to: string;
                        };
                        agency: {
                            code: string;
                            name: string;
                        } | null;
                        by: string;
                        groups: {
                            /** @description The agency, procedure, unit or officer id, or the month (YYYY-MM) */
                            key: string;
                            /** @description The agency’s or procedure’s code */
                            code: string | null;
                            name: string;
                            figures: components["schemas"]["StatisticsFigures"];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatisticsDossiers: {
        parameters: {
            query: {
                figure: "received" | "received_online" | "with_supplements" | "carried_over" | "finished" | "finished_early" | "finished_on_time" | "finished_late" | "rejected" | "refused" | "withdrawn" | "stopped" | "in_progress" | "in_progress_on_time" | "overdue";
                /** @description The first day, Vietnam time; by default 1 January of this year; years 1900–2100 */
                from?: string;
                /** @description The last day, included; by default today; years 1900–2100 */
                to?: string;
                /** @description An agency code: that agency and every agency below it; by default the whole province */
                agency?: string;
                /** @description A field code */
                field?: string;
                /** @description A procedure code */
                procedure?: string;
                channel?: "in_person" | "online" | "post";
                /** @description The nextCursor of the page before; the first page without */
                cursor?: string;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            from: string;
                            to: string;
                        };
                        agency: {
                            code: string;
                            name: string;
                        } | null;
                        figure: string;
                        items: {
                            code: string;
                            procedureName: string;
                            /** @description In full: officers read it in the back office */
                            applicantName: string;
                            /** @description The agency competent to decide */
                            agencyName: string;
                            receivedAt: string | null;
                            statutoryDueAt: string | null;
                            finishedAt: string | null;
                            state: string;
                            stateLabel: string;
                            supplementRequests: number;
                            /** @description After its statutory appointment (by now, if open), or with more than one supplement request */
                            late: boolean;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatisticsReportsByKindXlsx: {
        parameters: {
            query?: {
                /** @description The agency’s code; by default the highest the officer answers for */
                agency?: string;
                /** @description YYYY-MM for a month, YYYY-Qn for a quarter, YYYY for a year; by default the one running today */
                period?: string;
            };
            header?: never;
            path: {
                /** @description Báo cáo tháng, quý hoặc năm */
                kind: "month" | "quarter" | "year";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStatisticsReportsByKindPdf: {
        parameters: {
            query?: {
                /** @description The agency’s code; by default the highest the officer answers for */
                agency?: string;
                /** @description YYYY-MM for a month, YYYY-Qn for a quarter, YYYY for a year; by default the one running today */
                period?: string;
            };
            header?: never;
            path: {
                /** @description Báo cáo tháng, quý hoặc năm */
                kind: "month" | "quarter" | "year";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicOpenDataDossiersCsv: {
        parameters: {
            query?: {
                /** @description The first day, Vietnam time; by default 1 January of this year; years 1900–2100 */
                from?: string;
                /** @description The last day, included; by default today; years 1900–2100 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (RFC 4180, UTF-8 with a byte-order mark, a header row) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicOpenDataDossiersJson: {
        parameters: {
            query?: {
                /** @description The first day, Vietnam time; by default 1 January of this year; years 1900–2100 */
                from?: string;
                /** @description The last day, included; by default today; years 1900–2100 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: {
                            from: string;
                            to: string;
                        };
                        columns: string[];
                        items: {
                            /** @description The dossier’s code, as the result boards publish it */
                            code: string;
                            procedureCode: string;
                            procedureName: string;
                            fieldCode: string;
                            fieldName: string;
                            /** @description The agency competent to decide */
                            agencyCode: string;
                            agencyName: string;
                            /** @description in_person, online or post */
                            channel: string;
                            receivedAt: string | null;
                            statutoryDueAt: string | null;
                            finishedAt: string | null;
                            state: string;
                            /** @description The state in Vietnamese */
                            stateName: string;
                            timing: string | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicScorecard: {
        parameters: {
            query: {
                /** @description The first day of the period, Vietnam time; years 1900–2100 */
                from: string;
                /** @description The last day, included; the weights in force on it score the period; years 1900–2100 */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicScorecard"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgenciesByIdSigningCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningCredential"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAgenciesByIdSigningCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The .p12/.pfx file, base64 */
                    pkcs12Base64: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningCredential"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAgenciesByIdSigningCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOfficersByIdSigningMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficerSigning"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOfficersByIdSigningMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    method: "pkcs12";
                    /** @description The officer’s own .p12/.pfx file, base64 */
                    pkcs12Base64: string;
                    password: string;
                } | {
                    /** @enum {string} */
                    method: "remote";
                    /**
                     * Format: uri
                     * @description The remote signing service’s base address
                     */
                    serviceUrl: string;
                    /** @description The officer’s account at the service */
                    accountId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficerSigning"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOfficersByIdSignatureImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOfficersByIdSignatureImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A transparent PNG, base64 */
                    pngBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        width: number;
                        height: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putAgenciesByIdSealImage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A transparent PNG, base64 */
                    pngBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        width: number;
                        height: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicSigningCaPem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PEM certificates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiersByCodeSignedResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        verificationCode: string;
                        documentType: string;
                        /** @enum {unknown} */
                        source: "template" | "upload";
                        agencyName: string;
                        signer: {
                            name: string;
                            title: string;
                        };
                        signedAt: string;
                        /** @description Download with GET /api/v1/dossiers/{code}/files/{fileId} */
                        fileId: string;
                        sha256: string;
                        revoked: {
                            at: string;
                            reason: string;
                        } | null;
                        /** @description The result stands and the officer may revoke it (POST /api/v1/signed-results/{code}/revoke) */
                        canRevoke: boolean;
                    }[];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiersByCodeApprovalSignature: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalSignature"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSignedResultsByCodeRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The verification code printed on the result, e.g. K7M2Q9XA4T */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        verificationCode: string;
                        revoked: {
                            at: string;
                            reason: string;
                        };
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProceduresByCodeResultTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultTemplateView"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProceduresByCodeResultTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description National catalogue code, e.g. 1.001193 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResultTemplate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultTemplateView"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicVerifyByCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The verification code printed on the result, e.g. K7M2Q9XA4T */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        verificationCode: string;
                        /** @description Issued under this code and not revoked */
                        genuine: boolean;
                        /** @enum {unknown} */
                        status: "valid" | "revoked";
                        documentType: string;
                        dossierCode: string;
                        procedure: {
                            code: string;
                            name: string;
                        };
                        /** @description Masked for citizens: Nguyễn V. A. */
                        applicantName: string;
                        issuingAgency: {
                            code: string;
                            name: string;
                        };
                        signer: {
                            name: string;
                            title: string;
                        };
                        signedAt: string;
                        /** @description SHA-256 of the signed PDF as issued */
                        sha256: string;
                        certificate: {
                            subject: string;
                            issuer: string;
                            serialNumber: string;
                            notBefore: string;
                            notAfter: string;
                            fingerprintSha256: string;
                        };
                        revoked: {
                            at: string;
                            reason: string;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicVerifyByCodeCheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The verification code printed on the result, e.g. K7M2Q9XA4T */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The PDF, base64, at most 10 MB */
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        verificationCode: string;
                        /** @description Byte-identical to the issued file, signature valid over the whole file by the issuing certificate, not revoked */
                        genuine: boolean;
                        /** @enum {unknown} */
                        verdict: "genuine" | "revoked" | "not_signed" | "signature_invalid" | "other_signer" | "different_file";
                        message: string;
                        messageEn: string;
                        identical: boolean;
                        sha256: string;
                        signature: {
                            present: boolean;
                            valid: boolean;
                            coversWholeFile: boolean;
                            signerMatches: boolean;
                            signerCommonName: string | null;
                            signedAt: string | null;
                        };
                        revoked: {
                            at: string;
                            reason: string;
                        } | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDigitisedDocuments: {
        parameters: {
            query: {
                applicantType: "citizen" | "organisation";
                /** @description Số định danh cá nhân or tax code */
                idNumber: string;
                /** @description The dossier the look-up serves: the officer must see it and it must be the applicant’s; recorded in the audit log */
                dossierCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitisedDocument"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDigitisedDocumentsByIdContent: {
        parameters: {
            query?: {
                /** @description The dossier the look-up serves: the officer must see it and it must be the applicant’s; recorded in the audit log */
                dossierCode?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF, JPEG or PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDigitisedDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DigitisedDocument"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDigitisedDocumentsByIdContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF, JPEG or PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Blob;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query: {
                status?: "pending" | "sent" | "failed";
                /** @description The nextCursor of the page before; the first page without */
                cursor?: string;
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getNotificationsCounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        failed: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postNotificationsByIdResend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** @enum {string} */
                        status: "pending";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicCentres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCentre"][];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicCentresByAgencyCodeServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicQueueService"][];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicDevicesMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairedDevice"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicPriorityGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicPriorityGroup"][];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPriorityGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityGroup"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPriorityGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    groups: components["schemas"]["PriorityGroup"][];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PriorityGroup"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentres: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfficerCentre"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentresByAgencyCodeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreSettings"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCentresByAgencyCodeSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CentreSettings"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreSettings"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentresByAgencyCodeServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueService"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCentresByAgencyCodeServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Lower-case letters, digits and hyphens: ho-tich */
                    code: string;
                    /** Format: visible-text */
                    name: string;
                    /** @default  */
                    nameEn: string;
                    /** @description One or two capital letters: A, B … HT */
                    prefix: string;
                    /**
                     * @description Code of the field of procedures it receives
                     * @default null
                     */
                    field: null | string;
                    /**
                     * @description Code of the centre agency’s unit whose desk it is
                     * @default null
                     */
                    unit: null | string;
                    /**
                     * @description Codes of named procedures
                     * @default []
                     */
                    procedures: string[];
                    /** @default 0 */
                    position: number;
                    /** @default true */
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueService"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCentresByAgencyCodeServicesByServiceCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
                /** @description Lower-case letters, digits and hyphens: ho-tich */
                serviceCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: visible-text */
                    name: string;
                    /** @default  */
                    nameEn: string;
                    /** @description One or two capital letters: A, B … HT */
                    prefix: string;
                    /**
                     * @description Code of the field of procedures it receives
                     * @default null
                     */
                    field: null | string;
                    /**
                     * @description Code of the centre agency’s unit whose desk it is
                     * @default null
                     */
                    unit: null | string;
                    /**
                     * @description Codes of named procedures
                     * @default []
                     */
                    procedures: string[];
                    /** @default 0 */
                    position: number;
                    /** @default true */
                    active: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueService"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentresByAgencyCodeCounters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreCounter"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCentresByAgencyCodeCounters: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The number called out: "quầy số 3" */
                    number: number;
                    /**
                     * Format: visible-text
                     * @default
                     */
                    name: string;
                    /**
                     * @description Serves the priority groups first
                     * @default false
                     */
                    priority: boolean;
                    /** @default true */
                    active: boolean;
                    /** @description Codes of the services it serves */
                    services: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreCounter"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCentresByAgencyCodeCountersByNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
                /** @description The number called out: "quầy số 3" */
                number: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: visible-text
                     * @default
                     */
                    name: string;
                    /**
                     * @description Serves the priority groups first
                     * @default false
                     */
                    priority: boolean;
                    /** @default true */
                    active: boolean;
                    /** @description Codes of the services it serves */
                    services: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreCounter"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentresByAgencyCodeDevices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreDevice"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCentresByAgencyCodeDevices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {unknown} */
                    kind: "kiosk" | "board" | "tablet" | "operations";
                    /** Format: visible-text */
                    name: string;
                    /** @description The counter a rating tablet stands at (tablets only) */
                    counter?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** @description Goes in Authorization: Device <token>; shown this once */
                        token: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCentresByAgencyCodeDevicesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicCentresByAgencyCodeTickets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The service’s code */
                    service: string;
                    /** @description A priority group’s code, e.g. elderly */
                    priority?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTicket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCountersMine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCentresByAgencyCodeCountersByNumberOpen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
                /** @description The counter’s number */
                number: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMinePause: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: visible-text
                     * @description e.g. Nghỉ giải lao
                     */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMineResume: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMineClose: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMineCallNext: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMineRecall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMineNoShow: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMineStart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMineFinish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMineTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The code of the service the ticket goes to */
                    service?: string;
                    /** @description The counter the ticket goes to (it must serve the service) */
                    counter?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CounterDesk"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCountersMineTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The service’s code */
                    service: string;
                    /** @description A priority group’s code, e.g. elderly */
                    priority?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTicket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicCentresByAgencyCodeSlots: {
        parameters: {
            query: {
                service: string;
                /** @description The local (Vietnam) date; years 1900–2100 */
                date: string;
            };
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingSlot"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicCentresByAgencyCodeBookings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewBooking"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenBookings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenBookings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewOwnBooking"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicBookingsByCode: {
        parameters: {
            query: {
                /** @description The phone number or e-mail address the booking was made with */
                contact: string;
            };
            header?: never;
            path: {
                /** @description The booking code, 8 characters (small letters, spaces and dashes are read too) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicBookingsByCodeCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking code, 8 characters (small letters, spaces and dashes are read too) */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The phone number or e-mail address the booking was made with */
                    contact: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicBookingsByCodeReschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking code, 8 characters (small letters, spaces and dashes are read too) */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The phone number or e-mail address the booking was made with */
                    contact: string;
                    /**
                     * Format: date-time
                     * @description The slot’s start as the slots list gives it, e.g. 2026-11-24T09:00:00+07:00
                     */
                    start: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicCentresByAgencyCodeBookingsByCodeCheckIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
                /** @description The booking code, 8 characters (small letters, spaces and dashes are read too) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedTicket"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentresByAgencyCodeLive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreLiveState"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentresByAgencyCodeLiveStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream: event "live": the whole CentreLiveState */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentresByAgencyCodeFigures: {
        parameters: {
            query: {
                /** @description The first day of the period, the centre’s time; years 1900–2100 */
                from: string;
                /** @description The last day of the period, included (at most 366 days); years 1900–2100 */
                to: string;
                /** @description One row per service, counter, officer or hour of the day */
                by: "service" | "counter" | "officer" | "hour";
            };
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CentreFigures"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentresByAgencyCodeFiguresXlsx: {
        parameters: {
            query: {
                /** @description The first day of the period, the centre’s time; years 1900–2100 */
                from: string;
                /** @description The last day of the period, included (at most 366 days); years 1900–2100 */
                to: string;
                /** @description One row per service, counter, officer or hour of the day */
                by: "service" | "counter" | "officer" | "hour";
            };
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicCentresByAgencyCodeBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Board"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicCentresByAgencyCodeBoardStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream: `snapshot` (a Board) when the stream opens and after events may have been missed; `call` ({ number, counter, counterName, service, callCount, at }) per call and recall; `waiting` ({ waiting }) when the counts change */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicTicketsByFollowToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The code in the ticket’s QR code */
                followToken: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketPosition"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicTicketsByFollowTokenStream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The code in the ticket’s QR code */
                followToken: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream: `position` (a TicketPosition) when the stream opens, after events may have been missed and whenever the queue moves; `called` (a TicketPosition with its counter) when the ticket is called or recalled; `finished` (a TicketPosition) when it is served, missed or cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicDevicesTabletAwaiting: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: components["schemas"]["TicketToRate"] | null;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicDevicesTabletStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream: `snapshot` ({ ticket }) when the stream opens and after events may have been missed; `awaiting` ({ ticket }) when a ticket is finished at the centre */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicDevicesTabletRatings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    ticketId: string;
                    score: components["schemas"]["RatingScore"];
                    criteria?: components["schemas"]["RatingCriteria"];
                    /** @description At most 1000 characters */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GivenRating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicTicketsByFollowTokenRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The code in the ticket’s QR code */
                followToken: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ticket: components["schemas"]["TicketToRate"];
                        notRatable: ("not_served_yet" | "no_result_yet" | "already_rated") | null;
                        rating: components["schemas"]["GivenRating"] | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicTicketsByFollowTokenRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The code in the ticket’s QR code */
                followToken: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GivenRating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDossiersByCodeRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notRatable: ("not_served_yet" | "no_result_yet" | "already_rated") | null;
                        rating: components["schemas"]["GivenRating"] | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenDossiersByCodeRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RatingInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GivenRating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicDossiersByCodeRating: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The lookup code printed on the receipt */
                    lookupCode: string;
                    score: components["schemas"]["RatingScore"];
                    criteria?: components["schemas"]["RatingCriteria"];
                    /** @description At most 1000 characters */
                    comment?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GivenRating"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCentresByAgencyCodeRatings: {
        parameters: {
            query?: {
                /** @description First day; years 1900–2100 */
                from?: string;
                /** @description Last day; years 1900–2100 */
                to?: string;
            };
            header?: never;
            path: {
                /** @description The centre agency’s code, e.g. 001.01.01.H99 */
                agencyCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        summary: components["schemas"]["Satisfaction"];
                        criteria: {
                            attitude: components["schemas"]["Satisfaction"];
                            guidance: components["schemas"]["Satisfaction"];
                            time: components["schemas"]["Satisfaction"];
                            result: components["schemas"]["Satisfaction"];
                        };
                        items: {
                            id: string;
                            score: components["schemas"]["RatingScore"];
                            criteria: components["schemas"]["RatingCriteria"];
                            comment: string;
                            /** @enum {unknown} */
                            channel: "tablet" | "qr" | "online";
                            createdAt: string;
                            officer: {
                                id: string;
                                name: string;
                            } | null;
                            counter: {
                                number: number;
                                name: string;
                            } | null;
                            service: {
                                code: string;
                                name: string;
                            } | null;
                            ticketNumber: string | null;
                            dossierCode: string | null;
                        }[];
                        /** @description The period holds more ratings than the list shows (the newest 500); the counts cover all */
                        more: boolean;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicDevicesOperations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationsScreen"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicDevicesOperationsStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream: `changed` ({ at }) when the stream opens, after events may have been missed, and when a dossier or queue of the agency changes (at most one every 2 s): the screen reads GET /api/public/devices/operations again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkRecords: {
        parameters: {
            query: {
                /** @description The agency’s code; may be left out by an officer of one agency only */
                agency?: string;
                year: number;
                state?: "open" | "closed" | "archived";
                /** @description Only the records the signed-in officer keeps */
                mine?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecord"][];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkRecords: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The agency’s code; may be left out by an officer of one agency only */
                    agency?: string;
                    year: number;
                    /** @description Số, ký hiệu hồ sơ in the list, e.g. `01.VP` */
                    code: string;
                    /**
                     * Format: visible-text
                     * @description Tiêu đề hồ sơ
                     */
                    title: string;
                    retentionYears: number | null;
                    /**
                     * Format: uuid
                     * @description The officer who keeps the record (người lập hồ sơ)
                     */
                    keeperId: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkRecordsXlsx: {
        parameters: {
            query: {
                /** @description The agency’s code; may be left out by an officer of one agency only */
                agency?: string;
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkRecordsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecordDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkRecordsByIdEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A document, or a note */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description An incoming or outgoing document of the record’s agency
                     */
                    documentId: string;
                } | {
                    /**
                     * Format: visible-text
                     * @description A note of the keeper’s
                     */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWorkRecordsByIdEntriesByItemId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkRecordsByIdClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkRecordsByIdReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWorkRecordsByIdHandOver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkRecord"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCitizenDossiersByCodePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierPayment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDossiersByCodePayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DossierPayment"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenDossiersByCodePaymentOnline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. 000.00.01.H56-261123-0007 */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Send the browser here: the gateway’s payment page */
                        redirectUrl: string;
                        orderRef: string;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPublicPaymentsByGatewayIpn: {
        parameters: {
            query?: {
                /** @description Our order number at the gateway */
                vnp_TxnRef?: string;
                /** @description HMAC-SHA512, in hexadecimal, of the other parameters sorted by name and URL-encoded */
                vnp_SecureHash?: string;
            };
            header?: never;
            path: {
                /** @description The gateway’s name, as configured (MOTCUA_PAYMENT_GATEWAY) */
                gateway: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": ({
                    /** @description Our order number at the gateway */
                    vnp_TxnRef?: string;
                    /** @description HMAC-SHA512, in hexadecimal, of the other parameters sorted by name and URL-encoded */
                    vnp_SecureHash?: string;
                } & {
                    [key: string]: string;
                }) | null;
            };
        };
        responses: {
            /** @description The answer the gateway expects: 00 confirmed, 01 order not found, 02 already confirmed, 04 invalid amount, 97 invalid signature, 99 other error */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        RspCode: string;
                        Message: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPublicPaymentsByGatewayReturn: {
        parameters: {
            query?: {
                /** @description Our order number at the gateway */
                vnp_TxnRef?: string;
                /** @description HMAC-SHA512, in hexadecimal, of the other parameters sorted by name and URL-encoded */
                vnp_SecureHash?: string;
            };
            header?: never;
            path: {
                /** @description The gateway’s name, as configured (MOTCUA_PAYMENT_GATEWAY) */
                gateway: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dossierCode: string;
                        orderRef: string;
                        /** @description Đồng */
                        amountVnd: number;
                        /** @description As the gateway’s IPN left the order: pending (no IPN yet), paid, unapplied (taken for a fee no longer owed: to be refunded), failed */
                        status: "pending" | "paid" | "unapplied" | "failed";
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPaymentsStatements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The CSV text of the statement (see the README: Ngày giao dịch, Số tham chiếu, Số tiền ghi có, Nội dung giao dịch…) */
                    content: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Credit lines read */
                        lines: number;
                        /** @description Fees confirmed paid */
                        paid: number;
                        /** @description Lines left to an officer */
                        needOfficer: number;
                        /** @description Lines imported before, passed over */
                        duplicates: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPaymentsStatementLines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        lines: components["schemas"]["StatementLine"][];
                        /** @description What the gateway took for fees no longer owed (a late IPN), not yet refunded */
                        unapplied: {
                            orderRef: string;
                            gateway: string;
                            dossierCode: string;
                            /** @description Đồng */
                            amountVnd: number;
                            transactionNo: string | null;
                            /** Format: date-time */
                            paidAt: string;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPaymentsStatementLinesByIdResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    resolution: "applied";
                    dossierCode: string;
                    /** Format: visible-text */
                    note?: string;
                } | {
                    resolution: "refunded" | "not_a_fee";
                    /** Format: visible-text */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementLine"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPaymentsGatewayPaymentsByOrderRefRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderRef: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: visible-text */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPaymentsRefunds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dossierCode: string;
                    /** @description Default: all that was paid */
                    amountVnd?: number;
                    /** Format: visible-text */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dossierCode: string;
                        reference: string;
                        refund: components["schemas"]["RecordedRefund"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAssistedConsentCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The citizen's own mobile number: the code goes there, and the dossier is submitted with it */
                    phone: string;
                    procedureCode: string;
                    /**
                     * Format: uuid
                     * @description The helper's point, when they help at several
                     */
                    pointAgencyId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentCode"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAssistedDossiers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDossier"] & components["schemas"]["UploadTokens"] & {
                    /** Format: uuid */
                    pointAgencyId?: string;
                    consent: components["schemas"]["Consent"];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @description Secret printed on the receipt; with the code it lets the applicant act on the dossier. */
                        lookupCode: string;
                        state: string;
                        version: number;
                        receivedAt: string | null;
                        dueAt: string | null;
                        assistance: components["schemas"]["Assistance"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenDossierClaims: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dossierCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimCodeSent"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCitizenDossierClaimsConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    dossierCode: string;
                    /** @description The six digits received, spaces or dashes allowed */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentsIncoming: {
        parameters: {
            query: {
                /** @description The agency’s code; may be left out by an officer of one agency only */
                agency?: string;
                /** @description Number and symbol, sender or subject; without diacritics and with typos too */
                q?: string;
                registerNumber?: number;
                /** @description The document’s own number */
                number?: number;
                /** @description Part of the symbol: `QĐ-UBND` */
                symbol?: string;
                /** @description Part of the sender’s name, without regard to diacritics */
                sender?: string;
                /** @description First document date; years 1900–2100 */
                from?: string;
                /** @description Last document date; years 1900–2100 */
                to?: string;
                year?: number;
                state?: components["schemas"]["IncomingDocumentState"];
                limit: number;
                offset: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IncomingDocumentSummary"][];
                        nextOffset: number | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncoming: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The agency’s code; may be left out by an officer of one agency only */
                    agency?: string;
                    /**
                     * @default paper
                     * @enum {unknown}
                     */
                    channel?: "paper" | "electronic";
                    /**
                     * Format: date-time
                     * @description When it arrived; now when left out
                     */
                    arrivedAt?: string;
                    /** @description As written on the document: `12/QĐ-UBND`, `Số: 45/UBND-VP` */
                    numberSymbol?: string;
                    type?: components["schemas"]["DocumentType"];
                    /**
                     * Format: date
                     * @description The date written on the document; years 1900–2100
                     */
                    documentDate?: string;
                    /**
                     * Format: visible-text
                     * @description Tác giả: the agency or person that sent it
                     */
                    sender: string;
                    /**
                     * Format: visible-text
                     * @description Trích yếu
                     */
                    subject: string;
                    urgency?: components["schemas"]["DocumentUrgency"];
                    confidentiality?: components["schemas"]["DocumentConfidentiality"];
                    pageCount?: number;
                    /** @description The scan (PDF, JPEG or PNG, at most 10 MB); never for a classified document */
                    scan?: {
                        name: string;
                        /** @description At most 10 MB; the accepted types depend on the endpoint */
                        contentBase64: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentsMine: {
        parameters: {
            query: {
                view: "to_handle" | "overdue" | "for_information" | "to_present" | "to_assign";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            document: components["schemas"]["IncomingDocumentSummary"];
                            assignment: {
                                id: string;
                                /** @enum {unknown} */
                                role: "lead" | "cooperating" | "information";
                                dueAt: string | null;
                                deadlineStatus: ("on_time" | "due_soon" | "overdue" | "finished_early" | "finished_on_time" | "finished_late") | null;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentsIncomingOverdue: {
        parameters: {
            query?: {
                /** @description The agency’s code; may be left out by an officer of one agency only */
                agency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One entry per unit with overdue documents; unit null: assigned to officers directly */
                        units: {
                            unit: components["schemas"]["UnitReference"] | null;
                            count: number;
                            documents: components["schemas"]["IncomingDocumentSummary"][];
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentsStaff: {
        parameters: {
            query?: {
                /** @description The agency’s code; may be left out by an officer of one agency only */
                agency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        units: components["schemas"]["UnitReference"][];
                        /** @description One line per officer and role they hold at the agency (clerk, leader, unit head, specialist) */
                        officers: {
                            id: string;
                            fullName: string;
                            title: string;
                            /** @enum {unknown} */
                            role: "receiving_officer" | "specialist" | "unit_head" | "agency_leader" | "document_clerk" | "admin" | "assisting_helper";
                            unit: {
                                id: string;
                                name: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentsIncomingRegisterPdf: {
        parameters: {
            query?: {
                /** @description The agency’s code; may be left out by an officer of one agency only */
                agency?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentsIncomingRegisterXlsx: {
        parameters: {
            query?: {
                /** @description The agency’s code; may be left out by an officer of one agency only */
                agency?: string;
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentsIncomingById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncomingByIdAttachments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description At most 10 MB; the accepted types depend on the endpoint */
                    contentBase64: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileFacts"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDocumentsIncomingByIdAttachmentsByFileId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF, JPEG or PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Blob;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncomingByIdPresent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ghi chú */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncomingByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ghi chú */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncomingByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ghi chú */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncomingByIdAssign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A unit of the agency (held by its head) or one officer */
                    lead: {
                        unitCode: string;
                    } | {
                        /** Format: uuid */
                        officerId: string;
                    };
                    cooperating?: ({
                        unitCode: string;
                    } | {
                        /** Format: uuid */
                        officerId: string;
                    })[];
                    information?: ({
                        unitCode: string;
                    } | {
                        /** Format: uuid */
                        officerId: string;
                    })[];
                    /** @description Ý kiến chỉ đạo */
                    instructions?: string;
                    /** @description Deadline in working days from now; none when left out */
                    workingDays?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncomingByIdAssignmentsByAssignmentIdPassDown: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The officer of the unit who handles it
                     */
                    officerId: string;
                    cooperatingOfficerIds?: string[];
                    /** @description What the unit head asks */
                    instructions?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncomingByIdAssignmentsByAssignmentIdProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: visible-text */
                    note: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncomingByIdAssignmentsByAssignmentIdFinish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kết quả xử lý */
                    note?: string;
                    /**
                     * Format: uuid
                     * @description The outgoing document of the agency that answers it
                     */
                    answerDocumentId?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDocumentsIncomingByIdAssignmentsByAssignmentIdFinishPart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                assignmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ghi chú */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingDocument"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postExchangeV1Packages: {
        parameters: {
            query?: never;
            header?: {
                "x-motcua-signature"?: string;
                "x-motcua-certificate-sha256"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        packageId: string;
                        kind: string;
                        /** Format: date-time */
                        receivedAt: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangeV1PeersSelf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        name: string;
                        baseUrl: string;
                        certificatePem: string;
                        fingerprintSha256: string;
                        agencyCodes: string[];
                    };
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangeSentByPackageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentDocumentPackage"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExchangePeers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangePeer"][];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postExchangePeers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangePeerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangePeer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putExchangePeersByPeerId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                peerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExchangePeerInput"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExchangePeer"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteExchangePeersByPeerId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                peerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
