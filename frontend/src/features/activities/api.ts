import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE } from '@/config/env';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { exportLanguage, saveDownload, type ExportFormat } from '@/lib/download';
import type { ActivitySearch } from './search';

export type Activity = Schemas['Activity'];
export type ActivityInput = Schemas['ActivityInput'];

export const activityKeys = {
  all: ['activities'] as const,
  list: (search: ActivitySearch) => ['activities', 'list', search] as const,
  one: (id: number) => ['activities', 'one', id] as const,
};

const listQuery = (search: ActivitySearch) => ({
  q: search.q || undefined,
  kind: search.kind,
  status: search.status,
  overdue: search.overdue,
  sort: search.sort ?? '-startDate',
});

export const useActivities = (search: ActivitySearch) =>
  useQuery({
    queryKey: activityKeys.list(search),
    // The JSON answer (the same path also serves CSV/XLSX, hence the wider generated type).
    queryFn: () =>
      unwrap(api.GET('/api/v1/activities', { params: { query: { ...listQuery(search), page: search.page, size: DEFAULT_PAGE_SIZE } } })) as Promise<
        Schemas['PageResultActivityView']
      >,
    placeholderData: keepPreviousData,
  });

export const downloadActivities = (search: ActivitySearch, format: ExportFormat, lng: string) =>
  saveDownload(
    api.GET('/api/v1/activities', { params: { query: { ...listQuery(search), format } }, headers: exportLanguage(lng), parseAs: 'blob' }),
    `activities.${format}`,
  );

export const useActivity = (id: number) =>
  useQuery({
    queryKey: activityKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/activities/{id}', { params: { path: { id } } })),
  });

export const useCreateActivity = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActivityInput) => unwrap(api.POST('/api/v1/activities', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: activityKeys.all }),
  });
};

export const useUpdateActivity = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: ActivityInput; version: number }) =>
      unwrap(api.PUT('/api/v1/activities/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(activityKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: activityKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
};

export const useDeleteActivity = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/activities/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: activityKeys.all, predicate: (q) => q.queryKey[2] !== id }),
  });
};
