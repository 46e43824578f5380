/** The office's exam types and subjects (PSR, O Level… and others it adds), edited beside the results. */
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { FormDrawer } from '../../../forms';
import { CodedListEditor, type CodedListCalls } from '../../common/CodedListEditor';

const examTypes: CodedListCalls = {
  load: () => call('results.examTypes', { includeArchived: true }),
  save: (d) => call('results.saveExamType', d),
  setArchived: (id, archived) => call('results.setExamTypeArchived', { id, archived }),
};
const subjects: CodedListCalls = {
  load: () => call('results.subjects', { includeArchived: true }),
  save: (d) => call('results.saveSubject', d),
  setArchived: (id, archived) => call('results.setSubjectArchived', { id, archived }),
};

export function ResultsLists({ onChanged, onClose }: { onChanged: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer onClose={onClose} position="right" size="xl" title={t('results.lists')} data-testid="results-lists">
      <Stack>
        <Title order={5}>{t('results.examTypes')}</Title>
        <CodedListEditor calls={examTypes} onChanged={onChanged} testId="list-exam-types" />
        <Title order={5} mt="md">{t('results.subjects')}</Title>
        <CodedListEditor calls={subjects} onChanged={onChanged} testId="list-subjects" />
      </Stack>
    </FormDrawer>
  );
}
