/**
 * One school's improvement plan for a year: priorities tied to WSE aspects, their SMART targets and actions as
 * editable rows, and SIP Review 1 and 2 (reviewer, peer reviewer from another school, progress and evidence on
 * each saved target, findings). The whole plan is saved at once; "Copy to next year" starts next year's plan.
 */
import { ActionIcon, Alert, Anchor, Badge, Button, Card, Group, Loader, MultiSelect, NumberInput, Select, Stack, Table, Text, Textarea, TextInput, Title, Tooltip } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/dates';
import {
  SIP_ACTION_STATUSES,
  SIP_PROGRESS,
  SIP_TARGET_STATUSES,
  type Sip,
  type SipActionStatus,
  type SipChoice,
  type SipProgress,
  type SipTargetStatus,
} from '../../../../shared/sip/types';
import { call } from '../../api';
import { confirm, confirmLeave, DateField, FormAlert, useForm, type Form } from '../../forms';
import { notifyError, notifyOk } from '../../notify';

type Figure = number | '';
interface TargetDraft { id?: number; key: string; measure: string; baseline: Figure; target: Figure; unit: string; dueDate: string; status: SipTargetStatus; examTypeId: number | null; subjectId: number | null; nextSteps: number; carried: boolean }
interface ActionDraft { id?: number; key: string; what: string; owner: string; startDate: string; endDate: string; status: SipActionStatus; nextSteps: number; carried: boolean }
interface PriorityDraft { id?: number; key: string; title: string; description: string; aspectIds: number[]; targets: TargetDraft[]; actions: ActionDraft[] }
interface ReviewDraft { number: number; date: string; reviewerId: number | null; peerReviewerId: number | null; findings: string; targets: { targetId: number; progress: SipProgress | ''; evidence: string }[] }
interface SipDraft { version: number; notes: string; priorities: PriorityDraft[]; reviews: ReviewDraft[] }

const draftOf = (s: Sip): SipDraft => ({
  version: s.version,
  notes: s.notes,
  priorities: s.priorities.map((p) => ({
    id: p.id,
    key: `p${p.id}`,
    title: p.title,
    description: p.description,
    aspectIds: p.aspectIds,
    targets: p.targets.map((t) => ({ id: t.id, key: `t${t.id}`, measure: t.measure, baseline: t.baseline ?? '', target: t.target, unit: t.unit, dueDate: t.dueDate, status: t.status, examTypeId: t.examTypeId, subjectId: t.subjectId, nextSteps: t.nextSteps, carried: t.carriedFromId !== null })),
    actions: p.actions.map((a) => ({ id: a.id, key: `a${a.id}`, what: a.what, owner: a.owner, startDate: a.startDate ?? '', endDate: a.endDate ?? '', status: a.status, nextSteps: a.nextSteps, carried: a.carriedFromId !== null })),
  })),
  reviews: s.reviews.map((r) => ({ number: r.number, date: r.date ?? '', reviewerId: r.reviewerId, peerReviewerId: r.peerReviewerId, findings: r.findings, targets: r.targets })),
});

let counter = 0;
const newKey = () => `n${++counter}`;
const blankTarget = (year: number): TargetDraft => ({ key: newKey(), measure: '', baseline: '', target: '', unit: '%', dueDate: `${year}-10-31`, status: 'open', examTypeId: null, subjectId: null, nextSteps: 0, carried: false });
const blankAction = (): ActionDraft => ({ key: newKey(), what: '', owner: '', startDate: '', endDate: '', status: 'not-started', nextSteps: 0, carried: false });
const blankPriority = (year: number): PriorityDraft => ({ key: newKey(), title: '', description: '', aspectIds: [], targets: [blankTarget(year)], actions: [blankAction()] });

/** The saved targets of the draft: a review rates only these (a new one is rated once saved). */
const savedTargets = (d: SipDraft) => d.priorities.flatMap((p) => p.targets.filter((t): t is TargetDraft & { id: number } => t.id !== undefined));
/** What a review sends: its ratings of targets the draft still has, in the order they are sent (their field paths). */
const sentRatings = (d: SipDraft, r: ReviewDraft) => {
  const kept = new Set(savedTargets(d).map((t) => t.id));
  return r.targets.filter((x) => kept.has(x.targetId));
};

function toInput(schoolId: number, year: number, d: SipDraft) {
  return {
    schoolId,
    year,
    version: d.version,
    notes: d.notes,
    priorities: d.priorities.map((p) => ({
      ...(p.id ? { id: p.id } : {}),
      title: p.title,
      description: p.description,
      aspectIds: p.aspectIds,
      targets: p.targets.map((t) => ({
        ...(t.id ? { id: t.id } : {}),
        measure: t.measure,
        baseline: t.baseline === '' ? null : t.baseline,
        // An empty target is sent as nothing, so the message of the field says what to enter.
        target: (t.target === '' ? null : t.target) as number,
        unit: t.unit,
        dueDate: t.dueDate,
        status: t.status,
        examTypeId: t.examTypeId,
        subjectId: t.subjectId,
      })),
      actions: p.actions.map((a) => ({ ...(a.id ? { id: a.id } : {}), what: a.what, owner: a.owner, startDate: a.startDate, endDate: a.endDate, status: a.status })),
    })),
    reviews: d.reviews.map((r) => ({
      number: r.number,
      date: r.date,
      reviewerId: r.reviewerId,
      peerReviewerId: r.peerReviewerId,
      findings: r.findings,
      targets: sentRatings(d, r).map((x) => ({ targetId: x.targetId, progress: x.progress as SipProgress, evidence: x.evidence })),
    })),
  };
}

export function SipEditor({ schoolId, year, onBack, onYear, onSaved }: { schoolId: number; year: number; onBack: () => void; onYear: (year: number) => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [sip, setSip] = useState<Sip | null>(null);
  useEffect(() => {
    call('sip.get', { schoolId, year }).then(setSip, notifyError);
  }, [schoolId, year]);
  if (!sip) return <Loader size="sm" aria-label={t('app.loading')} />;
  return <SipForm sip={sip} onSip={setSip} onBack={onBack} onYear={onYear} onSaved={onSaved} />;
}

function SipForm({ sip, onSip, onBack, onYear, onSaved }: { sip: Sip; onSip: (s: Sip) => void; onBack: () => void; onYear: (year: number) => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { schoolId, year } = sip;
  const form = useForm(draftOf(sip), { reload: async () => draftOf(await call('sip.get', { schoolId, year })) });
  const { draft: d, set, at } = form;
  const [copying, setCopying] = useState(false);
  const name = (c: SipChoice) => (language === 'en' ? c.nameEn || c.nameMs : c.nameMs);
  const setPriority = (i: number, patch: Partial<PriorityDraft>) => form.update((x) => ({ ...x, priorities: x.priorities.map((p, j) => (j === i ? { ...p, ...patch } : p)) }));
  const setReview = (n: number, patch: Partial<ReviewDraft>) => form.update((x) => ({ ...x, reviews: x.reviews.map((r) => (r.number === n ? { ...r, ...patch } : r)) }));

  const save = () =>
    form.submit(async (x) => {
      const saved = await call('sip.save', toInput(schoolId, year, x));
      onSip(saved);
      onSaved();
      notifyOk(t('sip.saved', { school: saved.school, year }));
      return draftOf(saved);
    });

  const copyForward = async () => {
    if (!(await confirmLeave())) return;
    const ok = await confirm({ title: t('sip.copyForward', { year: year + 1 }), message: t('sip.copyForwardHint', { year: year + 1 }), confirmLabel: t('sip.copyForward', { year: year + 1 }) });
    if (!ok) return;
    setCopying(true);
    try {
      await call('sip.copyForward', { schoolId, fromYear: year });
      notifyOk(t('sip.copied', { year: year + 1 }));
      onYear(year + 1);
    } catch (err) {
      notifyError(err);
    } finally {
      setCopying(false);
    }
  };

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }} data-testid="sip-editor" data-school={sip.school}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <Stack gap={2}>
            <Anchor component="button" size="sm" w="fit-content" onClick={onBack} data-testid="sip-back">← {t('sip.back')}</Anchor>
            <Group gap="xs">
              <Title order={3} data-testid="sip-title">{t('sip.planOf', { school: sip.school, year })}</Title>
              {sip.copiedFromYear !== null && <Badge variant="light">{t('sip.copiedFrom', { year: sip.copiedFromYear })}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">{sip.schoolName}</Text>
          </Stack>
          <Group gap="xs">
            <Tooltip label={sip.nextYearExists ? t('sip.nextExists', { year: year + 1 }) : t('sip.copyForwardHint', { year: year + 1 })} multiline w={320}>
              <Button variant="default" loading={copying} disabled={sip.id === null || sip.nextYearExists} onClick={() => void copyForward()} data-testid="sip-copy-forward">
                {t('sip.copyForward', { year: year + 1 })}
              </Button>
            </Tooltip>
            <Button type="submit" loading={form.saving} data-testid="sip-save">{t('sip.save')}</Button>
          </Group>
        </Group>
        <FormAlert form={form} />
        {sip.id === null && <Alert color="blue" data-testid="sip-new">{t('sip.newPlan')}</Alert>}
        <Textarea label={t('sip.notes')} autosize minRows={1} maxRows={6} value={d.notes} {...at('notes')} onChange={(e) => set({ notes: e.currentTarget.value })} data-testid="sip-notes" />

        {d.priorities.map((p, i) => (
          <PriorityCard key={p.key} form={form} sip={sip} index={i} priority={p} name={name} onChange={(patch) => setPriority(i, patch)} onRemove={() => set({ priorities: d.priorities.filter((_, j) => j !== i) })} />
        ))}
        <Group>
          <Button variant="default" size="xs" onClick={() => set({ priorities: [...d.priorities, blankPriority(year)] })} data-testid="sip-add-priority">{t('sip.addPriority')}</Button>
        </Group>

        <Title order={4} mt="sm">{t('sip.reviews')}</Title>
        {d.reviews.map((r, i) => (
          <ReviewCard key={r.number} form={form} sip={sip} index={i} review={r} onChange={(patch) => setReview(r.number, patch)} />
        ))}
        <Group justify="flex-end">
          <Button type="submit" loading={form.saving} data-testid="sip-save-bottom">{t('sip.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function PriorityCard({ form, sip, index: i, priority: p, name, onChange, onRemove }: {
  form: Form<SipDraft>;
  sip: Sip;
  index: number;
  priority: PriorityDraft;
  name: (c: SipChoice) => string;
  onChange: (patch: Partial<PriorityDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { at } = form;
  const base = `priorities.${i}`;
  const setTarget = (j: number, patch: Partial<TargetDraft>) => onChange({ targets: p.targets.map((x, k) => (k === j ? { ...x, ...patch } : x)) });
  const setAction = (j: number, patch: Partial<ActionDraft>) => onChange({ actions: p.actions.map((x, k) => (k === j ? { ...x, ...patch } : x)) });
  const choices = (list: SipChoice[], withName: boolean) => list.map((c) => ({ value: String(c.id), label: withName ? `${c.code} ${name(c)}` : name(c) }));
  return (
    <Card withBorder padding="sm" data-testid="sip-priority">
      <Stack gap="xs">
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <Badge mt={8} variant="filled">{t('sip.priority', { number: i + 1 })}</Badge>
          <TextInput style={{ flex: 1 }} aria-label={t('sip.priorityTitle')} placeholder={t('sip.priorityTitle')} value={p.title} {...at(`${base}.title`)} onChange={(e) => onChange({ title: e.currentTarget.value })} data-testid="priority-title" />
          <MultiSelect w={420} aria-label={t('sip.aspects')} placeholder={p.aspectIds.length ? undefined : t('sip.chooseAspects')} searchable data={choices(sip.aspects, true)} value={p.aspectIds.map(String)} {...at(`${base}.aspectIds`)} onChange={(v) => onChange({ aspectIds: v.map(Number) })} data-testid="priority-aspects" />
          <ActionIcon variant="subtle" color="red" mt={6} aria-label={t('sip.removePriority')} onClick={onRemove} data-testid="priority-remove">✕</ActionIcon>
        </Group>
        <Textarea aria-label={t('sip.description')} placeholder={t('sip.description')} autosize minRows={1} maxRows={4} value={p.description} {...at(`${base}.description`)} onChange={(e) => onChange({ description: e.currentTarget.value })} />

        <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={4} data-testid="sip-targets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sip.targets')}: {t('sip.measure')}</Table.Th>
              <Table.Th w={84}>{t('sip.baseline')}</Table.Th>
              <Table.Th w={84}>{t('sip.target')}</Table.Th>
              <Table.Th w={60}>{t('sip.unit')}</Table.Th>
              <Table.Th w={136}>{t('sip.due')}</Table.Th>
              <Table.Th w={128}>{t('sip.status')}</Table.Th>
              <Table.Th w={92}>{t('sip.exam')}</Table.Th>
              <Table.Th w={150}>{t('sip.subject')}</Table.Th>
              <Table.Th w={30} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.targets.map((x, j) => {
              const f = `${base}.targets.${j}`;
              return (
                <Table.Tr key={x.key} data-testid="sip-target">
                  <Table.Td>
                    <TextInput size="xs" aria-label={t('sip.measure')} value={x.measure} {...at(`${f}.measure`)} onChange={(e) => setTarget(j, { measure: e.currentTarget.value })} data-testid="target-measure"
                      rightSectionWidth={x.nextSteps || x.carried ? 90 : undefined}
                      rightSection={x.nextSteps ? <Badge size="xs" variant="light">{t('sip.servedBy', { count: x.nextSteps })}</Badge> : x.carried ? <Badge size="xs" variant="outline">{t('sip.carried')}</Badge> : null} />
                  </Table.Td>
                  <Table.Td><NumberInput size="xs" hideControls aria-label={t('sip.baseline')} value={x.baseline} {...at(`${f}.baseline`)} onChange={(v) => setTarget(j, { baseline: typeof v === 'number' ? v : '' })} data-testid="target-baseline" /></Table.Td>
                  <Table.Td><NumberInput size="xs" hideControls aria-label={t('sip.target')} value={x.target} {...at(`${f}.target`)} onChange={(v) => setTarget(j, { target: typeof v === 'number' ? v : '' })} data-testid="target-target" /></Table.Td>
                  <Table.Td><TextInput size="xs" aria-label={t('sip.unit')} value={x.unit} {...at(`${f}.unit`)} onChange={(e) => setTarget(j, { unit: e.currentTarget.value })} data-testid="target-unit" /></Table.Td>
                  <Table.Td><DateField size="xs" aria-label={t('sip.due')} value={x.dueDate} {...at(`${f}.dueDate`)} onChange={(dueDate) => setTarget(j, { dueDate })} data-testid="target-due" /></Table.Td>
                  <Table.Td>
                    <Select size="xs" allowDeselect={false} aria-label={t('sip.status')} data={SIP_TARGET_STATUSES.map((s) => ({ value: s, label: t(`sip.targetStatus.${s}`) }))} value={x.status} {...at(`${f}.status`)} onChange={(v) => v && setTarget(j, { status: v })} data-testid="target-status" />
                  </Table.Td>
                  <Table.Td>
                    <Select size="xs" clearable aria-label={t('sip.exam')} data={sip.examTypes.map((c) => ({ value: String(c.id), label: c.code }))} value={x.examTypeId ? String(x.examTypeId) : null} {...at(`${f}.examTypeId`)} onChange={(v) => setTarget(j, { examTypeId: v ? Number(v) : null })} data-testid="target-exam" />
                  </Table.Td>
                  <Table.Td>
                    <Select size="xs" clearable aria-label={t('sip.subject')} data={choices(sip.subjects, false)} value={x.subjectId ? String(x.subjectId) : null} {...at(`${f}.subjectId`)} onChange={(v) => setTarget(j, { subjectId: v ? Number(v) : null })} data-testid="target-subject" />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('sip.removeTarget')} onClick={() => onChange({ targets: p.targets.filter((_, k) => k !== j) })} data-testid="target-remove">✕</ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group>
          <Button size="compact-xs" variant="light" onClick={() => onChange({ targets: [...p.targets, blankTarget(sip.year)] })} data-testid="add-target">{t('sip.addTarget')}</Button>
        </Group>

        <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={4} data-testid="sip-actions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sip.actions')}: {t('sip.what')}</Table.Th>
              <Table.Th w={200}>{t('sip.owner')}</Table.Th>
              <Table.Th w={136}>{t('sip.start')}</Table.Th>
              <Table.Th w={136}>{t('sip.end')}</Table.Th>
              <Table.Th w={140}>{t('sip.status')}</Table.Th>
              <Table.Th w={30} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.actions.map((a, j) => {
              const f = `${base}.actions.${j}`;
              return (
                <Table.Tr key={a.key} data-testid="sip-action">
                  <Table.Td>
                    <TextInput size="xs" aria-label={t('sip.what')} value={a.what} {...at(`${f}.what`)} onChange={(e) => setAction(j, { what: e.currentTarget.value })} data-testid="action-what"
                      rightSectionWidth={a.nextSteps || a.carried ? 90 : undefined}
                      rightSection={a.nextSteps ? <Badge size="xs" variant="light">{t('sip.servedBy', { count: a.nextSteps })}</Badge> : a.carried ? <Badge size="xs" variant="outline">{t('sip.carried')}</Badge> : null} />
                  </Table.Td>
                  <Table.Td><TextInput size="xs" aria-label={t('sip.owner')} value={a.owner} {...at(`${f}.owner`)} onChange={(e) => setAction(j, { owner: e.currentTarget.value })} data-testid="action-owner" /></Table.Td>
                  <Table.Td><DateField optional size="xs" aria-label={t('sip.start')} value={a.startDate} {...at(`${f}.startDate`)} onChange={(startDate) => setAction(j, { startDate })} data-testid="action-start" /></Table.Td>
                  <Table.Td><DateField optional size="xs" aria-label={t('sip.end')} value={a.endDate} {...at(`${f}.endDate`)} onChange={(endDate) => setAction(j, { endDate })} data-testid="action-end" /></Table.Td>
                  <Table.Td>
                    <Select size="xs" allowDeselect={false} aria-label={t('sip.status')} data={SIP_ACTION_STATUSES.map((s) => ({ value: s, label: t(`sip.actionStatus.${s}`) }))} value={a.status} {...at(`${f}.status`)} onChange={(v) => v && setAction(j, { status: v })} data-testid="action-status" />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('sip.removeAction')} onClick={() => onChange({ actions: p.actions.filter((_, k) => k !== j) })} data-testid="action-remove">✕</ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Group>
          <Button size="compact-xs" variant="light" onClick={() => onChange({ actions: [...p.actions, blankAction()] })} data-testid="add-action">{t('sip.addAction')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ReviewCard({ form, sip, index: i, review: r, onChange }: { form: Form<SipDraft>; sip: Sip; index: number; review: ReviewDraft; onChange: (patch: Partial<ReviewDraft>) => void }) {
  const { t } = useTranslation();
  const { at, draft: d } = form;
  const base = `reviews.${i}`;
  const targets = savedTargets(d);
  const sent = sentRatings(d, r);
  const unsaved = d.priorities.some((p) => p.targets.some((x) => x.id === undefined));
  const rating = (targetId: number) => r.targets.find((x) => x.targetId === targetId);
  const rate = (targetId: number, patch: Partial<ReviewDraft['targets'][number]>) => {
    const old = rating(targetId) ?? { targetId, progress: '' as const, evidence: '' };
    const next = { ...old, ...patch };
    const others = r.targets.filter((x) => x.targetId !== targetId);
    // A target neither rated nor evidenced is not part of the review.
    onChange({ targets: next.progress === '' && next.evidence === '' ? others : [...others, next].sort((a, b) => targets.findIndex((x) => x.id === a.targetId) - targets.findIndex((x) => x.id === b.targetId)) });
  };
  return (
    <Card withBorder padding="sm" data-testid="sip-review" data-number={r.number}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <Text fw={600} w={90} mb={6}>{t('sip.reviewNumber', { number: r.number })}</Text>
          <DateField optional w={150} label={t('sip.reviewDate')} value={r.date} {...at(`${base}.date`)} onChange={(date) => onChange({ date })} data-testid="review-date" />
          <Select w={290} clearable label={t('sip.reviewer')} data={sip.reviewers.map((p) => ({ value: String(p.id), label: p.name }))} value={r.reviewerId ? String(r.reviewerId) : null} {...at(`${base}.reviewerId`)} onChange={(v) => onChange({ reviewerId: v ? Number(v) : null })} data-testid="review-reviewer" />
          <Select style={{ flex: 1 }} clearable searchable label={t('sip.peerReviewer')} data={sip.peerReviewers.map((p) => ({ value: String(p.id), label: `${p.name} · ${p.school ?? ''}` }))} value={r.peerReviewerId ? String(r.peerReviewerId) : null} {...at(`${base}.peerReviewerId`)} onChange={(v) => onChange({ peerReviewerId: v ? Number(v) : null })} data-testid="review-peer" />
        </Group>
        {targets.length === 0 ? (
          <Text size="sm" c="dimmed">{unsaved ? t('sip.saveToRate') : t('sip.noTargets')}</Text>
        ) : (
          <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sip.target')}</Table.Th>
                <Table.Th w={170}>{t('sip.progressCol')}</Table.Th>
                <Table.Th w="45%">{t('sip.evidence')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {targets.map((x) => {
                const mine = rating(x.id);
                const j = sent.findIndex((s) => s.targetId === x.id);
                const f = `${base}.targets.${j}`;
                return (
                  <Table.Tr key={x.id} data-testid="review-target">
                    <Table.Td><Text size="sm">{x.measure}{x.baseline !== '' || x.target !== '' ? ` (${x.baseline === '' ? '' : `${x.baseline} → `}${x.target}${x.unit === '%' ? '%' : x.unit ? ` ${x.unit}` : ''})` : ''}</Text></Table.Td>
                    <Table.Td>
                      <Select size="xs" clearable aria-label={t('sip.progressCol')} placeholder={t('sip.notRated')} data={SIP_PROGRESS.map((s) => ({ value: s, label: t(`sip.progress.${s}`) }))} value={mine?.progress || null} {...(j >= 0 ? at(`${f}.progress`) : {})} onChange={(v) => rate(x.id, { progress: (v ?? '') })} data-testid="review-progress" />
                    </Table.Td>
                    <Table.Td>
                      <TextInput size="xs" aria-label={t('sip.evidence')} value={mine?.evidence ?? ''} {...(j >= 0 ? at(`${f}.evidence`) : {})} onChange={(e) => rate(x.id, { evidence: e.currentTarget.value })} data-testid="review-evidence" />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
        {targets.length > 0 && unsaved && <Text size="xs" c="dimmed">{t('sip.saveToRate')}</Text>}
        <Textarea label={t('sip.findings')} autosize minRows={2} maxRows={8} value={r.findings} {...at(`${base}.findings`)} onChange={(e) => onChange({ findings: e.currentTarget.value })} data-testid="review-findings" />
      </Stack>
    </Card>
  );
}
