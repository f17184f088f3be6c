import { api } from '@/lib/api/client';
import type { AidReportSearch, AidSearch } from './codes';
import { listQuery, reportQuery } from './api';

export type ExportFormat = 'csv' | 'xlsx';

/** The file name the server gives in Content-Disposition, else the fallback. */
export const fileNameOf = (disposition: string | null, fallback: string) => {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
};

/** Hands a blob to the browser as a download through a temporary link. */
export const saveBlob = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the browser start reading the blob before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

const save = async (call: Promise<{ data?: Blob; response: Response }>, fallback: string) => {
  // The client sends the session's token and throws the API's problem for a failed answer.
  const { data, response } = await call;
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallback);
  saveBlob(data ?? new Blob([]), name);
  return name;
};

const language = (lng: string) => ({ 'Accept-Language': lng === 'en' ? 'en' : 'vi' });

/** Every commitment of the list's filter, as CSV or XLSX (the server ignores paging for exports). */
export const downloadCommitments = (search: AidSearch, format: ExportFormat, lng: string) =>
  save(
    api.GET('/api/v1/aid-commitments', {
      params: { query: { ...listQuery(search), sort: search.sort, format } },
      headers: language(lng),
      parseAs: 'blob',
    }),
    `aid-commitments.${format}`,
  );

/** The report with the page's parameters, as CSV or XLSX. */
export const downloadReport = (search: AidReportSearch, format: ExportFormat, lng: string) =>
  save(
    api.GET('/api/v1/reports/aid', {
      params: { query: { ...reportQuery(search), format } },
      headers: language(lng),
      parseAs: 'blob',
    }),
    `aid-report-${search.groupBy}.${format}`,
  );
