import { Stack, Table, Text, Title } from '@mantine/core';
import { IconClipboardText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorsSummary, SatisfactionItem, TemplateImpact } from '../../../../shared/domain/indicators/indicators';
import { documentLanguage, localeOf, type Language } from '../../../i18n/language';
import { DimensionChart, DimensionTable, PlainSentences, statFormat, type StatFormat } from '../../questionnaires';
import { periodName } from '../period-model';
import { ComparisonTable, type ComparisonRow } from '../parts/ComparisonTable';
import { CountText } from '../parts/FigureValue';
import { SectionCard, TableHeading } from '../parts/SectionCard';
import { TableCsvButton } from '../parts/TableCsvButton';

/**
 * Forms collected and match rate, the change per dimension shown exactly as the questionnaire results show it
 * (their sentences, chart with intervals and table, reused), and satisfaction. "< 5" stays "< 5".
 */
export function QuestionnairesSection({ summary }: { summary: IndicatorsSummary }) {
  const { t, i18n } = useTranslation();
  const language = documentLanguage(i18n.language);
  const format = statFormat(language);
  const now = summary.current.questionnaires;
  const before = summary.previous.questionnaires;
  const periods = { current: summary.current.period, previous: summary.previous.period };
  const rows: ComparisonRow[] = [
    { key: 'pupilForms', label: t('indicators:questionnaires.pupilForms'), current: now.pupilForms, previous: before.pupilForms },
    { key: 'teacherForms', label: t('indicators:questionnaires.teacherForms'), current: now.teacherForms, previous: before.teacherForms },
  ];
  const empty = now.impact.length === 0 && now.satisfaction.length === 0 && now.teacherForms === 0 && 'value' in now.pupilForms && now.pupilForms.value === 0;
  const period = summary.current.period.period;

  return (
    <SectionCard id="indicators-questionnaires" title={t('indicators:questionnaires.title')} help={t('indicators:questionnaires.help')} icon={<IconClipboardText size={20} stroke={1.6} />}>
      <ComparisonTable caption={t('indicators:questionnaires.table')} rows={rows} periods={periods} testId="questionnaires-table" />
      {empty ? (
        <Text size="sm" c="dimmed" data-testid="questionnaires-empty">
          {t('indicators:questionnaires.empty')}
        </Text>
      ) : (
        <>
          <TableHeading title={t('indicators:questionnaires.impactTable')} actions={<TableCsvButton period={period} table="questionnaireImpact" />} />
          <ImpactCounts impact={now.impact} format={format} />
          {now.impact.map((template) => (
            <TemplateChange key={template.templateId} template={template} format={format} language={language} />
          ))}
          <TableHeading title={t('indicators:questionnaires.satisfaction')} actions={<TableCsvButton period={period} table="satisfaction" />} />
          <Text size="sm" c="dimmed" mt={-8}>
            {t('indicators:questionnaires.satisfactionHelp')}
          </Text>
          <Satisfaction summary={summary} format={format} language={language} />
        </>
      )}
    </SectionCard>
  );
}

/** Forms before and after, pupils paired and the match rate, one row per questionnaire. */
function ImpactCounts({ impact, format }: { impact: readonly TemplateImpact[]; format: StatFormat }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped withTableBorder verticalSpacing={6} aria-label={t('indicators:questionnaires.impactTable')} data-testid="impact-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicators:questionnaires.template')}</Table.Th>
            <Table.Th ta="right">{t('indicators:questionnaires.before')}</Table.Th>
            <Table.Th ta="right">{t('indicators:questionnaires.after')}</Table.Th>
            <Table.Th ta="right">{t('indicators:questionnaires.paired')}</Table.Th>
            <Table.Th ta="right">{t('indicators:questionnaires.matchRate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {impact.map((template) => (
            <Table.Tr key={template.templateId} data-template={template.templateId}>
              <Table.Th scope="row" fw={600}>
                {t('indicators:questionnaires.version', { name: template.templateName, version: template.version })}
              </Table.Th>
              <Table.Td ta="right"><CountText count={template.counts.before} /></Table.Td>
              <Table.Td ta="right"><CountText count={template.counts.after} /></Table.Td>
              <Table.Td ta="right"><CountText count={template.counts.paired} /></Table.Td>
              <Table.Td ta="right" data-cell="matchRate">{template.counts.matchRate === null ? '—' : format.percent(template.counts.matchRate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One questionnaire's change per dimension: the results tab's sentences, chart with intervals and table. */
function TemplateChange({ template, format, language }: { template: TemplateImpact; format: StatFormat; language: Language }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="template-change" data-template={template.templateId}>
      <Title order={4} fz="sm">
        {`${t('indicators:questionnaires.change')} — ${t('indicators:questionnaires.version', { name: template.templateName, version: template.version })}`}
      </Title>
      {template.dimensions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('indicators:questionnaires.noDimension')}
        </Text>
      ) : (
        <>
          <PlainSentences dimensions={template.dimensions} language={language} />
          <DimensionChart dimensions={template.dimensions} format={format} />
          <DimensionTable dimensions={template.dimensions} format={format} />
        </>
      )}
    </Stack>
  );
}

/** Each satisfaction item's mean (or share of yes), its answers, and the previous period's mean. */
function Satisfaction({ summary, format, language }: { summary: IndicatorsSummary; format: StatFormat; language: Language }) {
  const { t } = useTranslation();
  const templates = summary.current.questionnaires.satisfaction;
  const before = new Map(
    summary.previous.questionnaires.satisfaction.flatMap((template) => template.items.map((item) => [`${template.templateId}:${item.itemId}`, item] as const)),
  );
  if (templates.every((template) => template.items.length === 0)) {
    return (
      <Text size="sm" c="dimmed">
        {t('indicators:questionnaires.noSatisfaction')}
      </Text>
    );
  }
  const previous = periodName(summary.previous.period, language);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder verticalSpacing={6} aria-label={t('indicators:questionnaires.satisfaction')} data-testid="satisfaction-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicators:questionnaires.question')}</Table.Th>
            <Table.Th ta="right">{t('indicators:questionnaires.answered')}</Table.Th>
            <Table.Th ta="right">{t('indicators:questionnaires.mean')}</Table.Th>
            <Table.Th ta="right">{`${t('indicators:questionnaires.mean')} ${previous}`}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {templates
          .filter((template) => template.items.length > 0)
          .map((template) => (
            <Table.Tbody key={template.templateId}>
              <Table.Tr>
                <Table.Th colSpan={4} bg="var(--mantine-color-default-hover)">
                  {`${t('indicators:questionnaires.version', { name: template.templateName, version: template.version })} · ${t(`indicators:questionnaires.audiences.${template.audience}`)} · `}
                  <CountText count={template.responses} />
                </Table.Th>
              </Table.Tr>
              {template.items.map((item) => (
                <Table.Tr key={item.itemId} data-item={item.itemId}>
                  <Table.Td>{language === 'fr' ? item.wordingFr : item.wordingEn || item.wordingFr}</Table.Td>
                  <Table.Td ta="right"><CountText count={item.answered} /></Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{meanText(item, format, t)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {meanText(before.get(`${template.templateId}:${item.itemId}`) ?? null, format, t)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          ))}
      </Table>
    </Table.ScrollContainer>
  );
}

function meanText(item: SatisfactionItem | null, format: StatFormat, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (!item) return '—';
  if (item.shareYes !== null) return t('indicators:questionnaires.yes', { percent: format.percent(item.shareYes) });
  if (item.mean === null) return 'lessThan' in item.answered ? `< ${new Intl.NumberFormat(localeOf(format.language)).format(item.answered.lessThan)}` : '—';
  return item.scale ? `${format.mean(item.mean)} ${t('indicators:questionnaires.scale', { min: item.scale.min, max: item.scale.max })}` : format.mean(item.mean);
}
