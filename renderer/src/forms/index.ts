/** The form kit: draft and dirty state, discard guard, confirmations, errors at their fields, conflicts. */
export { confirm, confirmDiscard, ConfirmHost } from './confirm';
export { FormAlert, FormDrawer, FormModal } from './FormDialog';
export { confirmLeave, useDirty } from './guard';
export { DateField, TimeField } from './DateField';
export { isStaleConflict, useForm, type Form } from './useForm';
export { withVersion } from './version';
