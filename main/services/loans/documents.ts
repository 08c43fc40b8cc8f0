import type { ServiceContext } from '../context';
import { getExhibition } from './exhibitions';
import { getLoan, loansQuery, loanSummaries } from './loans-read';
import { buildLoanAgreement } from '../../reports/loans/agreement';
import { buildExhibitionSchedule } from '../../reports/loans/exhibition-schedule';
import type { ExportedFile } from '../../../shared/api/exported-file';
import { fileSlug, pdfFile } from '../../exports/exported-file';

/** The printed documents of loans: gather the data, call the PDF builder, name the file. */

/** The loan agreement, named after the borrower and the delivery day: "convention-pret-<borrower>-2026-12-01.pdf". */
export async function loanAgreementFile({ db, now }: ServiceContext, loanId: number): Promise<ExportedFile> {
  const loan = await getLoan(db, loanId);
  const exhibition = await getExhibition(db, loan.exhibitionId);
  return pdfFile(`convention-pret-${fileSlug(loan.borrowerName, 'emprunteur')}-${loan.deliveryDate}.pdf`, buildLoanAgreement(loan, exhibition, now));
}

/** An exhibition's loans of one school year (refused and cancelled ones aside), in delivery order. */
export async function exhibitionScheduleFile({ db, now }: ServiceContext, exhibitionId: number, schoolYear: string): Promise<ExportedFile> {
  const exhibition = await getExhibition(db, exhibitionId);
  const loans = await loanSummaries(
    loansQuery(db)
      .where('loans.exhibition_id', exhibitionId)
      .andWhere('loans.school_year', schoolYear)
      .whereNotIn('loans.status', ['refused', 'cancelled'])
      .orderBy([{ column: 'loans.delivery_date' }, { column: 'loans.id' }]),
  );
  const yearInName = schoolYear.replace('–', '-');
  return pdfFile(`calendrier-prets-${fileSlug(exhibition.title, 'exposition')}-${yearInName}.pdf`, buildExhibitionSchedule(exhibition, loans, schoolYear, now));
}
