import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Any address the app does not know, inside the app's shell, with a way back. */
export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" maw={640}>
      <Title order={1} size="h2">
        {t('notFound.title')}
      </Title>
      <Text>{t('notFound.body')}</Text>
      <Button renderRoot={(props) => <Link to="/" {...props} />}>{t('notFound.back')}</Button>
    </Stack>
  );
};
