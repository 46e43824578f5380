/** Modals and drawers whose Escape, close button and outside click go through one "may I close?" check. */
import { Alert, Button, Drawer, Group, List, Modal, Text, type DrawerProps, type ModalProps } from '@mantine/core';
import { useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmDiscard } from './confirm';
import { GuardScope, hasDirty } from './guard';
import { useEscapeLayer } from './layers';
import type { Form } from './useForm';

/**
 * A Modal for a form or a choice. `onClose` is asked to close: pass `form.requestClose` for a form, which
 * asks before discarding typed changes.
 */
export function FormModal({ onClose, opened = true, ...props }: Omit<ModalProps, 'opened'> & { opened?: boolean }) {
  useEscapeLayer(onClose, opened);
  return <Modal opened={opened} onClose={onClose} closeOnEscape={false} {...props} />;
}

/**
 * A Drawer holding forms (lists, dates, a pair's page): closing it asks first when any form inside it has
 * unsaved changes, or when `dirty` says the forms of the component that renders it have.
 */
export function FormDrawer({ onClose, dirty = false, children, ...props }: Omit<DrawerProps, 'opened'> & { dirty?: boolean }) {
  const parents = useContext(GuardScope);
  const [scope] = useState(() => new Set<object>());
  const chain = useMemo(() => [...parents, scope], [parents, scope]);
  const requestClose = () => {
    void (async () => {
      if ((!dirty && !hasDirty(scope)) || (await confirmDiscard())) onClose();
    })();
  };
  useEscapeLayer(requestClose);
  return (
    <Drawer opened onClose={requestClose} closeOnEscape={false} {...props}>
      <GuardScope value={chain}>{children}</GuardScope>
    </Drawer>
  );
}

/**
 * Above a form: a stale-record conflict with its Reload, a problem that belongs to no field, and a short
 * summary of the field errors, listing in full those whose field the form does not show (none is dropped).
 */
export function FormAlert({ form }: { form: Pick<Form<object>, 'errors' | 'problem' | 'conflict' | 'reload'> }) {
  const { t } = useTranslation();
  const here = useRef<HTMLDivElement>(null);
  const [unshown, setUnshown] = useState<[string, string][]>([]);
  const { errors, problem, conflict, reload } = form;
  useLayoutEffect(() => {
    const root = here.current?.closest('form') ?? here.current?.closest('[role="dialog"]') ?? document.body;
    setUnshown(Object.entries(errors).filter(([field]) => !root.querySelector(`[data-field="${CSS.escape(field)}"]`)));
  }, [errors]);
  const count = Object.keys(errors).length;
  const [reloading, setReloading] = useState(false);
  return (
    <div ref={here} style={{ display: 'contents' }}>
      {conflict !== null && (
        <Alert color="orange" title={t('forms.conflictTitle')} data-testid="conflict-alert">
          <Text size="sm">{conflict === '' ? t('forms.conflict') : conflict}</Text>
          {reload && (
            <Group mt="xs">
              <Button
                size="xs"
                variant="white"
                color="orange"
                loading={reloading}
                data-testid="conflict-reload"
                onClick={() => {
                  setReloading(true);
                  void reload().finally(() => setReloading(false));
                }}
              >
                {t('forms.reload')}
              </Button>
            </Group>
          )}
        </Alert>
      )}
      {problem && (
        <Alert color="red" data-testid="form-error">
          {problem}
        </Alert>
      )}
      {count > 0 && (
        <Alert color="red" data-testid="form-errors" title={t('forms.fixErrors', { count })}>
          {unshown.length > 0 && (
            <List size="sm">
              {unshown.map(([field, message]) => (
                <List.Item key={field}>{message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </div>
  );
}
