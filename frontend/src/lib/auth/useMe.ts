import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { useSession } from './session';

export const meQueryKey = ['auth', 'me'] as const;

/** The logged-in user (name and role), re-read from the server rather than trusted from the token. */
export const useMe = () => {
  const current = useSession();
  return useQuery({
    queryKey: meQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/auth/me')),
    enabled: current !== null,
    staleTime: 60_000,
  });
};

export const canEdit = (role: string | undefined) => role === 'ADMIN' || role === 'EDITOR';
export const isAdmin = (role: string | undefined) => role === 'ADMIN';
