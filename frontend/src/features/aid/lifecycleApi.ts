import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { aidAlertValues, aidApprovalStatusValues, aidOpinionKindValues, aidOpinionVerdictValues } from '@/lib/api/schema';
import { enumValues } from '@/lib/api/enums';
import { aidKeys } from './api';

export type AidApprovalStatus = Schemas['AidApprovalStatus'];
export type AidAlert = Schemas['AidAlert'];
export type AidTransitionRequest = Schemas['AidTransitionRequest'];
export type AidOpinion = Schemas['AidOpinion'];
export type AidOpinionInput = Schemas['AidOpinionInput'];
export type AidOpinionKind = Schemas['AidOpinionKind'];
export type AidOpinionVerdict = Schemas['AidOpinionVerdict'];

export const APPROVAL_STATUSES = enumValues(aidApprovalStatusValues);
export const ALERTS = enumValues(aidAlertValues);
export const OPINION_KINDS = enumValues(aidOpinionKindValues);
export const VERDICTS = enumValues(aidOpinionVerdictValues);

/** The steps that hold an approval decision, as the API counts them. */
export const APPROVED_STEPS: readonly AidApprovalStatus[] = ['APPROVED', 'IMPLEMENTATION', 'COMPLETED'];

const lifecycleKeys = {
  transitions: (id: number) => ['aid', 'transitions', id] as const,
  opinions: (id: number) => ['aid', 'opinions', id] as const,
};

export const useAidTransitions = (id: number) =>
  useQuery({
    queryKey: lifecycleKeys.transitions(id),
    queryFn: () => unwrap(api.GET('/api/v1/aid-commitments/{id}/transitions', { params: { path: { id } } })),
  });

export const useAidTransition = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: AidTransitionRequest; version: number }) =>
      unwrap(api.POST('/api/v1/aid-commitments/{id}/transitions', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(aidKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: aidKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
};

export const useAidOpinions = (id: number) =>
  useQuery({
    queryKey: lifecycleKeys.opinions(id),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/aid-commitments/{commitmentId}/opinions', {
          params: { path: { commitmentId: id }, query: { sort: 'askedOn', size: 100 } },
        }),
      ),
  });

export const useSaveAidOpinion = (commitmentId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, current }: { body: AidOpinionInput; current?: AidOpinion }) =>
      current?.id
        ? unwrap(
            api.PUT('/api/v1/aid-commitments/{commitmentId}/opinions/{id}', {
              params: { path: { commitmentId, id: current.id }, header: { 'If-Match': ifMatch(current.version ?? 0) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/aid-commitments/{commitmentId}/opinions', { params: { path: { commitmentId } }, body })),
    // An opinion changes the commitment's ETag and history.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aidKeys.all }),
  });
};

export const useDeleteAidOpinion = (commitmentId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/aid-commitments/{commitmentId}/opinions/{id}', {
          params: { path: { commitmentId, id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aidKeys.all }),
  });
};

export type AidProgressReport = Schemas['AidProgressReport'];
export type AidProgressReportInput = Schemas['AidProgressReportInput'];

export const useAidProgressReports = (commitmentId: number) =>
  useQuery({
    queryKey: ['aid', 'progress-reports', commitmentId],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/aid-commitments/{commitmentId}/progress-reports', {
          params: { path: { commitmentId }, query: { sort: 'dueOn', size: 100 } },
        }),
      ),
  });

export const useSaveAidProgressReport = (commitmentId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, current }: { body: AidProgressReportInput; current?: AidProgressReport }) =>
      current?.id
        ? unwrap(
            api.PUT('/api/v1/aid-commitments/{commitmentId}/progress-reports/{id}', {
              params: { path: { commitmentId, id: current.id }, header: { 'If-Match': ifMatch(current.version ?? 0) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/aid-commitments/{commitmentId}/progress-reports', { params: { path: { commitmentId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aidKeys.all }),
  });
};

export const useDeleteAidProgressReport = (commitmentId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(
        api.DELETE('/api/v1/aid-commitments/{commitmentId}/progress-reports/{id}', {
          params: { path: { commitmentId, id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: aidKeys.all }),
  });
};
