import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { RemotePicker } from './RemotePicker';

type Props = {
  label: string;
  placeholder: string;
  value: number | null;
  /** The chosen partnership's title, before the options have loaded. */
  initialLabel?: string;
  error?: React.ReactNode;
  onChange: (id: number | null) => void;
  /** Only the partnerships with this partner organization; null keeps the picker shut until one is chosen. */
  partnerOrganizationId?: number | null;
  /** The placeholder while the partner organization is still to be chosen. */
  waitingPlaceholder?: string;
  nothingFound?: string;
};

/** An optional partnership, searched on the server (accent-insensitive, like every list). */
export const PartnershipPicker = ({ placeholder, partnerOrganizationId, waitingPlaceholder, nothingFound, ...picker }: Props) => {
  const waiting = partnerOrganizationId === null;
  const useOptions = (q: string) => {
    // Under the partnerships key, so that saving a partnership refreshes this list too.
    const options = useQuery({
      queryKey: ['partnerships', 'options', partnerOrganizationId ?? 'any', q],
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/partnerships', {
            params: { query: { q: q || undefined, partnerOrganizationId: partnerOrganizationId ?? undefined, size: 20, sort: 'title' } },
          }),
        ),
      enabled: !waiting,
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    });
    return (options.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title ?? String(p.id) }));
  };
  return (
    <RemotePicker
      {...picker}
      placeholder={waiting && waitingPlaceholder ? waitingPlaceholder : placeholder}
      disabled={waiting}
      nothingFoundMessage={nothingFound}
      useOptions={useOptions}
    />
  );
};
