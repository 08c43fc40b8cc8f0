import type { ServiceContext } from '../context';
import { getExhibition } from './exhibitions';
import { getLoan, loansQuery, loanSummaries } from './loans-read';
import { buildLoanAgreement } from '../../reports/loans/agreement';
import { buildExhibitionSchedule } from '../../reports/loans/exhibition-schedule';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { fileSlug, pdfFile } from '../../exports/exported-file';

/** The printed documents of loans: gather the data, call the PDF builder, name the file (in the document's language). */

const FILE_WORDS: Record<DocumentLanguage, { agreement: string; borrower: string; schedule: string; exhibition: string }> = {
  fr: { agreement: 'convention-pret', borrower: 'emprunteur', schedule: 'calendrier-prets', exhibition: 'exposition' },
  en: { agreement: 'loan-agreement', borrower: 'borrower', schedule: 'loan-schedule', exhibition: 'exhibition' },
};

/** The loan agreement, named after the borrower and the delivery day: "convention-pret-<borrower>-2026-12-01.pdf". */
export async function loanAgreementFile({ db, now }: ServiceContext, loanId: number, language: DocumentLanguage = 'fr'): Promise<ExportedFile> {
  const loan = await getLoan(db, loanId);
  const exhibition = await getExhibition(db, loan.exhibitionId);
  const words = FILE_WORDS[language];
  return pdfFile(
    `${words.agreement}-${fileSlug(loan.borrowerName, words.borrower)}-${loan.deliveryDate}.pdf`,
    buildLoanAgreement(loan, exhibition, now, language),
  );
}

/** An exhibition's loans of one school year (refused and cancelled ones aside), in delivery order. */
export async function exhibitionScheduleFile(
  { db, now }: ServiceContext,
  exhibitionId: number,
  schoolYear: string,
  language: DocumentLanguage = 'fr',
): Promise<ExportedFile> {
  const exhibition = await getExhibition(db, exhibitionId);
  const loans = await loanSummaries(
    loansQuery(db)
      .where('loans.exhibition_id', exhibitionId)
      .andWhere('loans.school_year', schoolYear)
      .whereNotIn('loans.status', ['refused', 'cancelled'])
      .orderBy([{ column: 'loans.delivery_date' }, { column: 'loans.id' }]),
  );
  const yearInName = schoolYear.replace('–', '-');
  const words = FILE_WORDS[language];
  return pdfFile(
    `${words.schedule}-${fileSlug(exhibition.title, words.exhibition)}-${yearInName}.pdf`,
    buildExhibitionSchedule(exhibition, loans, schoolYear, now, language),
  );
}
