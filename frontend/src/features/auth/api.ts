import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { meQueryKey } from '@/lib/auth/useMe';
import { session } from '@/lib/auth/session';

export const useLogin = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['LoginRequest']) => unwrap(api.POST('/api/v1/auth/login', { body })),
    onSuccess: (result) => {
      queryClient.clear();
      session.set({ token: result.accessToken ?? '', expiresAt: result.expiresAt ?? '' });
      queryClient.setQueryData(meQueryKey, result.user);
    },
  });
};

export const useChangePassword = () =>
  useMutation({
    mutationFn: (body: Schemas['PasswordChange']) => unwrap(api.POST('/api/v1/auth/password', { body })),
  });

export const logout = () => session.set(null);
