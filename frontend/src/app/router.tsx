import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, lazyRouteComponent, redirect, Outlet, useNavigate, useParams } from '@tanstack/react-router';
import { lazy, Suspense, type ComponentType } from 'react';
import { z } from 'zod';
import { ErrorState, LoadingState } from '@/components/States';
import { api, setUnauthorizedHandler, unwrap } from '@/lib/api/client';
import { session } from '@/lib/auth/session';
import { meQueryKey } from '@/lib/auth/useMe';
import { LoginPage } from '@/features/auth/LoginPage';
import { DashboardPage } from '@/features/dashboard/DashboardPage';
import { OrganizationCreatePage, OrganizationDetailPage, OrganizationEditPage } from '@/features/organizations/OrganizationPages';
import { OrganizationsPage } from '@/features/organizations/OrganizationsPage';
import { organizationSearchSchema } from '@/features/organizations/search';
import { PartnershipCreatePage, PartnershipDetailPage, PartnershipEditPage } from '@/features/partnerships/PartnershipPages';
import { PartnershipsPage } from '@/features/partnerships/PartnershipsPage';
import { partnershipSearchSchema } from '@/features/partnerships/search';
import { DelegationDetailPage } from '@/features/delegations/DelegationDetailPage';
import { DelegationCreatePage, DelegationEditPage } from '@/features/delegations/DelegationPages';
import { DelegationsPage } from '@/features/delegations/DelegationsPage';
import { delegationSearchSchema } from '@/features/delegations/search';
import { AidCommitmentsPage } from '@/features/aid/AidCommitmentsPage';
import { AidCreatePage, AidDetailPage, AidEditPage } from '@/features/aid/AidPages';
import { ProvincesReportPage } from '@/features/reports/ProvincesReportPage';
import { ActivitiesPage } from '@/features/activities/ActivitiesPage';
import { ActivityCreatePage, ActivityDetailPage, ActivityEditPage } from '@/features/activities/ActivityPages';
import { activitySearchSchema } from '@/features/activities/search';
import { StayCreatePage, StayDetailPage, StayEditPage } from '@/features/stays/StayPages';
import { StaysPage } from '@/features/stays/StaysPage';
import { staySearchSchema } from '@/features/stays/search';
import { periodicSearchSchema } from '@/features/reports/periodic';
import { PeriodicReportPage } from '@/features/reports/PeriodicReportPage';
import { PresenceReportPage } from '@/features/registrations/PresenceReportPage';
import { RegistrationCreatePage, RegistrationDetailPage, RegistrationEditPage } from '@/features/registrations/RegistrationPages';
import { RegistrationsPage } from '@/features/registrations/RegistrationsPage';
import { PersonCreatePage, PersonDetailPage, PersonEditPage } from '@/features/persons/PersonPages';
import { PersonsPage } from '@/features/persons/PersonsPage';
import { personSearchSchema } from '@/features/persons/search';
import { presenceSearchSchema, registrationSearchSchema } from '@/features/registrations/search';
import { provincesSearchSchema } from '@/features/reports/search';
import { aidReportSearchSchema, aidSearchSchema, exchangeRateSearchSchema } from '@/features/aid/codes';
import { ExchangeRatesPage } from '@/features/aid/ExchangeRatesPage';
import { CourseDetailPage } from '@/features/training/CourseDetailPage';
import { detailSearchSchema, trainingSearchSchema } from '@/features/training/search';
import { CourseCreatePage, CourseEditPage } from '@/features/training/TrainingPages';
import { TrainingCoursesPage } from '@/features/training/TrainingCoursesPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

// The report carries the chart library: it loads only when opened.
const AidReportPage = lazy(() => import('@/features/aid/AidReportPage').then((m) => ({ default: m.AidReportPage })));

type Context = { queryClient: QueryClient };

const fetchMe = (queryClient: QueryClient) =>
  queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: () => unwrap(api.GET('/api/v1/auth/me')), staleTime: 60_000 });

const rootRoute = createRootRouteWithContext<Context>()({ component: Outlet });

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: z.object({ redirect: z.string().optional().catch(undefined), expired: z.boolean().optional().catch(undefined) }),
  component: function Login() {
    const { redirect: target, expired } = loginRoute.useSearch();
    const navigate = useNavigate();
    // Only same-app paths: a crafted ?redirect must not send the user elsewhere.
    const safe = target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
    return <LoginPage expired={expired === true} onLoggedIn={() => void navigate({ to: safe })} />;
  },
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ location, context }) => {
    if (!session.token()) throw redirect({ to: '/login', search: { redirect: location.href } });
    // The first admin's initial password must be changed before anything else answers.
    const me = await fetchMe(context.queryClient);
    if (me.passwordChangeRequired && location.pathname !== '/account') throw redirect({ to: '/account' });
  },
  component: Shell,
});

const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  id: 'admin',
  beforeLoad: async ({ context }) => {
    const me = await fetchMe(context.queryClient);
    if (me.role !== 'ADMIN') throw redirect({ to: '/' });
  },
});

// Forms: a viewer who types their address is sent back rather than shown a form it cannot save.
const editorRoute = createRoute({
  getParentRoute: () => appRoute,
  id: 'editor',
  beforeLoad: async ({ context }) => {
    const me = await fetchMe(context.queryClient);
    if (me.role !== 'ADMIN' && me.role !== 'EDITOR') throw redirect({ to: '/' });
  },
});

const routes = [
  createRoute({ getParentRoute: () => appRoute, path: '/', component: DashboardPage }),
  // Anything else: a page inside the shell rather than the router's bare default.
  createRoute({ getParentRoute: () => appRoute, path: '$', component: NotFoundPage }),
  createRoute({ getParentRoute: () => appRoute, path: '/account', component: lazyRouteComponent(() => import('@/features/auth/AccountPage'), 'AccountPage') }),
];

const organizationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organizations',
  validateSearch: organizationSearchSchema,
  component: function Organizations() {
    const search = organizationsRoute.useSearch();
    const navigate = organizationsRoute.useNavigate();
    return <OrganizationsPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});

/** A record's page, given the numeric id its route parsed. */
const withId = (Page: ComponentType<{ id: number }>) =>
  function RecordPage() {
    const { id } = useParams({ strict: false }) as { id: number };
    return <Page id={id} />;
  };

const idParams = {
  parse: (p: { id: string }) => ({ id: z.coerce.number().int().positive().parse(p.id) }),
  stringify: (p: { id: number }) => ({ id: String(p.id) }),
};

const organizationNewRoute = createRoute({ getParentRoute: () => editorRoute, path: '/organizations/new', component: OrganizationCreatePage });
const organizationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/organizations/$id',
  params: idParams,
  component: withId(OrganizationDetailPage),
});
const organizationEditRoute = createRoute({
  getParentRoute: () => editorRoute,
  path: '/organizations/$id/edit',
  params: idParams,
  component: withId(OrganizationEditPage),
});

const partnershipsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/partnerships',
  validateSearch: partnershipSearchSchema,
  component: function Partnerships() {
    const search = partnershipsRoute.useSearch();
    const navigate = partnershipsRoute.useNavigate();
    return <PartnershipsPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const partnershipNewRoute = createRoute({ getParentRoute: () => editorRoute, path: '/partnerships/new', component: PartnershipCreatePage });
const partnershipRoute = createRoute({ getParentRoute: () => appRoute, path: '/partnerships/$id', params: idParams, component: withId(PartnershipDetailPage) });
const partnershipEditRoute = createRoute({
  getParentRoute: () => editorRoute,
  path: '/partnerships/$id/edit',
  params: idParams,
  component: withId(PartnershipEditPage),
});

const delegationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/delegations',
  validateSearch: delegationSearchSchema,
  component: function Delegations() {
    const search = delegationsRoute.useSearch();
    const navigate = delegationsRoute.useNavigate();
    return <DelegationsPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const delegationNewRoute = createRoute({ getParentRoute: () => editorRoute, path: '/delegations/new', component: DelegationCreatePage });
const delegationRoute = createRoute({ getParentRoute: () => appRoute, path: '/delegations/$id', params: idParams, component: withId(DelegationDetailPage) });
const delegationEditRoute = createRoute({
  getParentRoute: () => editorRoute,
  path: '/delegations/$id/edit',
  params: idParams,
  component: withId(DelegationEditPage),
});

const trainingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/training',
  validateSearch: trainingSearchSchema,
  component: function Training() {
    const search = trainingRoute.useSearch();
    const navigate = trainingRoute.useNavigate();
    return <TrainingCoursesPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const trainingNewRoute = createRoute({ getParentRoute: () => editorRoute, path: '/training/new', component: CourseCreatePage });
const trainingCourseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/training/$id',
  params: idParams,
  validateSearch: detailSearchSchema,
  component: function TrainingCourse() {
    const { id } = trainingCourseRoute.useParams();
    const { tab } = trainingCourseRoute.useSearch();
    const navigate = trainingCourseRoute.useNavigate();
    return <CourseDetailPage id={id} tab={tab} onTab={(next) => void navigate({ search: { tab: next === 'overview' ? undefined : next }, replace: true })} />;
  },
});
const trainingEditRoute = createRoute({ getParentRoute: () => editorRoute, path: '/training/$id/edit', params: idParams, component: withId(CourseEditPage) });
// The printable sheet is opened now and then: its code loads when opened.
const SignInSheet = lazyRouteComponent(() => import('@/features/training/SignInSheetPage'), 'SignInSheetPage');
const trainingSignInRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/training/$id/sessions/$sessionId/sign-in',
  params: {
    parse: (p: { id: string; sessionId: string }) => ({
      id: z.coerce.number().int().positive().parse(p.id),
      sessionId: z.coerce.number().int().positive().parse(p.sessionId),
    }),
    stringify: (p: { id: number; sessionId: number }) => ({ id: String(p.id), sessionId: String(p.sessionId) }),
  },
  component: function TrainingSignIn() {
    const { id, sessionId } = trainingSignInRoute.useParams();
    return <SignInSheet id={id} sessionId={sessionId} />;
  },
});
const aidRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/aid',
  validateSearch: aidSearchSchema,
  component: function Aid() {
    const search = aidRoute.useSearch();
    const navigate = aidRoute.useNavigate();
    return <AidCommitmentsPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const aidNewRoute = createRoute({ getParentRoute: () => editorRoute, path: '/aid/new', component: AidCreatePage });
const aidReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/aid/report',
  validateSearch: aidReportSearchSchema,
  component: function AidReport() {
    const search = aidReportRoute.useSearch();
    const navigate = aidReportRoute.useNavigate();
    return (
      <Suspense fallback={<LoadingState />}>
        <AidReportPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />
      </Suspense>
    );
  },
});
const provincesReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/provinces',
  validateSearch: provincesSearchSchema,
  component: function ProvincesReport() {
    const search = provincesReportRoute.useSearch();
    const navigate = provincesReportRoute.useNavigate();
    return <ProvincesReportPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const activitiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/activities',
  validateSearch: activitySearchSchema,
  component: function Activities() {
    const search = activitiesRoute.useSearch();
    const navigate = activitiesRoute.useNavigate();
    return <ActivitiesPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const activityNewRoute = createRoute({ getParentRoute: () => editorRoute, path: '/activities/new', component: ActivityCreatePage });
const activityRoute = createRoute({ getParentRoute: () => appRoute, path: '/activities/$id', params: idParams, component: withId(ActivityDetailPage) });
const activityEditRoute = createRoute({
  getParentRoute: () => editorRoute,
  path: '/activities/$id/edit',
  params: idParams,
  component: withId(ActivityEditPage),
});
const staysRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/stays',
  validateSearch: staySearchSchema,
  component: function Stays() {
    const search = staysRoute.useSearch();
    const navigate = staysRoute.useNavigate();
    return <StaysPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const stayNewRoute = createRoute({ getParentRoute: () => editorRoute, path: '/stays/new', component: StayCreatePage });
const stayRoute = createRoute({ getParentRoute: () => appRoute, path: '/stays/$id', params: idParams, component: withId(StayDetailPage) });
const stayEditRoute = createRoute({ getParentRoute: () => editorRoute, path: '/stays/$id/edit', params: idParams, component: withId(StayEditPage) });
const periodicReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/periodic',
  validateSearch: periodicSearchSchema,
  component: function PeriodicReport() {
    const search = periodicReportRoute.useSearch();
    const navigate = periodicReportRoute.useNavigate();
    return <PeriodicReportPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const registrationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ngo-registrations',
  validateSearch: registrationSearchSchema,
  component: function Registrations() {
    const search = registrationsRoute.useSearch();
    const navigate = registrationsRoute.useNavigate();
    return <RegistrationsPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const personsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/persons',
  validateSearch: personSearchSchema,
  component: function Persons() {
    const search = personsRoute.useSearch();
    const navigate = personsRoute.useNavigate();
    return <PersonsPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const personNewRoute = createRoute({ getParentRoute: () => editorRoute, path: '/persons/new', component: PersonCreatePage });
const personRoute = createRoute({ getParentRoute: () => appRoute, path: '/persons/$id', params: idParams, component: withId(PersonDetailPage) });
const personEditRoute = createRoute({ getParentRoute: () => editorRoute, path: '/persons/$id/edit', params: idParams, component: withId(PersonEditPage) });
const registrationNewRoute = createRoute({ getParentRoute: () => editorRoute, path: '/ngo-registrations/new', component: RegistrationCreatePage });
const registrationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/ngo-registrations/$id',
  params: idParams,
  component: withId(RegistrationDetailPage),
});
const registrationEditRoute = createRoute({
  getParentRoute: () => editorRoute,
  path: '/ngo-registrations/$id/edit',
  params: idParams,
  component: withId(RegistrationEditPage),
});
const presenceReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports/ngo-registrations',
  validateSearch: presenceSearchSchema,
  component: function PresenceReport() {
    const search = presenceReportRoute.useSearch();
    const navigate = presenceReportRoute.useNavigate();
    return <PresenceReportPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const exchangeRatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/aid/exchange-rates',
  validateSearch: exchangeRateSearchSchema,
  component: function ExchangeRates() {
    const search = exchangeRatesRoute.useSearch();
    const navigate = exchangeRatesRoute.useNavigate();
    return <ExchangeRatesPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />;
  },
});
const aidOneRoute = createRoute({ getParentRoute: () => appRoute, path: '/aid/$id', params: idParams, component: withId(AidDetailPage) });
const aidEditRoute = createRoute({ getParentRoute: () => editorRoute, path: '/aid/$id/edit', params: idParams, component: withId(AidEditPage) });

// Administration is for few users: its code loads only when opened.
const usersRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/admin/users',
  component: lazyRouteComponent(() => import('@/features/admin/UsersPage'), 'UsersPage'),
});
const apiKeysRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/admin/api-keys',
  component: lazyRouteComponent(() => import('@/features/admin/ApiKeysPage'), 'ApiKeysPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    ...routes,
    organizationsRoute,
    organizationRoute,
    partnershipsRoute,
    partnershipRoute,
    delegationsRoute,
    delegationRoute,
    aidRoute,
    aidReportRoute,
    provincesReportRoute,
    registrationsRoute,
    registrationRoute,
    personsRoute,
    personRoute,
    activitiesRoute,
    activityRoute,
    staysRoute,
    stayRoute,
    periodicReportRoute,
    presenceReportRoute,
    exchangeRatesRoute,
    aidOneRoute,
    trainingRoute,
    trainingCourseRoute,
    trainingSignInRoute,
    editorRoute.addChildren([
      organizationNewRoute,
      organizationEditRoute,
      partnershipNewRoute,
      partnershipEditRoute,
      delegationNewRoute,
      delegationEditRoute,
      aidNewRoute,
      aidEditRoute,
      trainingNewRoute,
      trainingEditRoute,
      registrationNewRoute,
      registrationEditRoute,
      personNewRoute,
      personEditRoute,
      activityNewRoute,
      activityEditRoute,
      stayNewRoute,
      stayEditRoute,
    ]),
    adminRoute.addChildren([usersRoute, apiKeysRoute]),
  ]),
]);

export const createAppRouter = (queryClient: QueryClient) => {
  const router = createRouter({
    routeTree,
    context: { queryClient },
    scrollRestoration: true,
    defaultErrorComponent: ({ error }) => <ErrorState error={error} />,
  });
  // Any 401 (expired or revoked token, disabled account) ends the session and returns to the login page.
  let expiring = false;
  setUnauthorizedHandler(() => {
    queryClient.clear();
    const here = router.state.location.href;
    if (router.state.location.pathname === '/login') return;
    expiring = true;
    void router.navigate({ to: '/login', search: { redirect: here, expired: true } }).finally(() => {
      expiring = false;
    });
  });
  // A logout (or a session ended in another tab) goes to the login page without a reason to give.
  session.subscribe(() => {
    if (!session.token() && !expiring && router.state.location.pathname !== '/login') {
      queryClient.clear();
      void router.navigate({ to: '/login', search: { redirect: undefined } });
    }
  });
  return router;
};

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
