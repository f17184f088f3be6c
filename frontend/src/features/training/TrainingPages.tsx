import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { recordFormPages, type FormSlot } from '@/components/RecordPages';
import { useCourse, useCreateCourse, useUpdateCourse, type Course, type CourseInput } from './api';
import { CourseForm } from './CourseForm';
import { isClosed } from './search';

/** A closed course is not edited: the form gives way to the reason. */
const CourseFormOrClosed = (slot: FormSlot<CourseInput, Course>) => {
  const { t } = useTranslation('training');
  return slot.initial && isClosed(slot.initial.status) ? (
    <Alert color="yellow">{t('notEditable', { status: t(`statuses.${slot.initial.status}`) })}</Alert>
  ) : (
    <CourseForm {...slot} />
  );
};

export const { CreatePage: CourseCreatePage, EditPage: CourseEditPage } = recordFormPages({
  ns: 'training',
  list: '/training',
  detail: '/training/$id',
  maw: 1000,
  useCreate: useCreateCourse,
  useRecord: useCourse,
  useUpdate: useUpdateCourse,
  form: (slot) => <CourseFormOrClosed {...slot} />,
});
