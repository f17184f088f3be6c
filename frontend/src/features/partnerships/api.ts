import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { DEFAULT_PAGE_SIZE } from '@/config/env';
import { EXPIRING_WITHIN_DAYS, type PartnershipSearch } from './search';

export type Partnership = Schemas['Partnership'];
export type PartnershipInput = Schemas['PartnershipInput'];
export type Agreement = Schemas['Agreement'];
export type AgreementInput = Schemas['AgreementInput'];

export const partnershipKeys = {
  all: ['partnerships'] as const,
  list: (search: PartnershipSearch) => ['partnerships', 'list', search] as const,
  one: (id: number) => ['partnerships', 'one', id] as const,
  agreements: (id: number, page: number) => ['partnerships', 'agreements', id, page] as const,
  expiring: ['partnerships', 'expiring'] as const,
};

export const usePartnerships = (search: PartnershipSearch) =>
  useQuery({
    queryKey: partnershipKeys.list(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships', {
          params: {
            query: {
              q: search.q || undefined,
              partnerCountryCode: search.partnerCountryCode,
              type: search.type,
              pillar: search.pillar,
              field: search.field,
              status: search.status,
              sort: search.sort,
              page: search.page,
              size: DEFAULT_PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const usePartnership = (id: number) =>
  useQuery({
    queryKey: partnershipKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/partnerships/{id}', { params: { path: { id } } })),
  });

export const useCreatePartnership = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnershipInput) => unwrap(api.POST('/api/v1/partnerships', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnershipKeys.all }),
  });
};

export const useUpdatePartnership = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: PartnershipInput; version: number }) =>
      unwrap(api.PUT('/api/v1/partnerships/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(partnershipKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: ['partnerships', 'list'] });
    },
  });
};

/** `cascade` also deletes the agreements; the API allows it to ADMINs only. */
export const useDeletePartnership = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, cascade }: { id: number; version: number; cascade?: boolean }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{id}', {
          params: { path: { id }, query: cascade ? { cascade } : undefined, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    // Not the deleted record itself nor its agreements: the open detail page would refetch them and flash a 404.
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: partnershipKeys.all, predicate: (q) => q.queryKey[2] !== id }),
  });
};

export const useAgreements = (partnershipId: number, page: number) =>
  useQuery({
    queryKey: partnershipKeys.agreements(partnershipId, page),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/partnerships/{partnershipId}/agreements', {
          params: { path: { partnershipId }, query: { page, size: DEFAULT_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useExpiringAgreements = () =>
  useQuery({
    queryKey: partnershipKeys.expiring,
    queryFn: () => unwrap(api.GET('/api/v1/agreements', { params: { query: { expiringWithinDays: EXPIRING_WITHIN_DAYS, size: 10 } } })),
  });

// An agreement changes the partnership's count, its table and possibly the expiring panel: refresh all of them.
const useRefreshAfterAgreement = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: partnershipKeys.all });
};

export const useSaveAgreement = (partnershipId: number) => {
  const refresh = useRefreshAfterAgreement();
  return useMutation({
    mutationFn: ({ body, current }: { body: AgreementInput; current?: Agreement }) =>
      current?.id
        ? unwrap(
            api.PUT('/api/v1/partnerships/{partnershipId}/agreements/{id}', {
              params: { path: { partnershipId, id: current.id }, header: { 'If-Match': ifMatch(current.version ?? 0) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/partnerships/{partnershipId}/agreements', { params: { path: { partnershipId } }, body })),
    onSuccess: refresh,
  });
};

export const useDeleteAgreement = (partnershipId: number) => {
  const refresh = useRefreshAfterAgreement();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/partnerships/{partnershipId}/agreements/{id}', {
          params: { path: { partnershipId, id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: refresh,
  });
};
