import { useCallback, useEffect, useState } from 'react';
import { Tabs } from '@mantine/core';
import { IconCalendarStats, IconLayoutGrid, IconPackage, IconPresentation } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { AvailabilityTab } from './availability/AvailabilityTab';
import { CatalogueTab } from './catalogue/CatalogueTab';
import { EXHIBITION_TABS, exhibitionTabOf, searchForExhibitionTab } from './exhibitions-tabs';
import type { LoanDialog } from './loans/loan-dialog';
import { LoanDialogs } from './loans/LoanDialogs';
import { LoansTab } from './loans/LoansTab';
import { useNewLoanLink } from './loans/use-new-loan-link';
import type { LoanPrefill } from './model/loan-form-values';

const TAB_ICONS = {
  loans: IconPackage,
  availability: IconCalendarStats,
  catalogue: IconLayoutGrid,
} as const;

function linkedId(value: string | null): number | null {
  const id = Number(value);
  return value !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * Travelling exhibitions: the loans (requests to return), when each exhibition is free, and the catalogue
 * with each item's condition. Hidden tabs stay mounted, so each keeps its search and filters.
 */
export function ExhibitionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const tab = exhibitionTabOf(params.get('tab'));
  const [loanDialog, setLoanDialog] = useState<LoanDialog | null>(null);
  // The availability grid asks the server for a whole year: it loads once its tab is first opened, then stays.
  const [gridOpened, setGridOpened] = useState(tab === 'availability');
  if (tab === 'availability' && !gridOpened) setGridOpened(true);

  // Links from the home screen, the grid and the calendar: `?tab=loans&loan=12`, `?tab=catalogue&exhibition=3`.
  const linkedLoan = linkedId(params.get('loan'));
  const linkedExhibition = linkedId(params.get('exhibition'));
  const clearLink = useCallback(
    () => navigate({ pathname: '/exhibitions', search: searchForExhibitionTab(tab) }, { replace: true }),
    [navigate, tab],
  );
  useEffect(() => {
    if (linkedLoan === null) return;
    setLoanDialog({ kind: 'detail', loanId: linkedLoan });
    clearLink();
  }, [linkedLoan, clearLink]);

  // A school's page asks for a loan: `?tab=loans&new=loan&school=7`.
  useNewLoanLink(setLoanDialog, clearLink);

  const openLoan = useCallback((loanId: number) => setLoanDialog({ kind: 'detail', loanId }), []);
  const newLoan = useCallback(() => setLoanDialog({ kind: 'create' }), []);
  const requestLoan = useCallback((prefill: LoanPrefill) => setLoanDialog({ kind: 'create', prefill }), []);

  return (
    <>
      <PageHeader
        title={t('sections.exhibitions.title')}
        description={t('sections.exhibitions.description')}
        icon={<IconPresentation size={26} stroke={1.6} />}
      />
      <Tabs value={tab} onChange={(value) => navigate({ pathname: '/exhibitions', search: searchForExhibitionTab(exhibitionTabOf(value)) })}>
        <Tabs.List mb="lg">
          {EXHIBITION_TABS.map((value) => {
            const Icon = TAB_ICONS[value];
            return (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} stroke={1.7} aria-hidden="true" />}>
                {t(`exhibitions:tabs.${value}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="loans">
          <LoansTab onNew={newLoan} onOpen={openLoan} />
        </Tabs.Panel>
        <Tabs.Panel value="availability">{gridOpened && <AvailabilityTab onRequestLoan={requestLoan} />}</Tabs.Panel>
        <Tabs.Panel value="catalogue">
          <CatalogueTab linkedExhibition={linkedExhibition} onLinkOpened={clearLink} />
        </Tabs.Panel>
      </Tabs>
      <LoanDialogs dialog={loanDialog} onChange={setLoanDialog} />
    </>
  );
}
