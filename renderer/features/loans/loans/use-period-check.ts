import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { isRealDate } from '../../../../shared/domain/dates';
import type { InputOf } from '../../../../shared/api/contract';
import { api, unwrap } from '../../../api/client';
import type { LoanFormValues } from '../model/loan-form-values';

/** How long the dates rest before the server is asked: a date typed digit by digit asks once. */
const PAUSE_MS = 400;

/** The period to check, once an exhibition and a real delivery and pick-up day in order are there. */
export function periodToCheck(values: LoanFormValues, loanId: number | null): InputOf<'loans', 'checkPeriod'> | null {
  if (!values.exhibitionId || !isRealDate(values.deliveryDate) || !isRealDate(values.pickupDate)) return null;
  if (values.pickupDate < values.deliveryDate) return null;
  return {
    exhibitionId: Number(values.exhibitionId),
    deliveryDate: values.deliveryDate,
    pickupDate: values.pickupDate,
    // A school's proposals avoid its school breaks; another venue's do not.
    schoolId: values.borrowerKind === 'school' ? values.schoolId : null,
    loanId,
  };
}

/**
 * The clash of the dates as they are typed (issue 17): the server's own rule (loans/checkPeriod), read a
 * moment after the typing stops, so the loan in the way and the nearest free periods show before saving.
 */
export function usePeriodCheck(values: LoanFormValues, loanId: number | null) {
  const [input] = useDebouncedValue(periodToCheck(values, loanId), PAUSE_MS);
  const query = useQuery({
    queryKey: ['loans', 'checkPeriod', input],
    queryFn: async () => unwrap(await api.loans.checkPeriod(input!)),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: 5_000,
  });
  return { input, query };
}
