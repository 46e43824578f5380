/** The office's own lists for visits: purposes of a visit and the lesson observation criteria. */
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { FormDrawer } from '../../forms';
import { CodedListEditor, type CodedListCalls } from '../common/CodedListEditor';
import { CriterionAspects } from '../wse/CriterionAspects';

const purposes: CodedListCalls = {
  load: () => call('visits.purposes', { includeArchived: true }),
  save: (d) => call('visits.savePurpose', d),
  setArchived: (id, archived) => call('visits.setPurposeArchived', { id, archived }),
};
const criteria: CodedListCalls = {
  load: () => call('rubric.list', { includeArchived: true }),
  save: (d) => call('rubric.save', d),
  setArchived: (id, archived) => call('rubric.setArchived', { id, archived }),
};

export function ListsSetup({ onChanged, onClose }: { onChanged: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormDrawer onClose={onClose} position="right" size="xl" title={t('visits.lists')} data-testid="visit-lists">
      <Stack>
        <Title order={5}>{t('visits.purposes')}</Title>
        <CodedListEditor calls={purposes} onChanged={onChanged} testId="list-purposes" />
        <Title order={5} mt="md">{t('visits.criteria')}</Title>
        <CodedListEditor calls={criteria} onChanged={onChanged} testId="list-rubric" />
        <Title order={5} mt="md">{t('wse.criterionAspects')}</Title>
        <CriterionAspects />
      </Stack>
    </FormDrawer>
  );
}
