/**
 * The initiative form's success measures: label in both languages, what is measured, the target, the exam
 * and subject of a result change, the count entered by hand; each saved measure shows its value now.
 */
import { ActionIcon, Badge, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MEASURE_KINDS, type InitiativeMeasures, type MeasureKind, type MeasuresOfYear, type MeasureValue } from '../../../../shared/attendance/types';
import type { Language } from '../../../../shared/dates';
import type { Form } from '../../forms';
import { formatAmount, formatBasis, statusColour, statusOf } from './measure-format';

export type MeasureDraft = {
  id?: number;
  version?: number;
  labelMs: string;
  labelEn: string;
  kind: MeasureKind;
  target: number | null;
  examTypeId: number | null;
  subjectId: number | null;
  countValue: number | null;
};
export type MeasuresDraft = { measures: MeasureDraft[]; removed: { id: number; version: number }[] };

export const measuresDraft = (m: InitiativeMeasures | undefined): MeasuresDraft => ({
  measures: (m?.measures ?? []).map((x) => ({ id: x.id, version: x.version, labelMs: x.labelMs, labelEn: x.labelEn, kind: x.kind, target: x.target, examTypeId: x.examTypeId, subjectId: x.subjectId, countValue: x.countValue })),
  removed: [],
});

const blankMeasure = (): MeasureDraft => ({ labelMs: '', labelEn: '', kind: 'leaders-attending', target: 100, examTypeId: null, subjectId: null, countValue: null });
const numberOrNull = (v: string | number) => (typeof v === 'number' ? v : v.trim() === '' ? null : Number(v));

export function MeasuresEditor({ form, saved, choices, canEdit }: {
  form: Form<MeasuresDraft>;
  /** The stored measures with their values, to show beside the rows they came from. */
  saved: InitiativeMeasures | undefined;
  choices: Pick<MeasuresOfYear, 'examTypes' | 'subjects'>;
  /** False for an initiative not saved yet. */
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { draft: d, update, at } = form;
  const change = (i: number, patch: Partial<MeasureDraft>) =>
    update((x) => ({ ...x, measures: x.measures.map((m, n) => (n === i ? { ...m, ...patch } : m)) }));
  const remove = (i: number) =>
    update((x) => {
      const gone = x.measures[i];
      return {
        measures: x.measures.filter((_, n) => n !== i),
        removed: gone?.id !== undefined && gone.version !== undefined ? [...x.removed, { id: gone.id, version: gone.version }] : x.removed,
      };
    });
  const name = (o: { code: string; nameMs: string; nameEn: string }) => `${o.code} – ${language === 'en' ? o.nameEn : o.nameMs}`;
  const valueOf = (id: number | undefined): MeasureValue | undefined => (id === undefined ? undefined : saved?.measures.find((m) => m.id === id));

  return (
    <Paper withBorder p="xs" data-testid="measures-editor">
      <Group justify="space-between" mb={4}>
        <Title order={5}>{t('attendance.measures')}</Title>
        {canEdit && (
          <Button size="xs" variant="light" onClick={() => update((x) => ({ ...x, measures: [...x.measures, blankMeasure()] }))} data-testid="measure-add">
            {t('attendance.addMeasure')}
          </Button>
        )}
      </Group>
      {!canEdit && <Text size="sm" c="dimmed">{t('attendance.saveFirst')}</Text>}
      <Stack gap="xs">
        {d.measures.map((m, i) => {
          const value = valueOf(m.id);
          const f = (field: string) => at(`measures.${i}.${field}`);
          return (
            <Stack key={m.id ?? `new-${i}`} gap={4} data-testid="measure-form-row" style={{ borderTop: i ? '1px solid var(--mantine-color-gray-3)' : undefined, paddingTop: i ? 6 : 0 }}>
              <SimpleGrid cols={2} spacing="xs">
                <TextInput size="xs" label={t('attendance.labelMs')} value={m.labelMs} {...f('labelMs')} onChange={(e) => change(i, { labelMs: e.currentTarget.value })} data-testid="measure-label-ms" />
                <TextInput size="xs" label={t('attendance.labelEn')} value={m.labelEn} {...f('labelEn')} onChange={(e) => change(i, { labelEn: e.currentTarget.value })} data-testid="measure-label-en" />
              </SimpleGrid>
              <Group gap="xs" align="flex-start">
                <Select
                  size="xs"
                  w={230}
                  label={t('attendance.kind')}
                  allowDeselect={false}
                  value={m.kind}
                  {...f('kind')}
                  data={MEASURE_KINDS.map((k) => ({ value: k, label: t(`attendance.kinds.${k}`) }))}
                  onChange={(v) => v && change(i, { kind: v })}
                  data-testid="measure-kind"
                />
                <NumberInput size="xs" w={90} label={t('attendance.target')} value={m.target ?? ''} {...f('target')} decimalScale={1} onChange={(v) => change(i, { target: numberOrNull(v) })} data-testid="measure-target" />
                {m.kind === 'result-change' && (
                  <>
                    <Select size="xs" w={190} label={t('attendance.examType')} value={m.examTypeId ? String(m.examTypeId) : null} {...f('examTypeId')} data={choices.examTypes.map((x) => ({ value: String(x.id), label: name(x) }))} onChange={(v) => change(i, { examTypeId: v ? Number(v) : null })} data-testid="measure-exam" />
                    <Select size="xs" w={170} label={t('attendance.subject')} clearable placeholder={t('attendance.allSubjects')} value={m.subjectId ? String(m.subjectId) : null} {...f('subjectId')} data={choices.subjects.map((x) => ({ value: String(x.id), label: name(x) }))} onChange={(v) => change(i, { subjectId: v ? Number(v) : null })} data-testid="measure-subject" />
                  </>
                )}
                {m.kind === 'count' && (
                  <NumberInput size="xs" w={110} label={t('attendance.countValue')} min={0} value={m.countValue ?? ''} {...f('countValue')} onChange={(v) => change(i, { countValue: numberOrNull(v) })} data-testid="measure-count" />
                )}
                <ActionIcon variant="subtle" color="red" ml="auto" mt={24} onClick={() => remove(i)} aria-label={t('attendance.removeMeasure')} title={t('attendance.removeMeasure')} data-testid="measure-remove">
                  ✕
                </ActionIcon>
              </Group>
              {value && (
                <Group gap="xs">
                  <Text size="xs">{t('attendance.value')}: <b>{formatAmount(value.kind, value.value, t)}</b> / {formatAmount(value.kind, value.target, t)}</Text>
                  <Badge size="xs" variant="light" color={statusColour[statusOf(value)]}>{t(`attendance.${statusOf(value)}`)}</Badge>
                  <Text size="xs" c="dimmed">{formatBasis(value, t)}</Text>
                </Group>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
