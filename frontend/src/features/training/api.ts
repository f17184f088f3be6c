import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap, type Schemas } from '@/lib/api/client';
import { DEFAULT_PAGE_SIZE } from '@/config/env';
import { sharedFilters, type CourseStatus, type TrainingSearch } from './search';
import { exportLanguage, saveDownload } from '@/lib/download';

export type Course = Schemas['TrainingCourse'];
export type CourseInput = Schemas['TrainingCourseInput'];
export type Participant = Schemas['TrainingParticipant'];
export type ParticipantInput = Schemas['TrainingParticipantInput'];
export type Session = Schemas['TrainingSession'];
export type SessionInput = Schemas['TrainingSessionInput'];
export type Grid = Schemas['AttendanceGrid'];
export type Mark = Schemas['AttendanceMark'];
export type Completion = Schemas['TrainingCompletion'];
export type ImportResult = Schemas['TrainingImportResult'];

export const trainingKeys = {
  all: ['training-courses'] as const,
  list: (search: TrainingSearch) => ['training-courses', 'list', search] as const,
  range: (filters: ReturnType<typeof sharedFilters>, from: string, to: string) => ['training-courses', 'range', filters, from, to] as const,
  one: (id: number) => ['training-courses', 'one', id] as const,
  participants: (id: number) => ['training-courses', 'participants', id] as const,
  sessions: (id: number) => ['training-courses', 'sessions', id] as const,
  grid: (id: number) => ['training-courses', 'grid', id] as const,
  transitions: (id: number) => ['training-courses', 'transitions', id] as const,
};

export const useCourses = (search: TrainingSearch) =>
  useQuery({
    queryKey: trainingKeys.list(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/training-courses', {
          params: { query: { ...sharedFilters(search), from: search.from, to: search.to, sort: search.sort, page: search.page, size: DEFAULT_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

/** The courses overlapping a calendar's visible days. */
export const useCoursesBetween = (search: TrainingSearch, from: string, to: string, enabled: boolean) =>
  useQuery({
    queryKey: trainingKeys.range(sharedFilters(search), from, to),
    enabled,
    queryFn: () => unwrap(api.GET('/api/v1/training-courses', { params: { query: { ...sharedFilters(search), from, to, sort: 'startDate', size: 100 } } })),
    placeholderData: keepPreviousData,
  });

export const useCourse = (id: number) =>
  useQuery({
    queryKey: trainingKeys.one(id),
    queryFn: () => unwrap(api.GET('/api/v1/training-courses/{id}', { params: { path: { id } } })),
  });

/** Every participant of the course in registration order (a course holds a few hundred at most: the pages are joined). */
export const useParticipants = (courseId: number) =>
  useQuery({
    queryKey: trainingKeys.participants(courseId),
    queryFn: async () => {
      const all: Participant[] = [];
      for (let page = 0; ; page++) {
        // The operation also answers CSV and XLSX; the JSON page is what this call asks for.
        const data = (await unwrap(
          api.GET('/api/v1/training-courses/{courseId}/participants', { params: { path: { courseId }, query: { page, size: 100 } } }),
        )) as Schemas['PageResultTrainingParticipant'];
        all.push(...(data.items ?? []));
        if (page + 1 >= (data.totalPages ?? 0)) return all;
      }
    },
  });

export const useSessions = (courseId: number) =>
  useQuery({
    queryKey: trainingKeys.sessions(courseId),
    queryFn: () => unwrap(api.GET('/api/v1/training-courses/{courseId}/sessions', { params: { path: { courseId }, query: { size: 100 } } })),
  });

export const useGrid = (courseId: number) =>
  useQuery({
    queryKey: trainingKeys.grid(courseId),
    queryFn: () => unwrap(api.GET('/api/v1/training-courses/{id}/attendance', { params: { path: { id: courseId } } })) as Promise<Grid>,
  });

export const useCourseTransitions = (id: number) =>
  useQuery({
    queryKey: trainingKeys.transitions(id),
    queryFn: () => unwrap(api.GET('/api/v1/training-courses/{id}/transitions', { params: { path: { id } } })),
  });

/** After any change to a course's people, sessions or marks, everything shown about it is read again. */
const useRefresh = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trainingKeys.all });
};

export const useCreateCourse = () => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CourseInput) => unwrap(api.POST('/api/v1/training-courses', { body })),
    onSuccess: () => refresh(),
  });
};

export const useUpdateCourse = (id: number) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ body, version }: { body: CourseInput; version: number }) =>
      unwrap(api.PUT('/api/v1/training-courses/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: () => refresh(),
  });
};

export const useDeleteCourse = () =>
  useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/training-courses/{id}', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
  });

export const useCourseTransition = (id: number) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ to, version }: { to: CourseStatus; version: number }) =>
      unwrap(api.POST('/api/v1/training-courses/{id}/transitions', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body: { to } })),
    onSuccess: () => refresh(),
  });
};

export const useCompletion = (id: number) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/v1/training-courses/{id}/completion', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => refresh(),
  });
};

export const useRegister = (courseId: number) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ParticipantInput) => unwrap(api.POST('/api/v1/training-courses/{courseId}/participants', { params: { path: { courseId } }, body })),
    onSuccess: () => refresh(),
  });
};

export const useCancelParticipant = (courseId: number) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(
        api.POST('/api/v1/training-courses/{courseId}/participants/{id}/cancellation', {
          params: { path: { courseId, id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => refresh(),
  });
};

export const useImportParticipants = (courseId: number) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return unwrap(
        api.POST('/api/v1/training-courses/{courseId}/participants/import', {
          params: { path: { courseId } },
          // The browser sets the multipart boundary itself.
          body: form as unknown as { file: string },
          bodySerializer: (body) => body as unknown as FormData,
        }),
      );
    },
    onSuccess: () => refresh(),
  });
};

export const useSaveSession = (courseId: number) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ current, body }: { current?: Session; body: SessionInput }) =>
      current?.id
        ? unwrap(
            api.PUT('/api/v1/training-courses/{courseId}/sessions/{id}', {
              params: { path: { courseId, id: current.id }, header: { 'If-Match': ifMatch(current.version ?? 0) } },
              body,
            }),
          )
        : unwrap(api.POST('/api/v1/training-courses/{courseId}/sessions', { params: { path: { courseId } }, body })),
    onSuccess: () => refresh(),
  });
};

export const useDeleteSession = (courseId: number) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) =>
      unwrap(api.DELETE('/api/v1/training-courses/{courseId}/sessions/{id}', { params: { path: { courseId, id }, header: { 'If-Match': ifMatch(version) } } })),
    onSuccess: () => refresh(),
  });
};

/** Saves the changed sessions' sheets one after the other (each replaces that session's whole sheet). */
export const useMarkAttendance = (courseId: number) => {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: async (sheets: { sessionId: number; version: number; marks: Mark[] }[]) => {
      for (const sheet of sheets) {
        await unwrap(
          api.PUT('/api/v1/training-courses/{courseId}/sessions/{id}/attendance', {
            params: { path: { courseId, id: sheet.sessionId }, header: { 'If-Match': ifMatch(sheet.version) } },
            body: { marks: sheet.marks },
          }),
        );
      }
    },
    onSettled: () => refresh(),
  });
};

/** Downloads an export with the session's credentials and hands it to the browser as a file. */
export const download = (path: 'participants' | 'attendance', courseId: number, format: 'csv' | 'xlsx', lng: string) =>
  saveDownload(
    path === 'participants'
      ? api.GET('/api/v1/training-courses/{courseId}/participants', {
          params: { path: { courseId }, query: { format } },
          headers: exportLanguage(lng),
          parseAs: 'blob',
        })
      : api.GET('/api/v1/training-courses/{id}/attendance', {
          params: { path: { id: courseId }, query: { format } },
          headers: exportLanguage(lng),
          parseAs: 'blob',
        }),
    `training-${courseId}-${path}.${format}`,
  );
