// Vietnamese lists of people go by given name (the last word: "Bình" in "Trần Thị Bình"), then the whole name.
const collator = new Intl.Collator('vi', { sensitivity: 'base' });
const given = (name: string) => name.trim().split(/\s+/).pop() ?? '';

export const byVietnameseName = (a: string, b: string) => collator.compare(given(a), given(b)) || collator.compare(a, b);
