import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import { RemotePicker } from './RemotePicker';

type Organization = Schemas['Organization'];
/** Filters the registry applies on the server. */
export type OrganizationFilter = { type?: Schemas['OrganizationType']; countryCode?: string };

// Under the organizations key, so that saving an organization refreshes the pickers too.
const useOrganizationOptions = (q: string, filter?: OrganizationFilter) =>
  useQuery({
    queryKey: ['organizations', 'options', q, filter],
    queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { q: q || undefined, ...filter, size: 20, sort: 'name' } } })),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

type Props = {
  label: string;
  placeholder?: string;
  description?: React.ReactNode;
  value: number | null | undefined;
  initialLabel?: string;
  excludeId?: number;
  error?: React.ReactNode;
  required?: boolean;
  onChange: (id: number | null) => void;
  /** Only organizations the registry finds with these filters. */
  filter?: OrganizationFilter;
  /** Only organizations this accepts (for rules the registry's filters cannot express, e.g. several types). */
  accept?: (organization: Organization) => boolean;
};

/** Picks an organization by searching the registry on the server as the user types. */
export const OrganizationPicker = ({ excludeId, filter, accept, ...picker }: Props) => {
  const useOptions = (q: string) => {
    const options = useOrganizationOptions(q, filter);
    return (options.data?.items ?? [])
      .filter((o) => o.id !== excludeId && (!accept || accept(o)))
      .map((o) => ({ value: String(o.id), label: `${o.name} (${o.countryCode})` }));
  };
  return <RemotePicker {...picker} useOptions={useOptions} />;
};
