/**
 * Date and time fields as the office writes them: DD/MM/YYYY and 24-hour time in both languages. The
 * value stays what the API takes: `YYYY-MM-DD` and `HH:mm` strings, '' when empty.
 */
import { DateInput, TimePicker, type DateInputProps, type TimePickerProps } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../../../shared/dates';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value: string | null;
  onChange: (value: string) => void;
  /** An optional date may be cleared (× button, or deleting the text). */
  optional?: boolean;
};

export function DateField({ value, onChange, optional = false, error, onBlur, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  // Text that is not a date is not taken; say so at the field rather than silently showing the old date again.
  const [notADate, setNotADate] = useState<string | null>(null);
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={parseTypedDate}
      placeholder={t('forms.datePlaceholder')}
      value={value || null}
      onChange={(v) => {
        setNotADate(null);
        onChange(v ?? '');
      }}
      onBlur={(e) => {
        const text = e.currentTarget.value.trim();
        setNotADate(text !== '' && parseTypedDate(text) === null ? t('forms.notADate', { text }) : null);
        onBlur?.(e);
      }}
      error={error || notADate}
      clearable={optional}
      allowDeselect={optional}
      {...props}
    />
  );
}

type TimeFieldProps = Omit<TimePickerProps, 'value' | 'onChange' | 'defaultValue'> & { value: string | null; onChange: (value: string) => void };

export function TimeField({ value, onChange, ...props }: TimeFieldProps) {
  return <TimePicker format="24h" value={value ?? ''} onChange={onChange} clearable {...props} />;
}
