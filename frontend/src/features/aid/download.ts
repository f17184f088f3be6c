import { api } from '@/lib/api/client';
import { exportLanguage, saveDownload, type ExportFormat } from '@/lib/download';
import { commonFilters, type AidReportSearch, type AidSearch } from './codes';
import { listQuery, reportQuery } from './api';

/** Every commitment of the list's filter, as CSV or XLSX (the server ignores paging for exports). */
export const downloadCommitments = (search: AidSearch, format: ExportFormat, lng: string) =>
  saveDownload(
    api.GET('/api/v1/aid-commitments', {
      params: { query: { ...listQuery(search), sort: search.sort, format } },
      headers: exportLanguage(lng),
      parseAs: 'blob',
    }),
    `aid-commitments.${format}`,
  );

/** The report with the page's parameters, as CSV or XLSX. */
export const downloadReport = (search: AidReportSearch, format: ExportFormat, lng: string) =>
  saveDownload(
    api.GET('/api/v1/reports/aid', {
      params: { query: { ...reportQuery(search), format } },
      headers: exportLanguage(lng),
      parseAs: 'blob',
    }),
    `aid-report-${search.groupBy}.${format}`,
  );

/** The approved aid of the list's filter as an IATI 2.03 activity file (the list's currency filter does not apply). */
export const downloadIati = (search: AidSearch) =>
  saveDownload(
    api.GET('/api/v1/iati/activities.xml', { params: { query: { ...commonFilters(search), sort: search.sort } }, parseAs: 'blob' }),
    'iati-activities.xml',
  );
