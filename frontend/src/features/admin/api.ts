import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';

export type User = Schemas['User'];
export type ApiKey = Schemas['ApiKey'];
export type Role = Schemas['Role'];
export const ROLES: readonly Role[] = ['ADMIN', 'EDITOR', 'VIEWER'];

const userKeys = { all: ['users'] as const, page: (page: number) => ['users', page] as const };
const keyKeys = { all: ['api-keys'] as const, page: (page: number) => ['api-keys', page] as const };

export const useUsers = (page: number) =>
  useQuery({
    queryKey: userKeys.page(page),
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { page, size: 50, sort: 'username' } } })),
    placeholderData: keepPreviousData,
  });

export const useCreateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UserCreate']) => unwrap(api.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
};

export const useUpdateUser = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, change }: { user: User; change: Partial<Schemas['UserUpdate']> }) =>
      unwrap(
        api.PUT('/api/v1/users/{id}', {
          params: { path: { id: user.id ?? 0 }, header: { 'If-Match': ifMatch(user.version ?? 0) } },
          // PUT is the whole account: the scope goes back as it was, or the user would become national.
          body: {
            displayName: user.displayName,
            role: user.role ?? 'VIEWER',
            enabled: user.enabled ?? true,
            scopeOrganizationId: user.scopeOrganizationId,
            ...change,
          },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
};

export const useResetPassword = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, newPassword }: { user: User; newPassword: string }) =>
      unwrap(
        api.POST('/api/v1/users/{id}/password', {
          params: { path: { id: user.id ?? 0 }, header: { 'If-Match': ifMatch(user.version ?? 0) } },
          body: { newPassword },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
};

export const useApiKeys = (page: number) =>
  useQuery({
    queryKey: keyKeys.page(page),
    queryFn: () => unwrap(api.GET('/api/v1/api-keys', { params: { query: { page, size: 50, sort: '-createdAt' } } })),
    placeholderData: keepPreviousData,
  });

export const useCreateApiKey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ApiKeyInput']) => unwrap(api.POST('/api/v1/api-keys', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keyKeys.all }),
  });
};

export const useRevokeApiKey = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: ApiKey) =>
      unwrap(api.DELETE('/api/v1/api-keys/{id}', { params: { path: { id: key.id ?? 0 }, header: { 'If-Match': ifMatch(key.version ?? 0) } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keyKeys.all }),
  });
};
