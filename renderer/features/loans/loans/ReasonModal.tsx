import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Loan } from '../../../../shared/domain/loans/loans';
import { api, apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { useExhibitionMutation } from '../mutations';

interface ReasonModalProps {
  kind: 'refuse' | 'cancel';
  loan: Loan;
  onDone(): void;
  onClose(): void;
}

/** Refusing a request or cancelling a loan frees its days; the reason is kept on the loan and told to the borrower. */
export function ReasonModal({ kind, loan, onDone, onClose }: ReasonModalProps) {
  const { t } = useTranslation();
  const refuse = useExhibitionMutation(api.loans.refuse);
  const cancel = useExhibitionMutation(api.loans.cancel);
  const mutation = kind === 'refuse' ? refuse : cancel;
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim() === '' ? inlineFieldMessage(t, { path: 'reason', issue: 'required' }) : null) },
  });

  const submit = form.onSubmit(async ({ reason }) => {
    try {
      await mutation.mutateAsync({ id: loan.id, reason: reason.trim() });
      notifySuccess(t(`exhibitions:reason.${kind}.done`, { borrower: loan.borrowerName }));
      onDone();
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t(`exhibitions:reason.${kind}.title`)} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t(`exhibitions:reason.${kind}.intro`, { borrower: loan.borrowerName, exhibition: loan.exhibitionTitle })}
          </Text>
          <Textarea
            label={t('fields.reason')}
            placeholder={t(`exhibitions:reason.${kind}.placeholder`)}
            autosize
            minRows={3}
            maxLength={1000}
            withAsterisk
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose} disabled={mutation.isPending}>
              {t('exhibitions:actions.back')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending}>
              {t(`exhibitions:reason.${kind}.submit`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
