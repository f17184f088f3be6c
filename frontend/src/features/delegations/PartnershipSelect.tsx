import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api/client';

type Props = {
  counterpartId: number | null;
  value: number | null;
  initialLabel?: string;
  error?: React.ReactNode;
  onChange: (id: number | null) => void;
};

/** The partnerships with the chosen counterpart: the API accepts no other. */
export const PartnershipSelect = ({ counterpartId, value, initialLabel, error, onChange }: Props) => {
  const { t } = useTranslation('delegations');
  // Under the partnerships key, so that saving a partnership refreshes this list too.
  const options = useQuery({
    queryKey: ['partnerships', 'options', 'partner', counterpartId],
    queryFn: () => unwrap(api.GET('/api/v1/partnerships', { params: { query: { partnerOrganizationId: counterpartId ?? 0, size: 100, sort: 'title' } } })),
    enabled: counterpartId !== null,
    staleTime: 30_000,
  });
  const data = (options.data?.items ?? []).map((p) => ({ value: String(p.id), label: p.title ?? String(p.id) }));
  if (value && initialLabel && !data.some((d) => d.value === String(value))) data.unshift({ value: String(value), label: initialLabel });

  return (
    <Select
      label={t('fields.partnership')}
      placeholder={counterpartId ? t('partnershipPlaceholder') : t('partnershipNeedsCounterpart')}
      disabled={!counterpartId}
      clearable
      searchable
      nothingFoundMessage={t('noPartnership')}
      data={data}
      value={value ? String(value) : null}
      onChange={(v) => onChange(v ? Number(v) : null)}
      error={error}
    />
  );
};
