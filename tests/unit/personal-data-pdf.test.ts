import { describe, expect, it } from 'vitest';
import { pdfReader, readableText } from '../helpers/pdf';
import { buildPersonalDataPdf } from '../../main/reports/privacy/personal-data';
import type { PersonalDataExport } from '../../shared/domain/privacy/personal-data';

/**
 * The PDF of a person's data (issue 20, right of access), built from an object made by hand: every section
 * prints what it is given, in French and in English, an Arabic and an Ethiopic name read back as typed, empty
 * sections say so, and a long access log runs onto more pages under the running head. Read back with pdftotext,
 * checked with qpdf.
 */
const readPdf = pdfReader('personal-data-pdf');
const now = new Date('2026-11-28T10:00:00Z');

function exportOf(changes: Partial<PersonalDataExport> = {}): PersonalDataExport {
  return {
    format: 'passerelle-personal-data',
    version: 1,
    generatedAt: now.toISOString(),
    language: 'fr',
    controller: { name: 'CPAS de Liège', country: 'BE' },
    person: {
      code: 'P-7K3Q',
      firstName: 'ሰላም',
      lastName: 'الحداد',
      residenceStatus: 'asylum_seeker',
      birthYear: 1991,
      contact: '0470 12 34 56',
      languages: ['ti', 'ar'],
      createdAt: '2026-02-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    },
    household: {
      code: 'M-4XH9',
      size: 2,
      notes: 'Arrivée en février, suivie par le service social.',
      noticeGivenAt: null,
      noticeLanguage: null,
      createdAt: '2026-02-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
      otherMemberCodes: [],
    },
    stays: [],
    registrations: [
      {
        kind: 'inscription_provisoire',
        status: 'ended',
        unitCode: 'HC-01',
        unitAddress: 'Rue Féronstrée 40, 4000 Liège',
        requestDate: '2026-03-02',
        decisionDate: null,
        startDate: '2026-03-02',
        endDate: '2026-06-30',
        communeReference: 'IP-2026-0042',
        notes: '',
        forwarding: null,
        move: { date: '2026-04-01', declaredDate: null },
        policeCheckDate: '2026-03-10',
        absence: { notFoundSince: '2026-05-01', resolvedDate: null },
        contactDates: [],
        deadlines: [{ kind: 'police_check', fromDate: '2026-03-02', dueDate: '2026-03-17', doneDate: '2026-03-10', status: 'done', outcome: 'met' }],
        createdAt: '2026-03-02T09:00:00.000Z',
        updatedAt: '2026-06-30T09:00:00.000Z',
      },
    ],
    waitingList: [],
    rollingLeases: [],
    accessLog: Array.from({ length: 90 }, (_, index) => ({
      at: new Date(Date.UTC(2026, 1, 1, 9) + index * 3_600_000).toISOString(),
      action: index === 0 ? 'create' : 'view',
      concerns: index % 2 === 0 ? 'person' : 'household',
      by: 'cpasHousingStaff',
    })),
    ...changes,
  };
}

describe('the personal data PDF', () => {
  it('prints every section in French, names in Arabic and Ethiopic as typed, and says what is empty', () => {
    const pdf = readPdf(buildPersonalDataPdf(exportOf(), now, 'fr'), 'fr');
    const text = readableText(pdf.flow);
    for (const expected of [
      'Données personnelles de P-7K3Q',
      'ሰላም',
      'الحداد',
      'Demandeur·euse de protection internationale',
      'tigrigna (ti), arabe (ar)',
      'M-4XH9',
      'Arrivée en février, suivie par le service social.',
      'pas encore remise',
      'aucune autre personne enregistrée',
      'Aucun séjour enregistré pour le ménage.',
      'Inscription provisoire',
      'IP-2026-0042',
      'HC-01 — Rue Féronstrée 40, 4000 Liège',
      'le 1er avril 2026, pas encore déclaré',
      'introuvable depuis le 1er mai 2026',
      'Enquête de résidence',
      'Respectée',
      "Le ménage n'a jamais été sur la liste d'attente.",
      'un membre du personnel logement du CPAS',
      'Autorité de protection des données',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // No rolling lease: no section for it.
    expect(text).not.toContain('Bail glissant');
    // 90 access-log rows run onto more pages, each under the running head.
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`page ${pdf.pages} / ${pdf.pages}`);
    expect(pdf.fonts.every((font) => font.embedded)).toBe(true);
  });

  it('prints the same in English', () => {
    const pdf = readPdf(
      buildPersonalDataPdf(exportOf({ language: 'en', household: { ...exportOf().household, noticeGivenAt: '2026-02-03', noticeLanguage: 'ar', otherMemberCodes: ['P-22AB'] } }), now, 'en'),
      'en',
    );
    const text = readableText(pdf.flow);
    for (const expected of ['Personal data of P-7K3Q', 'Applicant for international protection', 'given on 3 February 2026 (Arabic (ar))', 'P-22AB', 'Provisional registration', 'Access log', 'Your rights']) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('Données personnelles');
  });
});
