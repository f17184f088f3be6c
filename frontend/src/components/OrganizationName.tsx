import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

/** An organization's name from its id, read once and shared (under the organizations key, so an edit refreshes it). */
export const OrganizationName = ({ id, none }: { id: number | null | undefined; none: string }) => {
  const organization = useQuery({
    queryKey: ['organizations', 'name', id],
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}', { params: { path: { id: id as number } } })),
    enabled: id != null,
    staleTime: 60_000,
  });
  if (id == null) return <>{none}</>;
  return <>{organization.data?.name ?? `#${id}`}</>;
};
