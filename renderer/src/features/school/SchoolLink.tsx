/** A school's name or abbreviation that opens the school's page (inside a clickable row, only the page opens). */
import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from '../../navigation';

export function SchoolLink({ schoolId, name, children }: { schoolId: number; name: string; children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Anchor
      component="button"
      type="button"
      inherit
      ta="left"
      title={t('schoolPage.open', { name })}
      data-testid="school-link"
      onClick={(e) => {
        e.stopPropagation();
        navigate({ page: 'school', schoolId });
      }}
    >
      {children}
    </Anchor>
  );
}
