import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';

export type Notification = Schemas['Notification'];

const KEY = ['notifications'] as const;
/** Reminders change with the records and the day: asked again every few minutes, and whenever the window regains focus. */
const REFRESH_MS = 5 * 60_000;

export const useNotifications = () =>
  useQuery({
    queryKey: KEY,
    queryFn: () => unwrap(api.GET('/api/v1/notifications')),
    refetchInterval: REFRESH_MS,
    staleTime: 60_000,
  });

export const useMarkRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keys: string[]) => unwrap(api.POST('/api/v1/notifications/read', { body: { keys } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
};

type Target = { to: string; params: { id: number } } | null;

/** The page of the record a reminder is about (an agreement's is its partnership's, a progress report's its aid's). */
export const targetOf = (n: Notification): Target => {
  const id = n.recordId ?? 0;
  switch (n.recordKind) {
    case 'delegation':
      return { to: '/delegations/$id', params: { id } };
    case 'activity':
      return { to: '/activities/$id', params: { id } };
    case 'ngo-registration':
      return { to: '/ngo-registrations/$id', params: { id } };
    case 'training-course':
      return { to: '/training/$id', params: { id } };
    case 'agreement':
      return { to: '/partnerships/$id', params: { id: n.parentId ?? 0 } };
    case 'aid-progress-report':
      return { to: '/aid/$id', params: { id: n.parentId ?? 0 } };
    default:
      return null;
  }
};
