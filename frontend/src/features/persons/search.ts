import { z } from 'zod';
import { listFields } from '@/lib/listSearch';

export const SORTABLE = ['nameKey', 'birthDate', 'nationality', 'createdAt', 'updatedAt'] as const;

export const personSearchSchema = z.object({
  ...listFields(SORTABLE),
  nationality: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
});

export type PersonSearch = z.infer<typeof personSearchSchema>;
