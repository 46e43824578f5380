/** One event, one date of a series, or a whole series: the same form, saved and validated like any other. */
import { Button, Checkbox, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolSummary, TeamMember } from '../../../../shared/domain';
import { weeklyOn } from '../../../../shared/plan/recurrence';
import type { CalendarEvent, Initiative } from '../../../../shared/plan/types';
import { submit } from '../plan/PlanForms';

export type EventDraft = Omit<CalendarEvent, 'id' | 'seriesId' | 'occurrenceDate' | 'version'> & { id?: number; version?: number };
/** What the form edits: a new or one-off event, a whole series, or one date of a series. */
export type EventScope = { kind: 'event' } | { kind: 'series' } | { kind: 'occurrence'; seriesId: number; date: string };

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'MO';

export const blankEvent = (startDate: string, endDate = startDate): EventDraft => ({
  title: '', startDate, endDate, allDay: true, startTime: null, endTime: null, place: '', notes: '',
  initiativeId: null, phaseId: null, schoolIds: [], personIds: [], rrule: null, repeatUntil: null, skips: [],
});

export function EventForm({ draft, scope, initiatives, schools, team, onSave, onDelete, onSkip, onClose }: {
  draft: EventDraft;
  scope: EventScope;
  initiatives: Initiative[];
  schools: SchoolSummary[];
  team: TeamMember[];
  onSave: (d: EventDraft) => Promise<unknown>;
  onDelete?: () => Promise<unknown>;
  onSkip?: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [d, setD] = useState(draft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<EventDraft>) => setD((x) => ({ ...x, ...patch }));
  const initiative = initiatives.find((i) => i.id === d.initiativeId);
  const phases = initiative?.lanes.flatMap((l) => l.phases) ?? [];
  const repeat = d.rrule === null ? 'none' : d.rrule === weeklyOn(weekdayOf(d.startDate)) ? 'weekly' : 'custom';
  const title =
    scope.kind === 'occurrence' ? t('calendar.editOccurrence', { date: scope.date }) : scope.kind === 'series' ? t('calendar.editSeries') : d.id ? t('calendar.editEvent') : t('calendar.newEvent');

  return (
    <Modal opened onClose={onClose} size="lg" title={title} data-testid="event-form">
      <form onSubmit={(e) => { e.preventDefault(); void submit(() => onSave(d), setErrors).then((ok) => ok && onClose()); }}>
        <Stack gap="sm">
          <TextInput label={t('calendar.eventTitle')} data-autofocus value={d.title} error={errors.title} onChange={(e) => set({ title: e.currentTarget.value })} data-testid="event-title" />
          <SimpleGrid cols={2}>
            <TextInput type="date" label={t('calendar.startDate')} value={d.startDate} error={errors.startDate} onChange={(e) => set({ startDate: e.currentTarget.value })} data-testid="event-start" />
            <TextInput type="date" label={t('calendar.endDate')} value={d.endDate} error={errors.endDate} onChange={(e) => set({ endDate: e.currentTarget.value })} data-testid="event-end" />
          </SimpleGrid>
          <Checkbox label={t('calendar.allDay')} checked={d.allDay} onChange={(e) => set({ allDay: e.currentTarget.checked })} data-testid="event-all-day" />
          {!d.allDay && (
            <SimpleGrid cols={2}>
              <TextInput type="time" label={t('calendar.startTime')} value={d.startTime ?? ''} error={errors.startTime} onChange={(e) => set({ startTime: e.currentTarget.value || null })} data-testid="event-start-time" />
              <TextInput type="time" label={t('calendar.endTime')} value={d.endTime ?? ''} error={errors.endTime} onChange={(e) => set({ endTime: e.currentTarget.value || null })} data-testid="event-end-time" />
            </SimpleGrid>
          )}
          <TextInput label={t('calendar.place')} value={d.place} error={errors.place} onChange={(e) => set({ place: e.currentTarget.value })} />
          <SimpleGrid cols={2}>
            <Select
              label={t('calendar.initiative')}
              clearable
              value={d.initiativeId ? String(d.initiativeId) : null}
              error={errors.initiativeId}
              data={initiatives.map((i) => ({ value: String(i.id), label: i.code }))}
              onChange={(v) => set({ initiativeId: v ? Number(v) : null, phaseId: null })}
              data-testid="event-initiative"
            />
            <Select
              label={t('calendar.phase')}
              clearable
              disabled={!initiative}
              value={d.phaseId ? String(d.phaseId) : null}
              error={errors.phaseId}
              data={phases.map((p) => ({ value: String(p.id), label: p.name }))}
              onChange={(v) => set({ phaseId: v ? Number(v) : null })}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('calendar.schools')}
            searchable
            value={d.schoolIds.map(String)}
            error={errors.schoolIds}
            data={schools.map((s) => ({ value: String(s.id), label: s.abbreviation }))}
            onChange={(v) => set({ schoolIds: v.map(Number) })}
          />
          <MultiSelect
            label={t('calendar.officers')}
            searchable
            value={d.personIds.map(String)}
            error={errors.personIds}
            data={team.map((m) => ({ value: String(m.id), label: m.name }))}
            onChange={(v) => set({ personIds: v.map(Number) })}
          />
          {scope.kind !== 'occurrence' && (
            <SimpleGrid cols={2}>
              <Select
                label={t('calendar.repeat')}
                allowDeselect={false}
                value={repeat}
                error={errors.rrule}
                data={[
                  { value: 'none', label: t('calendar.repeatNone') },
                  { value: 'weekly', label: t('calendar.repeatWeekly') },
                  { value: 'custom', label: t('calendar.repeatCustom') },
                ]}
                onChange={(v) => set({ rrule: v === 'none' ? null : v === 'weekly' ? weeklyOn(weekdayOf(d.startDate)) : (d.rrule ?? 'FREQ=WEEKLY;INTERVAL=2') })}
                data-testid="event-repeat"
              />
              {d.rrule !== null && (
                <TextInput type="date" label={t('calendar.repeatUntil')} value={d.repeatUntil ?? ''} error={errors.repeatUntil} onChange={(e) => set({ repeatUntil: e.currentTarget.value || null })} data-testid="event-until" />
              )}
            </SimpleGrid>
          )}
          {repeat === 'custom' && scope.kind !== 'occurrence' && (
            <TextInput label={t('calendar.rule')} description="RRULE, e.g. FREQ=WEEKLY;BYDAY=WE" value={d.rrule ?? ''} error={errors.rrule} onChange={(e) => set({ rrule: e.currentTarget.value })} />
          )}
          {d.rrule !== null && d.skips.length > 0 && (
            <Text size="xs" c="dimmed">{t('calendar.skipped', { dates: d.skips.join(', ') })}</Text>
          )}
          <Textarea label={t('calendar.notes')} autosize minRows={2} maxRows={6} value={d.notes} error={errors.notes} onChange={(e) => set({ notes: e.currentTarget.value })} />
          <Group justify="space-between">
            <Group gap="xs">
              {onDelete && (
                <Button variant="subtle" color="red" onClick={() => void onDelete().then(onClose)} data-testid="event-delete">
                  {scope.kind === 'series' ? t('calendar.deleteSeries') : t('calendar.deleteEvent')}
                </Button>
              )}
              {onSkip && (
                <Button variant="subtle" color="red" onClick={() => void onSkip().then(onClose)} data-testid="event-skip">
                  {t('calendar.skipDate')}
                </Button>
              )}
            </Group>
            <Group>
              <Button variant="default" onClick={onClose}>{t('school.cancel')}</Button>
              <Button type="submit" data-testid="event-save">{t('school.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
