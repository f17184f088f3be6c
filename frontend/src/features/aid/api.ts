import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE } from '@/config/env';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { commonFilters, type AidReportSearch, type AidSearch, type ExchangeRateSearch, type GroupBy } from './codes';

export type AidCommitment = Schemas['AidCommitment'];
export type AidCommitmentInput = Schemas['AidCommitmentInput'];
export type Disbursement = Schemas['Disbursement'];
export type DisbursementInput = Schemas['DisbursementInput'];
export type ExchangeRate = Schemas['ExchangeRate'];
export type ExchangeRateInput = Schemas['ExchangeRateInput'];
export type AidReport = Schemas['AidReport'];
export type AidReportRow = Schemas['AidReportRow'];
export type AidReportTotals = Schemas['AidReportTotals'];

// The list and the report also answer CSV/XLSX (format=): the JSON calls made here get the JSON shape.
const json = <T>(call: Promise<{ data?: unknown; response: Response }>) => unwrap(call) as Promise<T>;
type CommitmentPage = Schemas['PageResultAidCommitmentView'];

export const aidKeys = {
  all: ['aid'] as const,
  list: (search: AidSearch) => ['aid', 'list', search] as const,
  totals: (search: AidSearch) => ['aid', 'totals', search] as const,
  one: (id: number) => ['aid', 'one', id] as const,
  disbursements: (id: number, page: number) => ['aid', 'disbursements', id, page] as const,
  report: (search: AidReportSearch, stackBy?: string) => ['aid', 'report', search, stackBy] as const,
  rates: (search: ExchangeRateSearch) => ['aid', 'rates', search] as const,
};

/** The list's query: its filters plus the commitments' own currency. */
export const listQuery = (search: AidSearch) => ({ ...commonFilters(search), currency: search.currency, alert: search.alert });

export const useAidCommitments = (search: AidSearch) =>
  useQuery({
    queryKey: aidKeys.list(search),
    queryFn: () =>
      json<CommitmentPage>(
        api.GET('/api/v1/aid-commitments', {
          params: { query: { ...listQuery(search), sort: search.sort, page: search.page, size: DEFAULT_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/**
 * Totals of the list's filter from the report. The report's `currency` is the currency it converts to, so the
 * list's currency filter goes as `originalCurrency`.
 */
export const useAidTotals = (search: AidSearch) =>
  useQuery({
    queryKey: aidKeys.totals(search),
    queryFn: () =>
      json<AidReport>(
        api.GET('/api/v1/reports/aid', { params: { query: { ...commonFilters(search), originalCurrency: search.currency, groupBy: 'status' } } }),
      ),
    placeholderData: keepPreviousData,
  });

export const useAidCommitment = (id: number) =>
  useQuery({
    queryKey: aidKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/aid-commitments/{id}', { params: { path: { id } } })),
  });

export const useCreateAidCommitment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AidCommitmentInput) => unwrap(api.POST('/api/v1/aid-commitments', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aidKeys.all }),
  });
};

export const useUpdateAidCommitment = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: AidCommitmentInput; version: number }) =>
      unwrap(api.PUT('/api/v1/aid-commitments/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(aidKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: aidKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
};

export const useDeleteAidCommitment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/aid-commitments/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    // Not the deleted record itself: the open detail page would refetch it and flash a 404.
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: aidKeys.all, predicate: (q) => q.queryKey[2] !== id }),
  });
};

export const useDisbursements = (commitmentId: number, page: number) =>
  useQuery({
    queryKey: aidKeys.disbursements(commitmentId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/aid-commitments/{commitmentId}/disbursements', {
          params: { path: { commitmentId }, query: { sort: 'date', page, size: DEFAULT_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

// A disbursement changes the commitment's disbursed figures, the list and every report.
const useRefreshAid = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: aidKeys.all });
};

export const useSaveDisbursement = (commitmentId: number) => {
  const refresh = useRefreshAid();
  return useMutation({
    mutationFn: ({ body, current }: { body: DisbursementInput; current?: Disbursement }) =>
      current?.id
        ? unwrap(
            api.PUT('/api/v1/aid-commitments/{commitmentId}/disbursements/{id}', {
              params: { path: { commitmentId, id: current.id }, header: { 'If-Match': ifMatch(current.version ?? 0) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/aid-commitments/{commitmentId}/disbursements', { params: { path: { commitmentId } }, body })),
    onSuccess: refresh,
  });
};

export const useDeleteDisbursement = (commitmentId: number) => {
  const refresh = useRefreshAid();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/aid-commitments/{commitmentId}/disbursements/{id}', {
          params: { path: { commitmentId, id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: refresh,
  });
};

/** The report's query; `currency` here is the currency to convert to. */
export const reportQuery = (search: AidReportSearch, groupBy: GroupBy = search.groupBy) => ({
  ...commonFilters(search),
  groupBy,
  currency: search.currency,
  asOf: LOCALITY_GROUPS.includes(groupBy) ? search.asOf : undefined,
});

/** The groupings a report as of a day folds (old units into the ones they became). */
export const LOCALITY_GROUPS: GroupBy[] = ['province', 'beneficiary'];

export const useAidReport = (search: AidReportSearch, groupBy: GroupBy = search.groupBy, stackBy?: GroupBy) =>
  useQuery({
    queryKey: aidKeys.report({ ...search, groupBy }, stackBy),
    queryFn: () => json<AidReport>(api.GET('/api/v1/reports/aid', { params: { query: { ...reportQuery(search, groupBy), stackBy } } })),
    placeholderData: keepPreviousData,
  });

export const useExchangeRates = (search: ExchangeRateSearch) =>
  useQuery({
    queryKey: aidKeys.rates(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/exchange-rates', {
          params: { query: { currency: search.currency, from: search.from, to: search.to, sort: '-date', page: search.page, size: DEFAULT_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useSaveExchangeRate = () => {
  const refresh = useRefreshAid();
  return useMutation({
    mutationFn: ({ body, current }: { body: ExchangeRateInput; current?: ExchangeRate }) =>
      current?.id
        ? unwrap(
            api.PUT('/api/v1/exchange-rates/{id}', {
              params: { path: { id: current.id }, header: { 'If-Match': ifMatch(current.version ?? 0) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/exchange-rates', { body })),
    onSuccess: refresh,
  });
};

export const useDeleteExchangeRate = () => {
  const refresh = useRefreshAid();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/exchange-rates/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: refresh,
  });
};

/** The sector codelist with its OECD-DAC codes, from the API (it never changes while the app runs). */
export const useAidSectors = () => useQuery({ queryKey: ['aid-sectors'], queryFn: () => unwrap(api.GET('/api/v1/aid-sectors')), staleTime: Infinity });
