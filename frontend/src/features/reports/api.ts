import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '@/lib/api/client';
import type { ProvincesSearch } from './search';

/** The period and roll-up every report of the comparison is asked with. */
const query = (search: ProvincesSearch, asOf: string | undefined) => ({ groupBy: 'province' as const, from: search.from, to: search.to, asOf });

const options = { placeholderData: keepPreviousData, staleTime: 30_000 } as const;

/** The three reports grouped by province, each counted where its records belong (home, organizer, beneficiary). */
export const useProvinceReports = (search: ProvincesSearch, asOf: string | undefined) => {
  const delegations = useQuery({
    queryKey: ['delegations', 'report', 'province', search, asOf],
    queryFn: () => unwrap(api.GET('/api/v1/reports/delegations', { params: { query: query(search, asOf) } })),
    ...options,
  });
  const training = useQuery({
    queryKey: ['training', 'report', 'province', search, asOf],
    queryFn: () => unwrap(api.GET('/api/v1/reports/training', { params: { query: query(search, asOf) } })),
    ...options,
  });
  const aid = useQuery({
    queryKey: ['aid', 'report', 'province', search, asOf],
    // The JSON answer (the same path also serves CSV/XLSX, hence the wider generated type).
    queryFn: () => unwrap(api.GET('/api/v1/reports/aid', { params: { query: { ...query(search, asOf), currency: 'VND' } } })) as Promise<Schemas['AidReport']>,
    ...options,
  });
  return { delegations, training, aid };
};
