/** One event, one date of a series, or a whole series: the same form, saved and validated like any other. */
import { Button, Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/dates';
import type { SchoolSummary, TeamMember } from '../../../../shared/domain';
import { weeklyOn } from '../../../../shared/plan/recurrence';
import type { CalendarEvent, Initiative } from '../../../../shared/plan/types';
import { confirm, confirmDiscard, DateField, FormAlert, FormModal, TimeField, useForm } from '../../forms';

export type EventDraft = Omit<CalendarEvent, 'id' | 'seriesId' | 'occurrenceDate' | 'version'> & { id?: number; version?: number };
/** What the form edits: a new or one-off event, a whole series, or one date of a series. */
export type EventScope = { kind: 'event' } | { kind: 'series' } | { kind: 'occurrence'; seriesId: number; date: string };

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'MO';

export const blankEvent = (startDate: string, endDate = startDate): EventDraft => ({
  title: '', startDate, endDate, allDay: true, startTime: null, endTime: null, place: '', notes: '',
  initiativeId: null, phaseId: null, schoolIds: [], personIds: [], rrule: null, repeatUntil: null, skips: [],
});

export function EventForm({ draft, scope, initiatives, schools, team, onSave, onDelete, onSkip, onAttendance, reload, onClose }: {
  draft: EventDraft;
  scope: EventScope;
  initiatives: Initiative[];
  schools: SchoolSummary[];
  team: TeamMember[];
  onSave: (d: EventDraft) => Promise<unknown>;
  onDelete?: () => Promise<unknown>;
  onSkip?: () => Promise<unknown>;
  /** Leaves the form (asking first when it has changes) for the attendance at this date. */
  onAttendance?: () => void;
  reload?: () => Promise<EventDraft>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm(draft, { onClose, reload });
  const { draft: d, set, at } = form;
  /** Asks first, saying what goes; closes the form once done. */
  const removing = async (title: string, message: string, run: () => Promise<unknown>) => {
    if (!(await confirm({ title, message, confirmLabel: t('forms.delete'), danger: true }))) return;
    try {
      await run();
      onClose();
    } catch (err) {
      form.fail(err);
    }
  };
  const initiative = initiatives.find((i) => i.id === d.initiativeId);
  const phases = initiative?.lanes.flatMap((l) => l.phases) ?? [];
  const repeat = d.rrule === null ? 'none' : d.rrule === weeklyOn(weekdayOf(d.startDate)) ? 'weekly' : 'custom';
  const title =
    scope.kind === 'occurrence' ? t('calendar.editOccurrence', { date: formatDate(scope.date) }) : scope.kind === 'series' ? t('calendar.editSeries') : d.id ? t('calendar.editEvent') : t('calendar.newEvent');

  return (
    <FormModal onClose={() => void form.requestClose()} size="lg" title={title} data-testid="event-form">
      <form onSubmit={(e) => { e.preventDefault(); void form.submit(async (x) => { await onSave(x); }).then((ok) => ok && onClose()); }}>
        <Stack gap="sm">
          <FormAlert form={form} />
          <TextInput label={t('calendar.eventTitle')} data-autofocus value={d.title} {...at('title')} onChange={(e) => set({ title: e.currentTarget.value })} data-testid="event-title" />
          <SimpleGrid cols={2}>
            <DateField label={t('calendar.startDate')} value={d.startDate} {...at('startDate')} onChange={(startDate) => set({ startDate })} data-testid="event-start" />
            <DateField label={t('calendar.endDate')} value={d.endDate} {...at('endDate')} onChange={(endDate) => set({ endDate })} data-testid="event-end" />
          </SimpleGrid>
          <Checkbox label={t('calendar.allDay')} checked={d.allDay} onChange={(e) => set({ allDay: e.currentTarget.checked })} data-testid="event-all-day" />
          {!d.allDay && (
            <SimpleGrid cols={2}>
              <TimeField label={t('calendar.startTime')} value={d.startTime} {...at('startTime')} onChange={(v) => set({ startTime: v || null })} data-testid="event-start-time" />
              <TimeField label={t('calendar.endTime')} value={d.endTime} {...at('endTime')} onChange={(v) => set({ endTime: v || null })} data-testid="event-end-time" />
            </SimpleGrid>
          )}
          <TextInput label={t('calendar.place')} value={d.place} {...at('place')} onChange={(e) => set({ place: e.currentTarget.value })} />
          <SimpleGrid cols={2}>
            <Select
              label={t('calendar.initiative')}
              clearable
              value={d.initiativeId ? String(d.initiativeId) : null}
              {...at('initiativeId')}
              data={initiatives.map((i) => ({ value: String(i.id), label: i.code }))}
              onChange={(v) => set({ initiativeId: v ? Number(v) : null, phaseId: null })}
              data-testid="event-initiative"
            />
            <Select
              label={t('calendar.phase')}
              clearable
              disabled={!initiative}
              value={d.phaseId ? String(d.phaseId) : null}
              {...at('phaseId')}
              data={phases.map((p) => ({ value: String(p.id), label: p.name }))}
              onChange={(v) => set({ phaseId: v ? Number(v) : null })}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('calendar.schools')}
            searchable
            value={d.schoolIds.map(String)}
            {...at('schoolIds')}
            data={schools.map((s) => ({ value: String(s.id), label: s.abbreviation }))}
            onChange={(v) => set({ schoolIds: v.map(Number) })}
          />
          <MultiSelect
            label={t('calendar.officers')}
            searchable
            value={d.personIds.map(String)}
            {...at('personIds')}
            data={team.map((m) => ({ value: String(m.id), label: m.name }))}
            onChange={(v) => set({ personIds: v.map(Number) })}
          />
          {scope.kind !== 'occurrence' && (
            <SimpleGrid cols={2}>
              <Select
                label={t('calendar.repeat')}
                allowDeselect={false}
                value={repeat}
                {...at('rrule')}
                data={[
                  { value: 'none', label: t('calendar.repeatNone') },
                  { value: 'weekly', label: t('calendar.repeatWeekly') },
                  { value: 'custom', label: t('calendar.repeatCustom') },
                ]}
                onChange={(v) => set({ rrule: v === 'none' ? null : v === 'weekly' ? weeklyOn(weekdayOf(d.startDate)) : (d.rrule ?? 'FREQ=WEEKLY;INTERVAL=2') })}
                data-testid="event-repeat"
              />
              {d.rrule !== null && (
                <DateField optional label={t('calendar.repeatUntil')} value={d.repeatUntil} {...at('repeatUntil')} onChange={(v) => set({ repeatUntil: v || null })} data-testid="event-until" />
              )}
            </SimpleGrid>
          )}
          {repeat === 'custom' && scope.kind !== 'occurrence' && (
            <TextInput label={t('calendar.rule')} description="RRULE, e.g. FREQ=WEEKLY;BYDAY=WE" value={d.rrule ?? ''} {...at('rrule')} onChange={(e) => set({ rrule: e.currentTarget.value })} />
          )}
          {d.rrule !== null && d.skips.length > 0 && (
            <Text size="xs" c="dimmed">{t('calendar.skipped', { dates: d.skips.map(formatDate).join(', ') })}</Text>
          )}
          <Textarea label={t('calendar.notes')} autosize minRows={2} maxRows={6} value={d.notes} {...at('notes')} onChange={(e) => set({ notes: e.currentTarget.value })} />
          <Group justify="space-between">
            <Group gap="xs">
              {onDelete && (
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() =>
                    void removing(
                      t(scope.kind === 'series' ? 'forms.deleteSeries' : 'forms.deleteEvent', { title: draft.title }),
                      t(scope.kind === 'series' ? 'forms.deleteSeriesText' : 'forms.deleteEventText'),
                      onDelete,
                    )
                  }
                  data-testid="event-delete"
                >
                  {scope.kind === 'series' ? t('calendar.deleteSeries') : t('calendar.deleteEvent')}
                </Button>
              )}
              {onSkip && (
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => scope.kind === 'occurrence' && void removing(t('forms.skipDate', { title: draft.title, date: formatDate(scope.date) }), t('forms.skipDateText'), onSkip)}
                  data-testid="event-skip"
                >
                  {t('calendar.skipDate')}
                </Button>
              )}
            </Group>
            <Group>
              {onAttendance && (
                <Button variant="light" onClick={() => void (async () => { if (!form.dirty || (await confirmDiscard())) onAttendance(); })()} data-testid="event-attendance">
                  {t('attendance.open')}
                </Button>
              )}
              <Button variant="default" onClick={() => void form.requestClose()}>{t('school.cancel')}</Button>
              <Button type="submit" loading={form.saving} data-testid="event-save">{t('school.save')}</Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}
