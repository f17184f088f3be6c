import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { isApiError } from '@/lib/api/problem';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createAppRouter } from './router';
import { appTheme, cssVariablesResolver } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors (404, 403...) will not change on retry; network and 5xx failures might.
      retry: (count, error) => count < 2 && !(isApiError(error) && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const router = createAppRouter(queryClient);

export const App = () => {
  const { t } = useTranslation();
  // t changes with the language, and with it the close buttons' names.
  const theme = useMemo(() => appTheme(t), [t]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
};
