import { z } from 'zod';
import type { Schemas } from '@/lib/api/client';
import { enumValues } from '@/lib/api/enums';
import {
  activityKindValues,
  activityStatusValues,
  conferenceCompetenceValues,
  cooperationFieldValues,
  exchangeDirectionValues,
  messageOccasionValues,
  pillarValues,
} from '@/lib/api/schema';
import { listFields, optionalEnum } from '@/lib/listSearch';

export type ActivityKind = Schemas['ActivityKind'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type Pillar = Schemas['Pillar'];
export type CooperationField = Schemas['CooperationField'];

export const KINDS = enumValues(activityKindValues);
export const STATUSES = enumValues(activityStatusValues);
export const OCCASIONS = enumValues(messageOccasionValues);
export const DIRECTIONS = enumValues(exchangeDirectionValues);
export const COMPETENCES = enumValues(conferenceCompetenceValues);
export const PILLARS = enumValues(pillarValues);
export const FIELDS = enumValues(cooperationFieldValues);

export const SORTABLE = ['startDate', 'endDate', 'title', 'kind', 'status', 'createdAt', 'updatedAt'] as const;

export const activitySearchSchema = z.object({
  ...listFields(SORTABLE),
  kind: optionalEnum(KINDS),
  status: optionalEnum(STATUSES),
  overdue: z.literal(true).optional().catch(undefined),
});

export type ActivitySearch = z.infer<typeof activitySearchSchema>;

/** The parts a kind has of its own (the API refuses them on other kinds). */
export const hasExchange = (kind: ActivityKind | null) => kind === 'CONGRATULATORY_MESSAGE' || kind === 'GIFT_DONATION';
