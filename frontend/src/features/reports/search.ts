import { z } from 'zod';
import { dateRangeFields } from '@/lib/listSearch';

/** The comparison's state in the URL: a period, and whether old units count in today's (on unless turned off). */
export const provincesSearchSchema = z.object({
  ...dateRangeFields,
  named: z.boolean().optional().catch(undefined),
});
export type ProvincesSearch = z.infer<typeof provincesSearchSchema>;
