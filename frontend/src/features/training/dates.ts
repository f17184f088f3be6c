// Calendar dates ('2027-03-05') are computed in UTC so that no time zone moves them to another day.
const parse = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const addDays = (value: string, days: number) => {
  const d = parse(value);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** 'YYYY-MM' of a local date: the month a calendar shows. */
export const monthOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;

/** A local calendar day as the API writes it. */
export const localIso = (d: Date) => `${monthOf(d)}-${String(d.getDate()).padStart(2, '0')}`;
