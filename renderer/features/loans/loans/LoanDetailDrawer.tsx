import { useState } from 'react';
import { Alert, Anchor, Button, Divider, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { AppDrawer } from '../../../components/AppDrawer';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../../shared/domain/loans/loans';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { downloadExportedFile } from '../../../components/download';
import { QueryFailure } from '../../../components/QueryFailure';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { documentLanguage } from '../../../i18n/language';
import { DetailRow } from '../../../components/DetailRow';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { LoanStatusBadge } from '../common/LoanStatusBadge';
import type { LoanAction } from '../model/loan-status';
import { lengthText, loanDay, spanText } from '../model/loan-text';
import { useExhibitionMutation } from '../mutations';
import { useLoan } from '../queries';
import { LoanActions } from './LoanActions';
import { LoanDifferences } from './LoanDifferences';
import { LoanTimeline } from './LoanTimeline';
import { useConfirmWaiting } from './use-confirm-waiting';
import { SchoolLink } from '../../directory';

interface LoanDetailDrawerProps {
  loanId: number;
  /** Actions that need a dialog (all but approving). */
  onAction(action: Exclude<LoanAction, 'approve' | 'confirmWaiting'>, loan: Loan): void;
  onClose(): void;
}

function LoanSheet({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const none = t('exhibitions:detail.none');
  const contact = [loan.contactName, loan.contactEmail, loan.contactPhone].filter(Boolean);
  return (
    <Stack component="dl" gap="sm" m={0}>
      <DetailRow term={t('exhibitions:detail.exhibition')}>{loan.exhibitionTitle}</DetailRow>
      <DetailRow term={t('exhibitions:detail.borrower')}>
        <SchoolLink schoolId={loan.schoolId}>{loan.borrowerName}</SchoolLink>
        {loan.schoolId === null && (
          <Text span size="sm" c="dimmed">
            {` (${t('exhibitions:detail.otherVenue')})`}
          </Text>
        )}
      </DetailRow>
      <DetailRow term={t('fields.address')}>{loan.address || none}</DetailRow>
      <DetailRow term={t('fields.contactName')}>
        {contact.length ? (
          <>
            {loan.contactName && <span>{loan.contactName}</span>}
            {loan.contactEmail && (
              <>
                {loan.contactName && ' · '}
                <Anchor href={`mailto:${loan.contactEmail}`} size="sm">
                  {loan.contactEmail}
                </Anchor>
              </>
            )}
            {loan.contactPhone && <span>{` · ${loan.contactPhone}`}</span>}
          </>
        ) : (
          none
        )}
      </DetailRow>
      <DetailRow term={t('fields.deliveryDate')}>{loanDay(loan.deliveryDate, language)}</DetailRow>
      <DetailRow term={t('exhibitions:detail.shown')}>
        {`${spanText(t, { start: loan.startDate, end: loan.endDate }, language)} (${lengthText(t, loan)})`}
      </DetailRow>
      <DetailRow term={t('fields.pickupDate')}>{loanDay(loan.pickupDate, language)}</DetailRow>
      <DetailRow term={t('fields.eventIds')}>
        {loan.events.length ? (
          <List size="sm" spacing={2}>
            {loan.events.map((visit) => (
              <List.Item key={visit.id}>{`${loanDay(visit.start, language)} ${visit.start.slice(11, 16)} — ${visit.title}`}</List.Item>
            ))}
          </List>
        ) : (
          t('exhibitions:detail.noVisits')
        )}
      </DetailRow>
      {loan.notes && (
        <DetailRow term={t('fields.notes')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{loan.notes}</span>
        </DetailRow>
      )}
    </Stack>
  );
}

/** The sheet of one loan, beside the list: its data, its follow-up, and the actions its status allows. */
export function LoanDetailDrawer({ loanId, onAction, onClose }: LoanDetailDrawerProps) {
  const { t, i18n } = useTranslation();
  const query = useLoan(loanId);
  const approve = useExhibitionMutation(api.loans.approve);
  const confirmWaiting = useConfirmWaiting();
  const [downloading, setDownloading] = useState<'agreement' | 'returnReport' | null>(null);
  const [confirmingApproval, setConfirmingApproval] = useState(false);
  const loan = query.data;
  const language = currentLanguage();

  const act = (action: LoanAction) => {
    if (!loan) return;
    if (action === 'approve') setConfirmingApproval(true);
    else if (action === 'confirmWaiting') void confirmWaiting.confirm(loan);
    else onAction(action, loan);
  };

  // Approving commits the exhibition to the borrower and is signed with the user's name: asked once more.
  const confirmApproval = async () => {
    if (!loan) return;
    try {
      await approve.mutateAsync({ id: loan.id });
      notifySuccess(t('exhibitions:actions.approved', { borrower: loan.borrowerName }));
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    } finally {
      setConfirmingApproval(false);
    }
  };

  // The agreement, or once returned the return report (issue 17), in the interface's language.
  const download = async (document: 'agreement' | 'returnReport') => {
    setDownloading(document);
    try {
      const input = { id: loanId, language: documentLanguage(i18n.language) };
      downloadExportedFile(unwrap(await (document === 'agreement' ? api.loans.agreementPdf(input) : api.loans.returnReportPdf(input))));
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    } finally {
      setDownloading(null);
    }
  };

  return (
    <AppDrawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      padding="lg"
      title={loan ? t('exhibitions:detail.title', { borrower: loan.borrowerName }) : t('exhibitions:detail.loading')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } }}
    >
      {query.isError ? (
        <QueryFailure error={query.error} onRetry={() => void query.refetch()} />
      ) : !loan ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={24} width="40%" />
          <Skeleton height={36} />
          <Skeleton height={200} />
        </Stack>
      ) : (
        <Stack gap="md">
          <Group justify="space-between" gap="xs">
            <LoanStatusBadge status={loan.status} size="lg" />
            <Text size="xs" c="dimmed">
              {t('exhibitions:detail.schoolYear', { year: loan.schoolYear })}
            </Text>
          </Group>
          {(loan.status === 'refused' || loan.status === 'cancelled') && loan.statusReason && (
            <Alert color="gray" variant="light" title={t(`exhibitions:detail.reason.${loan.status}`)} role="note">
              {loan.statusReason}
            </Alert>
          )}
          {loan.status === 'waiting' && (
            <Alert color="orange" variant="light" role="note">
              {t('exhibitions:waiting.drawerNote')}
            </Alert>
          )}
          <LoanActions
            loan={loan}
            busy={approve.isPending ? 'approve' : confirmWaiting.pendingId === loan.id ? 'confirmWaiting' : null}
            onAction={act}
          />
          <ConfirmDialog
            opened={confirmingApproval}
            title={t('exhibitions:approveConfirm.title', { borrower: loan.borrowerName })}
            message={t('exhibitions:approveConfirm.message', {
              exhibition: loan.exhibitionTitle,
              delivery: loanDay(loan.deliveryDate, language),
              pickup: loanDay(loan.pickupDate, language),
            })}
            confirmLabel={t('exhibitions:actions.approve')}
            loading={approve.isPending}
            onConfirm={() => void confirmApproval()}
            onClose={() => setConfirmingApproval(false)}
          />
          <Group gap="xs">
            <Button variant="light" size="xs" leftSection={<IconFileTypePdf size={16} />} loading={downloading === 'agreement'} onClick={() => void download('agreement')}>
              {t('exhibitions:detail.agreementPdf')}
            </Button>
            {loan.status === 'returned' && (
              <Button
                variant="light"
                size="xs"
                leftSection={<IconFileTypePdf size={16} />}
                loading={downloading === 'returnReport'}
                onClick={() => void download('returnReport')}
              >
                {t('exhibitions:detail.returnReportPdf')}
              </Button>
            )}
          </Group>
          <LoanDifferences differences={loan.differences} />
          <Divider />
          <LoanSheet loan={loan} />
          <Divider />
          <Title order={3} fz="md">
            {t('exhibitions:detail.followUp')}
          </Title>
          <LoanTimeline loan={loan} />
        </Stack>
      )}
    </AppDrawer>
  );
}
