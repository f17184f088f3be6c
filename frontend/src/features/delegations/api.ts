import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { DEFAULT_PAGE_SIZE } from '@/config/env';
import { uploadWithProgress } from '@/lib/api/upload';
import { isApiError } from '@/lib/api/problem';
import { sharedFilters, type DelegationSearch, type DelegationStatus } from './search';

export type Delegation = Schemas['Delegation'];
export type DelegationInput = Schemas['DelegationInput'];
export type Member = Schemas['Member'];
export type MemberInput = Schemas['MemberInput'];
export type Transition = Schemas['Transition'];
export type TransitionRequest = Schemas['TransitionRequest'];

export const delegationKeys = {
  all: ['delegations'] as const,
  list: (search: DelegationSearch) => ['delegations', 'list', search] as const,
  range: (filters: ReturnType<typeof sharedFilters>, from: string, to: string) => ['delegations', 'range', filters, from, to] as const,
  one: (id: number) => ['delegations', 'one', id] as const,
  members: (id: number) => ['delegations', 'members', id] as const,
  transitions: (id: number) => ['delegations', 'transitions', id] as const,
};

export const useDelegations = (search: DelegationSearch) =>
  useQuery({
    queryKey: delegationKeys.list(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/delegations', {
          params: {
            query: { ...sharedFilters(search), from: search.from, to: search.to, sort: search.sort, page: search.page, size: DEFAULT_PAGE_SIZE },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** The delegations overlapping a calendar's visible days; a month holds far fewer than the API's largest page. */
export const useDelegationsBetween = (search: DelegationSearch, from: string, to: string, enabled: boolean) =>
  useQuery({
    // Not the whole URL state: the month or the list's page changing must not refetch the same days.
    queryKey: delegationKeys.range(sharedFilters(search), from, to),
    enabled,
    queryFn: () => unwrap(api.GET('/api/v1/delegations', { params: { query: { ...sharedFilters(search), from, to, sort: 'startDate', size: 100 } } })),
    placeholderData: keepPreviousData,
  });

export const useDelegation = (id: number) =>
  useQuery({
    queryKey: delegationKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/delegations/{id}', { params: { path: { id } } })),
  });

export const useMembers = (id: number) =>
  useQuery({
    queryKey: delegationKeys.members(id),
    queryFn: () => unwrap(api.GET('/api/v1/delegations/{id}/members', { params: { path: { id } } })),
  });

export const useTransitions = (id: number) =>
  useQuery({
    queryKey: delegationKeys.transitions(id),
    queryFn: () => unwrap(api.GET('/api/v1/delegations/{id}/transitions', { params: { path: { id } } })),
  });

type SaveArgs = {
  current?: Delegation;
  body: DelegationInput;
  /** Left out when the list is unchanged: replacing it would only bump the version. */
  members?: MemberInput[];
  /** Told as soon as the delegation itself is stored, so that a failed member list can be retried against it. */
  onStored: (saved: Delegation) => void;
};

/** Saves the delegation, then its member list with the version the first save answered. */
export const useSaveDelegation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ current, body, members, onStored }: SaveArgs) => {
      let saved = current?.id
        ? await unwrap(
            api.PUT('/api/v1/delegations/{id}', { params: { path: { id: current.id }, header: { 'If-Match': ifMatch(current.version ?? 0) } }, body }),
          )
        : await unwrap(api.POST('/api/v1/delegations', { body }));
      onStored(saved);
      if (members) {
        saved = await unwrap(
          api.PUT('/api/v1/delegations/{id}/members', {
            params: { path: { id: saved.id ?? 0 }, header: { 'If-Match': ifMatch(saved.version ?? 0) } },
            body: { members },
          }),
        );
        onStored(saved);
      }
      return saved;
    },
    onSuccess: (saved) => {
      if (saved.id) queryClient.setQueryData(delegationKeys.one(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: delegationKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    },
    // After a half-done save the open form keeps what the user typed: refetching the record would reset it.
    onError: () => queryClient.invalidateQueries({ queryKey: delegationKeys.all, predicate: (q) => q.queryKey[1] === 'list' || q.queryKey[1] === 'range' }),
  });
};

export const useDeleteDelegation = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/delegations/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    // Not the deleted record itself: the open detail page would refetch it and flash a 404.
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: delegationKeys.all, predicate: (q) => q.queryKey[2] !== id }),
  });
};

type StepPaper = { file: File; kind: 'DECISION' | 'REPORT'; title: string };

const attach = (id: number, paper: StepPaper) => {
  const form = new FormData();
  form.append('file', paper.file);
  form.append('kind', paper.kind);
  form.append('title', paper.title);
  return uploadWithProgress(`/api/v1/delegations/${id}/attachments`, form, () => undefined);
};

/**
 * Moves the delegation one step. A report is attached before completing (the API completes with the report as text or
 * as a file); a decision's paper after approving, so that a refused approval leaves no stray file.
 */
export const useTransition = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, version, paper }: { body: TransitionRequest & { to: DelegationStatus }; version: number; paper?: StepPaper }) => {
      // A retry after a refused step finds its report already there: that is the same paper, not an error.
      if (paper?.kind === 'REPORT')
        await attach(id, paper).catch((e: unknown) => {
          if (!(isApiError(e) && e.problem.code === 'attachment-duplicate')) throw e;
        });
      const saved = await unwrap(
        api.POST('/api/v1/delegations/{id}/transitions', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
      );
      if (paper?.kind === 'DECISION') await attach(id, paper);
      return saved;
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(delegationKeys.one(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['attachments'] });
      return queryClient.invalidateQueries({ queryKey: delegationKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    },
  });
};

/** The office's settings: which approving authorities it accepts, how many days the report is due after return. */
export const useDelegationRules = (enabled = true) =>
  useQuery({
    enabled,
    queryKey: ['delegations', 'rules'],
    queryFn: () => unwrap(api.GET('/api/v1/delegations/rules')),
    staleTime: Infinity,
  });

export type ProgrammeItemInput = Schemas['ProgrammeItemInput'];

export const useProgramme = (id: number) =>
  useQuery({
    queryKey: ['delegations', 'programme', id],
    queryFn: () => unwrap(api.GET('/api/v1/delegations/{id}/programme', { params: { path: { id } } })),
  });

/** Replaces the whole programme; the delegation's new version comes back with it. */
export const useSaveProgramme = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ items, version }: { items: ProgrammeItemInput[]; version: number }) =>
      unwrap(api.PUT('/api/v1/delegations/{id}/programme', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body: { items } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(delegationKeys.one(id), saved);
      return queryClient.invalidateQueries({ queryKey: ['delegations', 'programme', id] });
    },
  });
};
