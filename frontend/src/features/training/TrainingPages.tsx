import { Alert } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RecordCreatePage, RecordEditPage } from '@/components/RecordPages';
import { useCourse, useCreateCourse, useUpdateCourse } from './api';
import { CourseForm } from './CourseForm';
import { isClosed } from './search';

export const CourseCreatePage = () => {
  const { t } = useTranslation(['training', 'common']);
  const navigate = useNavigate();
  return (
    <RecordCreatePage
      title={t('new')}
      maw={1000}
      create={useCreateCourse()}
      onCancel={() => void navigate({ to: '/training' })}
      onCreated={(saved) => void navigate({ to: '/training/$id', params: { id: saved.id ?? 0 } })}
      form={(slot) => <CourseForm {...slot} />}
    />
  );
};

export const CourseEditPage = ({ id }: { id: number }) => {
  const { t } = useTranslation(['training', 'common']);
  const navigate = useNavigate();
  return (
    <RecordEditPage
      title={t('editTitle')}
      maw={1000}
      current={useCourse(id)}
      update={useUpdateCourse(id)}
      onDone={() => void navigate({ to: '/training/$id', params: { id } })}
      form={(slot) =>
        slot.initial && isClosed(slot.initial.status) ? (
          <Alert color="yellow">{t('notEditable', { status: t(`statuses.${slot.initial.status}`) })}</Alert>
        ) : (
          <CourseForm {...slot} />
        )
      }
    />
  );
};
