import i18n from '@/lib/i18n';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api/problem';
import { errorMessage, fieldErrorsOf } from './errors';

const t = i18n.getFixedT('vi');

describe('errorMessage', () => {
  it('translates by status and keeps the server detail of a conflict', () => {
    expect(errorMessage(t, new ApiError({ status: 403, title: 'Not allowed' }))).toBe('Bạn không có quyền thực hiện thao tác này.');
    expect(errorMessage(t, new ApiError({ status: 409, detail: 'Already exists' }))).toBe('Thao tác xung đột với dữ liệu hiện có. Already exists');
    expect(errorMessage(t, new ApiError({ status: 412 }))).toBe('Bản ghi đã được người khác thay đổi trong lúc bạn sửa.');
    expect(errorMessage(t, new TypeError('Failed to fetch'))).toBe('Không kết nối được máy chủ.');
  });

  it('words a refusal whose rule the server names in the user’s language, with its values', () => {
    const error = new ApiError({
      status: 409,
      detail: "An organization named 'Sở Ngoại vụ Hà Tĩnh' of type GOVERNMENT_AGENCY already exists in VN (id 2)",
      code: 'organization-duplicate',
      params: { name: 'Sở Ngoại vụ Hà Tĩnh', id: '2', type: 'GOVERNMENT_AGENCY', country: 'VN' },
    });
    expect(errorMessage(t, error)).toBe('Thao tác xung đột với dữ liệu hiện có. Đã có đối tác “Sở Ngoại vụ Hà Tĩnh” cùng loại hình và quốc gia (mã 2).');
    expect(errorMessage(i18n.getFixedT('en'), error)).toMatch(/An organization named “Sở Ngoại vụ Hà Tĩnh” of the same type already exists in VN \(id 2\)\.$/);
    // A rule the SPA does not know yet: the server's own detail.
    expect(errorMessage(t, new ApiError({ status: 409, detail: 'Something new', code: 'rule-from-the-future' }))).toMatch(/Something new$/);
  });

  it('maps the problem errors[] to form fields, first message per field', () => {
    const error = new ApiError({
      status: 400,
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'members[3].fullName', message: 'required' },
        { field: 'name', message: 'second message' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({ name: 'must not be blank', 'members[3].fullName': 'required' });
    expect(errorMessage(t, error)).toBe('Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.');
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });
});
