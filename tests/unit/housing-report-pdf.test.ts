import { describe, expect, it } from 'vitest';
import { pdfReader } from '../helpers/pdf';
import { buildHousingReport } from '../../main/reports/housing/report';
import type { HousingReport, HousingReportFigures, ReportCount } from '../../shared/domain/housing/reports-api';
import { UNIT_KINDS } from '../../shared/domain/housing/units';
import { REGISTRATION_KINDS } from '../../shared/domain/housing/registrations';
import { TASK_KINDS } from '../../shared/domain/housing/deadlines';
import { PLACEMENT_END_REASONS } from '../../shared/domain/housing/placements-api';
import { createTestCore } from '../helpers/core';
import { ok, signedIn } from '../helpers/api';
import { personInput, unitInput } from '../helpers/housing';

const now = new Date('2026-11-28T10:00:00Z');

const readPdf = pdfReader('housing-pdfs');

const v = (value: number): ReportCount => ({ value });
const lt5: ReportCount = { lessThan: 5 };
const zero = v(0);

/** A report made by hand: one big kind, one small, a withheld split; the year before is `previous` below. */
const current: Omit<HousingReport, 'today' | 'previous'> = {
  from: '2026-01-01',
  to: '2026-11-28',
  nights: 332,
  units: {
    byKind: UNIT_KINDS.map((kind) =>
      kind === 'hebergement_citoyen'
        ? { kind, identified: 12, supported: 9, openAtEnd: 14, activeAtEnd: 11, places: 23 }
        : kind === 'logement_transit'
          ? { kind, identified: 1, supported: 2, openAtEnd: 3, activeAtEnd: 3, places: 1234 }
          : { kind, identified: 0, supported: 0, openAtEnd: 0, activeAtEnd: 0, places: 0 },
    ),
    total: { identified: 13, supported: 11, openAtEnd: 17, activeAtEnd: 14, places: 1257 },
    byStatusAtEnd: { identified: 2, supported: 1, active: 14, suspended: 0, closed: 4 },
  },
  occupancy: {
    byKind: UNIT_KINDS.map((kind) =>
      kind === 'hebergement_citoyen'
        ? { kind, activeUnits: 11, placeNights: 6000, bedNights: 4321, rate: 4321 / 6000 }
        : kind === 'logement_transit'
          ? { kind, activeUnits: 3, placeNights: 900, bedNights: 450, rate: 0.5 }
          : { kind, activeUnits: 0, placeNights: 0, bedNights: 0, rate: null },
    ),
    total: { activeUnits: 14, placeNights: 6900, bedNights: 4771, rate: 4771 / 6900 },
  },
  placements: {
    byKind: UNIT_KINDS.map((kind) =>
      kind === 'hebergement_citoyen' ? { kind, started: v(37), ended: v(31) } : kind === 'logement_transit' ? { kind, started: v(2), ended: v(2) } : { kind, started: zero, ended: zero },
    ),
    total: { started: v(39), ended: v(33) },
    peopleArrived: v(86),
    endedByReason: PLACEMENT_END_REASONS.map((reason) => ({ reason, count: reason === 'moved_to_housing' ? v(19) : reason === 'evicted' ? v(1) : zero })),
  },
  registrations: {
    byKind: REGISTRATION_KINDS.map((kind) =>
      kind === 'reference_address_cpas'
        ? { kind, requested: v(27), started: v(24), inForce: v(58), ended: v(17) }
        : kind === 'inscription_provisoire'
          ? { kind, requested: v(2), started: v(2), inForce: v(2), ended: zero }
          : { kind, requested: zero, started: zero, inForce: zero, ended: zero },
    ),
    total: { requested: v(29), started: v(26), inForce: v(60), ended: v(17) },
  },
  deadlines: {
    byKind: TASK_KINDS.map((kind) =>
      kind === 'cpas_contact'
        ? { kind, due: v(64), met: v(51), missed: v(9), open: v(4) }
        : kind === 'police_check'
          ? { kind, due: v(2), met: null, missed: null, open: null }
          : kind === 'move_declaration'
            ? { kind, due: v(6), met: null, missed: null, open: null }
            : { kind, due: zero, met: zero, missed: zero, open: zero },
    ),
    total: { due: v(72), met: v(55), missed: v(13), open: v(4) },
  },
};

/** The same dates in 2025: fewer of everything, a rate of 60 %, a withheld total split. */
const previous: HousingReportFigures = {
  ...current,
  from: '2025-01-01',
  to: '2025-11-28',
  nights: 332,
  units: { ...current.units, total: { identified: 10, supported: 8, openAtEnd: 12, activeAtEnd: 10, places: 1200 } },
  occupancy: { ...current.occupancy, total: { activeUnits: 12, placeNights: 6000, bedNights: 3600, rate: 0.6 } },
  placements: { ...current.placements, total: { started: v(41), ended: v(30) }, peopleArrived: lt5 },
  registrations: { ...current.registrations, total: { requested: v(20), started: v(19), inForce: v(50), ended: v(12) } },
  deadlines: { ...current.deadlines, total: { due: v(3), met: null, missed: null, open: null } },
};

const report: HousingReport = { ...current, today: '2026-11-28', previous };

/** A table row as pdftotext -raw prints it: the cells separated by spaces. */
const line = (...cells: string[]) => new RegExp(cells.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));

describe('housing report PDF', () => {
  const { flow, raw, pages } = readPdf(buildHousingReport(report, now), 'fixture');

  it("opens with the CPAS's name, the title, the period in nights, the year before, and the new footer on every page", () => {
    expect(flow).toContain('CPAS de Liège');
    expect(flow).toContain('Logement solidaire et domiciliations');
    expect(flow).toContain('Du 1er janvier 2026 au 28 novembre 2026 (332 nuits)');
    expect(flow).toContain('Comparé à la même période un an plus tôt : du 1er janvier 2025 au 28 novembre 2025 (332 nuits).');
    expect(flow).toContain('Établi le 28 novembre 2026');
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let page = 1; page <= pages; page += 1) expect(raw).toContain(`page ${page} / ${pages}`);
    expect(raw.match(/généré par Passerelle le 28 novembre 2026/g)).toHaveLength(pages);
    expect(flow).not.toContain('Document généré');
  });

  it('prints each key figure beside the year before and the change, with thousands spaced the French way', () => {
    expect(raw).toMatch(line('Unités soutenues', '11', '8', '+3'));
    expect(raw).toMatch(line('Places au 28 novembre 2026', '1 257', '1 200', '+57'));
    expect(raw).toMatch(line('Nuitées', '4 771', '3 600', '+1 171'));
    expect(raw).toMatch(line("Taux d'occupation", '69,1 %', '60 %', '+9,1 pts'));
    expect(raw).toMatch(line('Placements commencés', '39', '41', '−2'));
    expect(raw).toMatch(line('Personnes arrivées', '86', '< 5', '—'));
    expect(raw).toMatch(line('Échéances légales échues', '72', '3', '+69'));
    expect(raw).toMatch(line('… respectées', '55', 'n.p.', '—'));
    expect(raw).toMatch(line('… manquées', '13', 'n.p.', '—'));
  });

  it('prints the units by kind, and each table total beside the year before and the change', () => {
    expect(raw).toMatch(line('Hébergement citoyen', '12', '9', '14', '11', '23'));
    expect(raw).toMatch(line('Logement de transit', '1', '2', '3', '3', '1 234'));
    expect(raw).toMatch(line('Habitat léger', '0', '0', '0', '0', '0'));
    expect(raw).toMatch(line('Total', '13', '11', '17', '14', '1 257'));
    expect(raw).toMatch(line('Un an plus tôt', '10', '8', '12', '10', '1 200'));
    expect(raw).toMatch(line('Évolution', '+3', '+3', '+5', '+4', '+57'));
    expect(raw).toMatch(line('Unités', '2', '1', '14', '0', '4', '21'));
    expect(raw).toMatch(line('Un an plus tôt', '2', '1', '14', '0', '4', '21'));
    expect(raw).toMatch(line('Évolution', '0', '0', '0', '0', '0', '0'));
    expect(raw).toMatch(line('Un an plus tôt', '12', '6 000', '3 600', '60 %'));
    expect(raw).toMatch(line('Évolution', '+2', '+900', '+1 171', '+9,1 pts'));
    expect(raw).toMatch(line('Un an plus tôt', '41', '30'));
    expect(raw).toMatch(line('Évolution', '−2', '+3'));
    expect(raw).toMatch(line('Un an plus tôt', '20', '19', '50', '12'));
    expect(raw).toMatch(line('Évolution', '+9', '+7', '+10', '+5'));
    expect(raw).toMatch(line('Un an plus tôt', '3', 'n.p.', 'n.p.', 'n.p.'));
    expect(raw).toMatch(line('Évolution', '+69', '—', '—', '—'));
  });

  it('prints occupancy only for kinds that had an active unit, with the rate', () => {
    expect(raw).toMatch(line('Hébergement citoyen', '11', '6 000', '4 321', '72 %'));
    expect(raw).toMatch(line('Logement de transit', '3', '900', '450', '50 %'));
    expect(raw).toMatch(line('Total', '14', '6 900', '4 771', '69,1 %'));
    expect(flow).toContain('Types sans unité active ni nuitée pendant la période : non repris.');
  });

  it('prints procedures exactly, "n.p." where the server withheld an outcome, and says why', () => {
    expect(raw).toMatch(line('Exclusion', '1'));
    expect(raw).toMatch(line('Relogement durable', '19'));
    expect(raw).toMatch(line('Inscription provisoire', '2', '2', '2', '0'));
    expect(raw).toMatch(line('Adresse de référence au CPAS', '27', '24', '58', '17'));
    expect(raw).toMatch(line('Contact au CPAS (adresse de référence)', '64', '51', '9', '4'));
    expect(raw).toMatch(line('Enquête de résidence', '2', 'n.p.', 'n.p.', 'n.p.'));
    expect(raw).toMatch(line('Déclaration de déménagement', '6', 'n.p.', 'n.p.', 'n.p.'));
    expect(raw).toMatch(line('Total', '72', '55', '13', '4'));
    expect(flow).toContain('n.p. : non publié, ce détail concerne moins de 5 personnes ou ménages');
    expect(flow).toContain('« < 5 » : entre 1 et 4 personnes.');
  });

  it('breaks no table header in the middle of a word', () => {
    for (const word of ['Respectées', 'Suspendues', 'Identifiées', 'Clôturées', 'Manquées', 'Commencés', 'Placements']) expect(raw).toContain(word);
    // A word cut by the cell would come back as its two halves on two lines.
    expect(raw).not.toMatch(/Respecté\s*\n\s*es|Suspendue\s*\n\s*s|Identifiée\s*\n\s*s|Clôturée\s*\n\s*s/);
  });

  it('ends with the method note: definitions and the privacy rules', () => {
    for (const title of ['Période', 'Unités', 'Occupation', 'Placements', 'Domiciliations', 'Échéances légales', 'Protection des personnes']) {
      expect(flow).toContain(title);
    }
    expect(flow).toContain('Taux d\'occupation : nuitées ÷ places-nuits offertes');
    expect(flow).toContain('un nombre de personnes ou de ménages de 1 à 4 est remplacé par « < 5 »');
    expect(flow).toContain('les nombres de placements, de domiciliations et d\'échéances, et tous les totaux, sont donnés exactement');
    expect(flow).toContain('Pas de soustraction');
    expect(flow).toContain('les mêmes dates un an plus tôt (du 1er janvier 2025 au 28 novembre 2025)');
    expect(flow.indexOf('Méthode Période')).toBeGreaterThan(flow.indexOf('Échéances légales'));
  });
});

describe('housing report PDF in English', () => {
  const { flow, raw, pages } = readPdf(buildHousingReport(report, now, 'en'), 'fixture-en');

  it('says every word in English, numbers the English way, in the frame of the CPAS', () => {
    expect(flow).toContain('CPAS of Liège');
    expect(flow).toContain('Solidarity housing and address registrations');
    expect(flow).toContain('From 1 January 2026 to 28 November 2026 (332 nights)');
    expect(flow).toContain('Made on 28 November 2026');
    expect(raw).toMatch(line('Places on 28 November 2026', '1,257', '1,200', '+57'));
    expect(raw).toMatch(line('Occupancy rate', '69.1%', '60%', '+9.1 pts'));
    expect(raw).toMatch(line('Contact at the CPAS (reference address)', '64', '51', '9', '4'));
    expect(raw).toMatch(line('Police check of residence', '2', 'n.p.', 'n.p.', 'n.p.'));
    expect(raw).toMatch(line('A year earlier', '3', 'n.p.', 'n.p.', 'n.p.'));
    expect(raw).toMatch(line('Change', '+69', '—', '—', '—'));
    for (const title of ['At a glance', 'Housing units', 'Places and occupancy', 'Placements', 'Address registrations', 'Legal deadlines', 'Method', 'Protecting people', 'No subtraction']) {
      expect(flow).toContain(title);
    }
    expect(raw.match(/made by Passerelle on 28 November 2026/g)).toHaveLength(pages);
    // Not a French word left: the labels a French record would have put there.
    for (const french of ['Établi', 'Nuitées', 'Respectées', 'Un an plus tôt', 'Méthode', 'Échéance', 'Domiciliations', 'généré', ' au ']) expect(flow).not.toContain(french);
  });
});

describe('housing report PDF from the database', () => {
  it('carries the numbers of the data and no code or name of a household or person', async () => {
    const core = await createTestCore();
    try {
      const { api } = await signedIn(core, ['housing']);
      const unit = ok(await api.housing.createUnit(unitInput({ code: 'HC-77', kind: 'hebergement_citoyen', capacity: 5, status: 'active', statusDate: '2026-11-01' })));
      const household = ok(await api.housing.createHousehold({ size: 3, notes: '', people: [personInput({ firstName: 'Zénobie', lastName: 'Kabongo' })] }));
      // 3 people from 10 Nov, default stay 28 days: 18 nights to 27 Nov included → 54 bed-nights of 5 × 27 = 135.
      ok(await api.housing.createPlacement({ unitId: unit.id, householdId: household.id, places: 3, start: '2026-11-10', plannedEnd: null, notes: '' }));
      const file = ok(await api.housingReports.reportPdf({ from: '2026-11-01', to: '2026-11-27', language: 'fr' }));
      const { flow, raw } = readPdf(Buffer.from(file.content, 'base64'), 'from-database');
      expect(flow).toContain('Du 1er novembre 2026 au 27 novembre 2026 (27 nuits)');
      expect(raw).toMatch(line('Hébergement citoyen', '1', '135', '54', '40 %'));
      // One placement of one household: counted exactly; its end reasons (none ended) are all zeros.
      expect(raw).toMatch(line('Hébergement citoyen', '1', '0'));
      expect(flow).toContain('généré par Passerelle le 28 novembre 2026');
      for (const secret of [household.code, household.people[0]!.code, 'Zénobie', 'Kabongo', unit.code]) expect(flow).not.toContain(secret);
    } finally {
      await core.cleanup();
    }
  });
});
