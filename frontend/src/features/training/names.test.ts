import { describe, expect, it } from 'vitest';
import { byVietnameseName } from './names';

describe('byVietnameseName', () => {
  it('orders by given name, with Vietnamese letters in their place', () => {
    expect(['Trần Văn An', 'Lê Thị Bình', 'Nguyễn Đức Dũng', 'Phạm Văn Cường', 'Đỗ Thị An'].sort(byVietnameseName)).toEqual([
      'Đỗ Thị An',
      'Trần Văn An',
      'Lê Thị Bình',
      'Phạm Văn Cường',
      'Nguyễn Đức Dũng',
    ]);
  });
});
