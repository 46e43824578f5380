/** The page of one school: its improvement plan for the year in brief, with the way into the plan's editor. */
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/dates';
import type { Sip } from '../../../../shared/sip/types';
import { call } from '../../api';
import { useNavigate } from '../../navigation';
import { notifyError } from '../../notify';

export function SipCard({ schoolId, year }: { schoolId: number; year: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sip, setSip] = useState<Sip | null>(null);
  useEffect(() => {
    call('sip.get', { schoolId, year }).then(setSip, notifyError);
  }, [schoolId, year]);
  const targets = sip?.priorities.flatMap((p) => p.targets) ?? [];
  const actions = sip?.priorities.flatMap((p) => p.actions) ?? [];
  const reviewed = sip?.reviews.filter((r) => r.findings !== '' || r.targets.length > 0).at(-1);
  return (
    <Card withBorder data-testid="school-sip">
      <Group justify="space-between" mb={4}>
        <Text fw={600}>{t('sip.card', { year })}</Text>
        <Button size="compact-xs" variant="light" disabled={!sip} onClick={() => navigate({ page: 'improvement', tab: 'sip', schoolId, year })} data-testid="school-sip-open">
          {sip?.id ? t('sip.cardOpen') : t('sip.cardCreate')}
        </Button>
      </Group>
      {sip && sip.id === null && <Text size="sm" c="dimmed">{t('sip.cardNone', { year })}</Text>}
      {sip?.id && (
        <Stack gap={2}>
          <Text size="sm" data-testid="school-sip-summary">
            {t('sip.cardSummary', { priorities: sip.priorities.length, targets: targets.length, actions: actions.length, done: actions.filter((a) => a.status === 'done').length })}
          </Text>
          {sip.priorities.slice(0, 4).map((p) => (
            <Text size="xs" key={p.id} lineClamp={1}>◦ {p.title}</Text>
          ))}
          <Group gap={6}>
            {reviewed ? (
              <Badge size="xs" variant="light">{t('sip.reviewOn', { number: reviewed.number, date: formatDate(reviewed.date) })}</Badge>
            ) : (
              <Text size="xs" c="dimmed">{t('sip.noReview')}</Text>
            )}
          </Group>
        </Stack>
      )}
    </Card>
  );
}
