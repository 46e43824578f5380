/**
 * Date and time fields as the office writes them: DD/MM/YYYY and 24-hour time in both languages. The
 * value stays what the API takes: `YYYY-MM-DD` and `HH:mm` strings, '' when empty.
 */
import { DateInput, TimePicker, type DateInputProps, type TimePickerProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../../../shared/dates';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  value: string | null;
  onChange: (value: string) => void;
  /** An optional date may be cleared (× button, or deleting the text). */
  optional?: boolean;
};

export function DateField({ value, onChange, optional = false, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={parseTypedDate}
      placeholder={t('forms.datePlaceholder')}
      value={value || null}
      onChange={(v) => onChange(v ?? '')}
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
