import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LoanSummary } from '../../../../shared/domain/loans/loans';
import { formatDateRange } from '../../../dates/date-text';
import { isLanguage } from '../../../i18n/language';
import { loanLocation } from '../../loans/links';
import { OverviewSection } from './OverviewSection';

/** The year's exhibition loans to the school, by delivery day; each opens its loan sheet (coordinators only). */
export function LoansPart({ loans, schoolYear }: { loans: LoanSummary[]; schoolYear: string }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'fr';
  return (
    <OverviewSection title={t('directory.schoolPage.loans.title')} count={loans.length} empty={t('directory.schoolPage.loans.empty', { year: schoolYear })}>
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('directory.schoolPage.loans.dates')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.loans.exhibition')}</Table.Th>
              <Table.Th>{t('directory.schoolPage.loans.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loans.map((loan) => (
              <Table.Tr key={loan.id}>
                <Table.Td>
                  <Anchor component={Link} to={loanLocation(loan.id)} size="sm" fw={600}>
                    {formatDateRange(loan.deliveryDate, loan.pickupDate, language)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{loan.exhibitionTitle}</Table.Td>
                <Table.Td>{t(`exhibitions:statuses.${loan.status}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </OverviewSection>
  );
}
