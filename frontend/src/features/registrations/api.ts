import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE } from '@/config/env';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { EXPIRING_WITHIN_DAYS, type RegistrationSearch } from './search';

export type Registration = Schemas['NgoRegistration'];
export type RegistrationInput = Schemas['NgoRegistrationInput'];
export type PresenceReport = Schemas['NgoPresenceReport'];

export const registrationKeys = {
  all: ['ngo-registrations'] as const,
  list: (search: RegistrationSearch) => ['ngo-registrations', 'list', search] as const,
  one: (id: number) => ['ngo-registrations', 'one', id] as const,
  ofNgo: (ngoId: number) => ['ngo-registrations', 'ngo', ngoId] as const,
  presence: (year: number) => ['ngo-registrations', 'presence', year] as const,
};

export const useRegistrations = (search: RegistrationSearch) =>
  useQuery({
    queryKey: registrationKeys.list(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/ngo-registrations', {
          params: {
            query: {
              q: search.q || undefined,
              kind: search.kind,
              status: search.status,
              expiringWithinDays: search.expiring ? EXPIRING_WITHIN_DAYS : undefined,
              sort: search.sort,
              page: search.page,
              size: DEFAULT_PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useRegistration = (id: number) =>
  useQuery({
    queryKey: registrationKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/ngo-registrations/{id}', { params: { path: { id } } })),
  });

/** The NGO's other certificates, for the renewal picker. */
export const useNgoRegistrations = (ngoId: number | null) =>
  useQuery({
    queryKey: registrationKeys.ofNgo(ngoId ?? 0),
    enabled: !!ngoId,
    queryFn: () => unwrap(api.GET('/api/v1/ngo-registrations', { params: { query: { ngoId: ngoId ?? 0, sort: '-validUntil', size: 100 } } })),
  });

export const useCreateRegistration = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RegistrationInput) => unwrap(api.POST('/api/v1/ngo-registrations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registrationKeys.all }),
  });
};

export const useUpdateRegistration = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: RegistrationInput; version: number }) =>
      unwrap(api.PUT('/api/v1/ngo-registrations/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(registrationKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: registrationKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
};

export const useDeleteRegistration = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/ngo-registrations/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    // Not the deleted record itself: the open detail page would refetch it and flash a 404.
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: registrationKeys.all, predicate: (q) => q.queryKey[2] !== id }),
  });
};

export const usePresenceReport = (year: number) =>
  useQuery({
    queryKey: registrationKeys.presence(year),
    queryFn: () => unwrap(api.GET('/api/v1/reports/ngo-registrations', { params: { query: { year } } })),
  });

/** The Vietnamese provinces (the top of the registry's Vietnamese local governments), for the permitted provinces. */
export const useProvinces = () =>
  useQuery({
    queryKey: ['organizations', 'provinces'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: { query: { type: 'LOCAL_GOVERNMENT', countryCode: 'VN', topLevel: true, sort: 'name', size: 100 } },
        }),
      ),
    staleTime: 60_000,
  });
