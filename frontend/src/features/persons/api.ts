import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE } from '@/config/env';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { exportLanguage, saveDownload, type ExportFormat } from '@/lib/download';
import type { PersonSearch } from './search';

export type Person = Schemas['Person'];
export type PersonInput = Schemas['PersonInput'];
export type PersonIdentity = Schemas['PersonIdentity'];
export type PersonIdentityInput = Schemas['PersonIdentityInput'];

export const personKeys = {
  all: ['persons'] as const,
  list: (search: PersonSearch) => ['persons', 'list', search] as const,
  one: (id: number) => ['persons', 'one', id] as const,
  record: (id: number) => ['persons', 'record', id] as const,
  identity: (id: number) => ['persons', 'identity', id] as const,
};

const listQuery = (search: PersonSearch) => ({ q: search.q || undefined, nationality: search.nationality, sort: search.sort });

export const usePersons = (search: PersonSearch) =>
  useQuery({
    queryKey: personKeys.list(search),
    // The JSON answer (the same path also serves CSV/XLSX, hence the wider generated type).
    queryFn: () =>
      unwrap(api.GET('/api/v1/persons', { params: { query: { ...listQuery(search), page: search.page, size: DEFAULT_PAGE_SIZE } } })) as Promise<
        Schemas['PageResultPersonView']
      >,
    placeholderData: keepPreviousData,
  });

export const downloadPersons = (search: PersonSearch, format: ExportFormat, lng: string) =>
  saveDownload(
    api.GET('/api/v1/persons', { params: { query: { ...listQuery(search), format } }, headers: exportLanguage(lng), parseAs: 'blob' }),
    `persons.${format}`,
  );

export const usePerson = (id: number) =>
  useQuery({ queryKey: personKeys.one(id), queryFn: () => unwrap(api.GET('/api/v1/persons/{id}', { params: { path: { id } } })) });

export const usePersonRecord = (id: number) =>
  useQuery({ queryKey: personKeys.record(id), queryFn: () => unwrap(api.GET('/api/v1/persons/{id}/record', { params: { path: { id } } })) });

/** Read only when asked (each read is audited), and only by the roles the office allows. */
export const usePersonIdentity = (id: number, enabled: boolean) =>
  useQuery({
    queryKey: personKeys.identity(id),
    enabled,
    retry: false,
    queryFn: () => unwrap(api.GET('/api/v1/persons/{id}/identity', { params: { path: { id } } })),
  });

export const useSaveIdentity = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonIdentityInput) => unwrap(api.PUT('/api/v1/persons/{id}/identity', { params: { path: { id } }, body })),
    onSuccess: (saved) => queryClient.setQueryData(personKeys.identity(id), saved),
  });
};

/** Namesakes of a name being typed (accents and case ignored), to pick instead of adding another. */
export const useSimilarPersons = (fullName: string) =>
  useQuery({
    queryKey: ['persons', 'similar', fullName.trim().toLowerCase()],
    enabled: fullName.trim().length >= 3,
    queryFn: () => unwrap(api.GET('/api/v1/persons/similar', { params: { query: { fullName: fullName.trim() } } })),
    staleTime: 30_000,
  });

export const useCreatePerson = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PersonInput) => unwrap(api.POST('/api/v1/persons', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKeys.all }),
  });
};

export const useUpdatePerson = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: PersonInput; version: number }) =>
      unwrap(api.PUT('/api/v1/persons/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(personKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: personKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
};

export const useDeletePerson = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/persons/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: personKeys.all, predicate: (q) => q.queryKey[2] !== id }),
  });
};

/** Merges a duplicate into this person; every list that names either may change (delegations, courses, stays…). */
export const useMergePerson = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ duplicateId, version }: { duplicateId: number; version: number }) =>
      unwrap(api.POST('/api/v1/persons/{id}/merge', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body: { duplicateId } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(personKeys.one(id), saved);
      return queryClient.invalidateQueries({ predicate: (q) => !(q.queryKey[0] === 'persons' && q.queryKey[1] === 'one' && q.queryKey[2] === id) });
    },
  });
};
