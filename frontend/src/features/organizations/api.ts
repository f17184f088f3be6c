import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { DEFAULT_PAGE_SIZE } from '@/config/env';
import type { OrganizationSearch } from './search';

export type Organization = Schemas['Organization'];
export type OrganizationInput = Schemas['OrganizationInput'];

export const organizationKeys = {
  all: ['organizations'] as const,
  list: (search: OrganizationSearch) => ['organizations', 'list', search] as const,
  one: (id: number) => ['organizations', 'one', id] as const,
};

export const useOrganizations = (search: OrganizationSearch) =>
  useQuery({
    queryKey: organizationKeys.list(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: {
            query: {
              q: search.q || undefined,
              type: search.type,
              countryCode: search.countryCode,
              sort: search.sort,
              page: search.page,
              size: DEFAULT_PAGE_SIZE,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

export const useOrganization = (id: number) =>
  useQuery({
    queryKey: organizationKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } })),
  });

export const useCreateOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationInput) => unwrap(api.POST('/api/v1/organizations', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
};

export const useUpdateOrganization = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: OrganizationInput; version: number }) =>
      unwrap(api.PUT('/api/v1/organizations/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(organizationKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: ['organizations', 'list'] });
    },
  });
};

export const useDeleteOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/organizations/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  });
};

export type OfficeSettings = Schemas['OfficeSettings'];

export const useOfficeSettings = (organizationId: number) =>
  useQuery({
    queryKey: ['office-settings', organizationId],
    queryFn: () => unwrap(api.GET('/api/v1/office-settings/{organizationId}', { params: { path: { organizationId } } })),
  });

export const useSaveOfficeSettings = (organizationId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: Schemas['OfficeSettingsInput']; version: number | null }) =>
      unwrap(
        api.PUT('/api/v1/office-settings/{organizationId}', {
          params: { path: { organizationId }, header: version == null ? {} : { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    // The units below follow the office's value: every settings answer may change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['office-settings'] }),
  });
};
