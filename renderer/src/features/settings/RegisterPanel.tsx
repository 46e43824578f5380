/** The register of issued documents: search it, and set the reference number pattern. */
import { ExcelButton } from '../common/ExcelButton';
import { Alert, Button, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../shared/dates';
import type { Register } from '../../../../shared/documents/register';
import { call, fieldErrors } from '../../api';
import { notifyError, notifyOk } from '../../notify';

export function RegisterPanel() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [register, setRegister] = useState<Register | null>(null);
  const [pattern, setPattern] = useState('');
  const [patternError, setPatternError] = useState<string | undefined>();

  const [query] = useDebouncedValue(search, 200);
  const patternShown = useRef(false);
  // One read per settled search; an answer that arrives after a newer search began is dropped.
  useEffect(() => {
    let current = true;
    call('documents.register', { search: query }).then((r) => {
      if (!current) return;
      setRegister(r);
      if (!patternShown.current) {
        patternShown.current = true;
        setPattern(r.pattern);
      }
    }, notifyError);
    return () => {
      current = false;
    };
  }, [query]);

  const savePattern = async () => {
    try {
      await call('documents.setReferencePattern', { pattern });
      setPatternError(undefined);
      notifyOk(t('register.patternSaved'));
    } catch (err) {
      const e = fieldErrors(err).pattern;
      if (e) setPatternError(e);
      else notifyError(err);
    }
  };

  return (
    <Stack>
      <Title order={5}>{t('register.title')}</Title>
      <Text size="sm">{t('register.help')}</Text>
      <Group align="flex-end">
        <TextInput
          label={t('register.pattern')}
          description={t('register.patternHelp')}
          value={pattern}
          error={patternError}
          onChange={(e) => setPattern(e.currentTarget.value)}
          w={420}
          data-testid="reference-pattern"
        />
        <Button variant="default" onClick={() => void savePattern()} data-testid="save-pattern">
          {t('register.savePattern')}
        </Button>
      </Group>
      <Group justify="space-between">
        <TextInput placeholder={t('register.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={420} data-testid="register-search" />
        <ExcelButton testId="excel-register" request={(language) => ({ kind: 'register', language })} />
      </Group>
      {register && register.items.length === 0 && <Alert color="gray">{t('register.empty')}</Alert>}
      {register && register.items.length > 0 && (
        <Table striped data-testid="register-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('register.number')}</Table.Th>
              <Table.Th>{t('register.date')}</Table.Th>
              <Table.Th>{t('register.kind')}</Table.Th>
              <Table.Th>{t('register.titleCol')}</Table.Th>
              <Table.Th>{t('register.recipient')}</Table.Th>
              <Table.Th>{t('register.language')}</Table.Th>
              <Table.Th>{t('register.issuedBy')}</Table.Th>
              <Table.Th>{t('register.file')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {register.items.map((e) => (
              <Table.Tr key={e.id} data-testid="register-row">
                <Table.Td data-testid="register-number">
                  {e.referenceNo}
                  {e.revision > 1 && <Text size="xs" c="dimmed">{t('register.revision', { n: e.revision })}</Text>}
                </Table.Td>
                <Table.Td>{formatDate(e.issuedOn)}</Table.Td>
                <Table.Td>{t(`register.kinds.${e.kind}`)}</Table.Td>
                <Table.Td>{e.title}</Table.Td>
                <Table.Td>{e.recipient}</Table.Td>
                <Table.Td>{e.language.toUpperCase()}</Table.Td>
                <Table.Td>{e.issuedBy}</Table.Td>
                <Table.Td>
                  <Text size="xs">{e.fileName}</Text>
                  <Code fz="xs" title={e.sha256}>{e.sha256.slice(0, 12)}…</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
