import type { Schemas } from '@/lib/api/client';

type DelegationRow = Schemas['DelegationReportRow'];
type TrainingRow = Schemas['TrainingReportRow'];
type AidRow = Schemas['AidReportRow'];

/** One province's figures across the reports (zero where a report has no row for it). */
export type ProvinceRow = {
  key: string;
  label: string;
  delegations: number;
  members: number;
  courses: number;
  trainees: number;
  completions: number;
  projects: number;
  committed: number;
  disbursed: number;
};

const blank = (key: string, label: string): ProvinceRow => ({
  key,
  label,
  delegations: 0,
  members: 0,
  courses: 0,
  trainees: 0,
  completions: 0,
  projects: 0,
  committed: 0,
  disbursed: 0,
});

/**
 * The rows of the three reports side by side, one per province key, sorted by name in Vietnamese; "null" (records
 * without a home) last. Amounts are whole VND, so adding them as numbers loses nothing below 2^53.
 */
export const mergeProvinces = (delegations: DelegationRow[], training: TrainingRow[], aid: AidRow[], lng: string, noneLabel: string) => {
  const rows = new Map<string, ProvinceRow>();
  const row = (key: string | undefined, label: string | undefined | null) => {
    const k = key ?? 'null';
    const found = rows.get(k) ?? blank(k, k === 'null' ? noneLabel : (label ?? k));
    if (label && found.label === k) found.label = label;
    rows.set(k, found);
    return found;
  };
  for (const d of delegations) {
    const r = row(d.key, d.label);
    r.delegations += d.delegations ?? 0;
    r.members += d.members ?? 0;
  }
  for (const t of training) {
    const r = row(t.key, t.label);
    r.courses += t.courses ?? 0;
    r.trainees += t.trainees ?? 0;
    r.completions += t.completions ?? 0;
  }
  for (const a of aid) {
    const r = row(a.key, a.label);
    r.projects += a.projects ?? 0;
    r.committed += Number(a.committed?.amount ?? 0);
    r.disbursed += Number(a.disbursed?.amount ?? 0);
  }
  const collator = new Intl.Collator(lng === 'en' ? 'en' : 'vi');
  return [...rows.values()].sort((a, b) => (a.key === 'null' ? 1 : b.key === 'null' ? -1 : collator.compare(a.label, b.label)));
};

/** The column sums of the merged rows. */
export const totalOf = (rows: ProvinceRow[]): ProvinceRow =>
  rows.reduce(
    (sum, r) => ({
      ...sum,
      delegations: sum.delegations + r.delegations,
      members: sum.members + r.members,
      courses: sum.courses + r.courses,
      trainees: sum.trainees + r.trainees,
      completions: sum.completions + r.completions,
      projects: sum.projects + r.projects,
      committed: sum.committed + r.committed,
      disbursed: sum.disbursed + r.disbursed,
    }),
    blank('total', ''),
  );
