// Step 2 of the answer import: the code column, then for each question of the phase its column and its labels.
import { useCallback, useRef, type Dispatch, type SetStateAction } from 'react';
import { Alert, Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AnswerImportMapping, AnswerImportPreview } from '../../../../shared/domain/questionnaires/answer-import';
import { currentLanguage } from '../../../i18n';
import type { GridColumn } from '../grid/grid-model';
import type { AnswerCodeProposal } from '../../../../shared/domain/questionnaires/answer-codes';
import { labelChoices, pendingProposals, scaleGroups, unresolvedLabels, withCodeColumn, withCodesConfirmed, withItemColumn, withLabelValue, withSharedLabelValue, type MappingChoice } from './import-model';
import { CodeProposal } from './CodeProposal';
import { ItemMapping } from './ItemMapping';
import { SharedLabels } from './SharedLabels';

interface MappingStepProps {
  columns: GridColumn[];
  preview: AnswerImportPreview;
  mapping: AnswerImportMapping;
  onChange: Dispatch<SetStateAction<MappingChoice>>;
  disabled: boolean;
  /** Pupil forms carry a code; teacher forms have none (the server refuses a code column for them). */
  withCode: boolean;
}

export function MappingStep({ columns, preview, mapping, onChange, disabled, withCode }: MappingStepProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const headers = [...new Set(preview.headers.filter((header) => header.trim() !== ''))];
  const unresolved = unresolvedLabels(mapping, preview);
  const used = new Set([mapping.codeColumn, ...mapping.columns.map((entry) => entry.column)]);
  const metadata = new Set(preview.metadataColumns);
  const ignored = headers.filter((header) => !used.has(header) && !metadata.has(header));
  const ignoredMetadata = headers.filter((header) => !used.has(header) && metadata.has(header));
  const proposals = pendingProposals(mapping, preview.codeProposals);
  const groups = scaleGroups(columns, mapping);

  const root = useRef<HTMLDivElement>(null);
  // The unknown labels may be far down a long list: this takes the user (and the focus) to the first one.
  const showFirstUnknown = () => {
    const input = root.current?.querySelector<HTMLInputElement>('[data-unknown] input');
    input?.scrollIntoView({ block: 'center' });
    input?.focus({ preventScroll: true });
  };

  const onColumn = useCallback((itemId: number, column: string | null) => onChange((current) => current && withItemColumn(current, itemId, column)), [onChange]);
  const onConfirmCodes = useCallback((proposal: AnswerCodeProposal) => onChange((current) => current && withCodesConfirmed(current, proposal)), [onChange]);
  const onSharedLabel = useCallback(
    (itemIds: number[], label: string, value: number | null | undefined) => onChange((current) => current && withSharedLabelValue(current, itemIds, label, value)),
    [onChange],
  );
  const onLabel = useCallback(
    (itemId: number, label: string, value: number | null | undefined) => onChange((current) => current && withLabelValue(current, itemId, label, value)),
    [onChange],
  );

  return (
    <Stack gap="sm" ref={root}>
      <Group gap="xs">
        <Badge variant="light" color="gray">
          {t('csvImport.encoding', { encoding: t(`csvImport.encodings.${preview.encoding}`) })}
        </Badge>
        <Badge variant="light" color="gray">
          {t('csvImport.separator', { separator: t(preview.separator === ';' ? 'csvImport.semicolon' : 'csvImport.comma') })}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('questionnaireImport:mapping.intro')}
        </Text>
      </Group>
      {mapping.columns.length === 0 && (
        <Alert variant="light" color="red" icon={<IconAlertTriangle size={18} />} title={t('questionnaireImport:mapping.noColumnsTitle')} data-testid="no-columns">
          {t('questionnaireImport:mapping.noColumnsBody')}
        </Alert>
      )}
      {proposals.map((proposal) => (
        <CodeProposal key={proposal.itemIds.join('-')} proposal={proposal} columns={columns} language={language} disabled={disabled} onConfirm={onConfirmCodes} />
      ))}
      {unresolved.length > 0 && (
        <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} title={t('questionnaireImport:mapping.unknownTitle', { count: unresolved.length })} data-testid="unknown-labels">
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Text size="sm">{t('questionnaireImport:mapping.unknownBody')}</Text>
            <Button size="xs" variant="white" color="orange" onClick={showFirstUnknown} style={{ flexShrink: 0 }}>
              {t('questionnaireImport:mapping.showUnknown')}
            </Button>
          </Group>
        </Alert>
      )}
      {withCode && (
        <Select
          label={t('questionnaireImport:mapping.codeColumn')}
          description={t('questionnaireImport:mapping.codeHelp')}
          data={headers}
          value={mapping.codeColumn}
          onChange={(value) => onChange((current) => current && withCodeColumn(current, value))}
          placeholder={t('questionnaireImport:mapping.noCode')}
          clearable
          searchable
          disabled={disabled}
          maw={420}
        />
      )}
      <Text fw={600} mt="xs">
        {t('questionnaireImport:mapping.items', { count: columns.length })}
      </Text>
      {groups.map((group) => (
        <SharedLabels key={group.map((column) => column.itemId).join('-')} group={group} mapping={mapping} preview={preview} language={language} disabled={disabled} onLabel={onSharedLabel} />
      ))}
      {columns.map((column) => (
        <ItemMapping
          key={column.itemId}
          column={column}
          mapping={mapping}
          headers={headers}
          labels={labelChoices(mapping, preview, column.itemId)}
          language={language}
          disabled={disabled}
          onColumn={onColumn}
          onLabel={onLabel}
        />
      ))}
      {ignoredMetadata.length > 0 && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} title={t('questionnaireImport:mapping.metadataTitle')} data-testid="metadata-columns">
          {t('questionnaireImport:mapping.metadataBody', { columns: ignoredMetadata.join(' · ') })}
        </Alert>
      )}
      {ignored.length > 0 && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} title={t('questionnaireImport:mapping.ignoredTitle')}>
          {t('questionnaireImport:mapping.ignoredBody', { columns: ignored.join(' · ') })}
        </Alert>
      )}
    </Stack>
  );
}
