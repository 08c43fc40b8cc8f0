import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, apiErrorOf, unwrap } from '../../../api/client';
import { notifyError } from '../../../forms/notify';
import { schoolAddress } from '../model/loan-form-values';
import type { LoanDialog } from './loan-dialog';

/**
 * `?new=loan&school=<id>` (../links.ts `newLoanLocation`): opens the request form with the school chosen and
 * its address filled in, as choosing it in the form would; `clearLink` then takes the link out of the address.
 */
export function useNewLoanLink(onDialog: (dialog: LoanDialog) => void, clearLink: () => void): void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const value = params.get('new') === 'loan' ? params.get('school') : null;
  const schoolId = value !== null && Number.isSafeInteger(Number(value)) && Number(value) > 0 ? Number(value) : null;

  useEffect(() => {
    if (schoolId === null) return;
    clearLink();
    void (async () => {
      try {
        // The same query as the form's school picker, so the sheet is read once.
        const school = await queryClient.fetchQuery({
          queryKey: ['directory', 'schools', 'detail', schoolId],
          queryFn: async () => unwrap(await api.schools.get({ id: schoolId })),
          staleTime: 60_000,
        });
        onDialog({ kind: 'create', prefill: { school: { id: school.id, name: school.name, address: schoolAddress(school) } } });
      } catch (failure) {
        notifyError(t, apiErrorOf(failure));
      }
    })();
  }, [schoolId, clearLink, onDialog, queryClient, t]);
}
