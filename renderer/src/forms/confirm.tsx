/**
 * One confirmation dialog for the whole app: `await confirm({...})` resolves true when the user confirms.
 * Used before discarding typed changes and before archiving, deleting, ending or restoring a record.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useSyncExternalStore, type ReactNode } from 'react';
import i18n from '../i18n';
import { useEscapeLayer } from './layers';

export interface ConfirmOptions {
  title: string;
  /** What will happen, in words. */
  message?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Red confirm button: the action removes or ends something. */
  danger?: boolean;
  testId?: string;
}
type Request = ConfirmOptions & { resolve: (ok: boolean) => void };

let current: Request | null = null;
const listeners = new Set<() => void>();
const publish = (r: Request | null) => {
  current = r;
  listeners.forEach((l) => l());
};

export function confirm(options: ConfirmOptions): Promise<boolean> {
  current?.resolve(false);
  return new Promise((resolve) => publish({ ...options, resolve }));
}

/** "Discard your changes?" — Keep editing / Discard. */
export const confirmDiscard = () =>
  confirm({
    title: i18n.t('forms.discardTitle'),
    message: i18n.t('forms.discardMessage'),
    confirmLabel: i18n.t('forms.discard'),
    cancelLabel: i18n.t('forms.keepEditing'),
    danger: true,
    testId: 'discard-dialog',
  });

const answer = (ok: boolean) => {
  const r = current;
  publish(null);
  r?.resolve(ok);
};

export function ConfirmHost() {
  const request = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
  useEscapeLayer(() => answer(false), request !== null);
  return (
    <Modal
      opened={request !== null}
      onClose={() => answer(false)}
      closeOnEscape={false}
      withCloseButton={false}
      zIndex={1000}
      centered
      transitionProps={{ duration: 0 }}
      title={request && <Text fw={700}>{request.title}</Text>}
      data-testid={request?.testId ?? 'confirm-dialog'}
    >
      {request && (
        <Stack>
          {request.message && <Text size="sm">{request.message}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => answer(false)} data-testid="confirm-cancel" data-autofocus>
              {request.cancelLabel ?? i18n.t('forms.cancel')}
            </Button>
            <Button color={request.danger ? 'red' : undefined} onClick={() => answer(true)} data-testid="confirm-ok">
              {request.confirmLabel}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
