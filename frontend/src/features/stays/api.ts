import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE } from '@/config/env';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { exportLanguage, saveDownload, type ExportFormat } from '@/lib/download';
import type { StaySearch } from './search';

export type Stay = Schemas['Stay'];
export type StayInput = Schemas['StayInput'];
/** The list's search, or one person's stays (the person page). */
export type StayQuery = StaySearch & { personId?: number };

export const stayKeys = {
  all: ['stays'] as const,
  list: (search: StayQuery) => ['stays', 'list', search] as const,
  one: (id: number) => ['stays', 'one', id] as const,
};

const listQuery = (search: StayQuery) => ({
  q: search.q || undefined,
  kind: search.kind,
  status: search.status,
  schoolYear: search.schoolYear,
  nationality: search.nationality,
  personId: search.personId,
  sort: search.sort ?? '-startDate',
});

export const useStays = (search: StayQuery) =>
  useQuery({
    queryKey: stayKeys.list(search),
    // The JSON answer (the same path also serves CSV/XLSX, hence the wider generated type).
    queryFn: () =>
      unwrap(api.GET('/api/v1/stays', { params: { query: { ...listQuery(search), page: search.page, size: DEFAULT_PAGE_SIZE } } })) as Promise<
        Schemas['PageResultStayView']
      >,
    placeholderData: keepPreviousData,
  });

export const downloadStays = (search: StaySearch, format: ExportFormat, lng: string) =>
  saveDownload(
    api.GET('/api/v1/stays', { params: { query: { ...listQuery(search), format } }, headers: exportLanguage(lng), parseAs: 'blob' }),
    `stays.${format}`,
  );

export const useStay = (id: number) =>
  useQuery({
    queryKey: stayKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/stays/{id}', { params: { path: { id } } })),
  });

export const useCreateStay = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StayInput) => unwrap(api.POST('/api/v1/stays', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stayKeys.all }),
  });
};

export const useUpdateStay = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: StayInput; version: number }) =>
      unwrap(api.PUT('/api/v1/stays/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(stayKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: stayKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
};

export const useDeleteStay = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/stays/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: stayKeys.all, predicate: (q) => q.queryKey[2] !== id }),
  });
};
