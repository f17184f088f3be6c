import { z } from 'zod';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { exportLanguage, saveDownload } from '@/lib/download';

export type PeriodicReport = Schemas['PeriodicReport'];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The report's state in the URL: the period, the organization whose subtree is counted, the comparison. */
export const periodicSearchSchema = z.object({
  from: isoDate,
  to: isoDate,
  homeOrganizationId: z.number().int().positive().optional().catch(undefined),
  compare: z.boolean().optional().catch(undefined),
});
export type PeriodicSearch = z.infer<typeof periodicSearchSchema>;

/** Last calendar year by default: the yearly report is the one most asked for. */
export const periodOf = (search: PeriodicSearch, today: Date) => {
  const year = today.getFullYear() - 1;
  return { from: search.from ?? `${year}-01-01`, to: search.to ?? `${year}-12-31` };
};

export const periodicQuery = (search: PeriodicSearch, today: Date) => ({
  ...periodOf(search, today),
  homeOrganizationId: search.homeOrganizationId,
  compare: search.compare,
});

/** The files the report comes as: Word to edit and send, the tables as sheets, a PDF ready to print. */
export type PeriodicFormat = 'docx' | 'xlsx' | 'pdf';

export const fetchPeriodic = (search: PeriodicSearch, today: Date, lng: string) =>
  unwrap(api.GET('/api/v1/reports/periodic', { params: { query: periodicQuery(search, today) }, headers: exportLanguage(lng) })) as Promise<PeriodicReport>;

export const downloadPeriodic = (search: PeriodicSearch, today: Date, format: PeriodicFormat, lng: string) =>
  saveDownload(
    api.GET('/api/v1/reports/periodic', {
      params: { query: { ...periodicQuery(search, today), format } },
      headers: exportLanguage(lng),
      parseAs: 'blob',
    }),
    `bao-cao.${format}`,
  );
