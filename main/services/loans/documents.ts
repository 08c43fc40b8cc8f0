import type { ServiceContext } from '../context';
import { getExhibition } from './exhibitions';
import { getLoan, loansQuery, loanSummaries } from './loans-read';
import { buildLoanAgreement } from '../../reports/loans/agreement';
import { buildExhibitionSchedule } from '../../reports/loans/exhibition-schedule';
import { buildReturnReport } from '../../reports/loans/return-report';
import { conflict } from '../../errors';
import type { ExportedFile } from '../../../shared/api/exported-file';
import type { DocumentLanguage } from '../../../shared/domain/documents';
import { fileSlug, pdfFile } from '../../exports/exported-file';
import { HOLDING_STATUSES } from '../../../shared/domain/loans/loans';

/** The printed documents of loans: gather the data, call the PDF builder, name the file (in the document's language). */

const FILE_WORDS: Record<DocumentLanguage, { agreement: string; borrower: string; schedule: string; exhibition: string; returnReport: string }> = {
  fr: { agreement: 'convention-pret', borrower: 'emprunteur', schedule: 'calendrier-prets', exhibition: 'exposition', returnReport: 'etat-au-retour' },
  en: { agreement: 'loan-agreement', borrower: 'borrower', schedule: 'loan-schedule', exhibition: 'exhibition', returnReport: 'return-report' },
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

/**
 * The return report of a returned loan, from its two condition checks: "etat-au-retour-<borrower>-<return
 * day>.pdf". A loan not back yet has no return check: CONFLICT loanStatus.
 */
export async function loanReturnReportFile({ db, now }: ServiceContext, loanId: number, language: DocumentLanguage = 'fr'): Promise<ExportedFile> {
  const loan = await getLoan(db, loanId);
  const back = loan.checks.find((check) => check.phase === 'return');
  if (loan.status !== 'returned' || !back) throw conflict('loanStatus', { status: loan.status });
  const words = FILE_WORDS[language];
  return pdfFile(`${words.returnReport}-${fileSlug(loan.borrowerName, words.borrower)}-${back.date}.pdf`, buildReturnReport(loan, now, language));
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
      .whereIn('loans.status', HOLDING_STATUSES)
      .orderBy([{ column: 'loans.delivery_date' }, { column: 'loans.id' }]),
  );
  const yearInName = schoolYear.replace('–', '-');
  const words = FILE_WORDS[language];
  return pdfFile(
    `${words.schedule}-${fileSlug(exhibition.title, words.exhibition)}-${yearInName}.pdf`,
    buildExhibitionSchedule(exhibition, loans, schoolYear, now, language),
  );
}
