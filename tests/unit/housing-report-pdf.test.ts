import { describe, expect, it } from 'vitest';
import { pdfReader } from '../helpers/pdf';
import { buildHousingReport } from '../../main/reports/housing/report';
import type { HousingReport, ReportCount } from '../../shared/domain/housing/reports-api';
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

/** A report made by hand: one big kind, one small, a withheld breakdown. */
const report: HousingReport = {
  from: '2026-01-01',
  to: '2026-11-28',
  today: '2026-11-28',
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
      kind === 'hebergement_citoyen' ? { kind, started: v(37), ended: v(31) } : kind === 'logement_transit' ? { kind, started: lt5, ended: lt5 } : { kind, started: zero, ended: zero },
    ),
    total: { started: v(39), ended: v(33) },
    peopleArrived: v(86),
    endedByReason: PLACEMENT_END_REASONS.map((reason) => ({ reason, count: reason === 'moved_to_housing' ? v(19) : reason === 'evicted' ? lt5 : zero })),
  },
  registrations: {
    byKind: REGISTRATION_KINDS.map((kind) =>
      kind === 'reference_address_cpas'
        ? { kind, requested: v(27), started: v(24), inForce: v(58), ended: v(17) }
        : { kind, requested: null, started: null, inForce: zero, ended: zero },
    ),
    total: { requested: v(29), started: v(26), inForce: v(58), ended: v(17) },
  },
  deadlines: {
    byKind: TASK_KINDS.map((kind) =>
      kind === 'cpas_contact'
        ? { kind, due: v(64), met: v(51), missed: v(9), open: lt5 }
        : kind === 'police_check'
          ? { kind, due: lt5, met: null, missed: null, open: null }
          : { kind, due: zero, met: zero, missed: zero, open: zero },
    ),
    total: { due: v(66), met: v(52), missed: v(10), open: lt5 },
  },
};

/** A table row as pdftotext -raw prints it: the cells separated by spaces. */
const line = (...cells: string[]) => new RegExp(cells.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));

describe('housing report PDF', () => {
  const { flow, raw, pages } = readPdf(buildHousingReport(report, now), 'fixture');

  it('opens with the title, the period in nights and the day it was made', () => {
    expect(flow).toContain('Logement solidaire et domiciliations');
    expect(flow).toContain('Du 1er janvier 2026 au 28 novembre 2026 (332 nuits)');
    expect(flow).toContain('Établi le 28 novembre 2026');
    expect(flow).toContain('Document généré par Passerelle le 28/11/2026');
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  it('prints the key figures and the units by kind, with thousands spaced the French way', () => {
    expect(raw).toMatch(line('11', '1 257', '4 771', '69,1 %', '39', '33'));
    expect(raw).toMatch(line('Hébergement citoyen', '12', '9', '14', '11', '23'));
    expect(raw).toMatch(line('Logement de transit', '1', '2', '3', '3', '1 234'));
    expect(raw).toMatch(line('Habitat léger', '0', '0', '0', '0', '0'));
    expect(raw).toMatch(line('Total', '13', '11', '17', '14', '1 257'));
    expect(raw).toMatch(line('Unités', '2', '1', '14', '0', '4', '21'));
  });

  it('prints occupancy only for kinds that had an active unit, with the rate', () => {
    expect(raw).toMatch(line('Hébergement citoyen', '11', '6 000', '4 321', '72 %'));
    expect(raw).toMatch(line('Logement de transit', '3', '900', '450', '50 %'));
    expect(raw).toMatch(line('Total', '14', '6 900', '4 771', '69,1 %'));
    expect(flow).toContain('Types sans unité active ni nuitée pendant la période : non repris.');
  });

  it('prints "< 5" and "n.p." where the server reduced or withheld a count, and says why', () => {
    expect(raw).toMatch(line('Logement de transit', '< 5', '< 5'));
    expect(raw).toMatch(line('Exclusion', '< 5'));
    expect(raw).toMatch(line('Relogement durable', '19'));
    expect(raw).toMatch(line('Inscription provisoire', 'n.p.', 'n.p.', '0', '0'));
    expect(raw).toMatch(line('Adresse de référence au CPAS', '27', '24', '58', '17'));
    expect(raw).toMatch(line('Contact au CPAS (adresse de référence)', '64', '51', '9', '< 5'));
    expect(raw).toMatch(line('Enquête de résidence', '< 5', 'n.p.', 'n.p.', 'n.p.'));
    expect(raw).toMatch(line('Total', '66', '52', '10', '< 5'));
    expect(flow).toContain('Personnes arrivées (places des placements commencés) : 86.');
    expect(flow).toContain('n.p. : non publié, moins de 5 au total');
  });

  it('ends with the method note: definitions and the privacy rules', () => {
    for (const title of ['Période', 'Unités', 'Occupation', 'Placements', 'Domiciliations', 'Échéances légales', 'Protection des personnes']) {
      expect(flow).toContain(title);
    }
    expect(flow).toContain('Taux d\'occupation : nuitées ÷ places-nuits offertes');
    expect(flow).toContain('de 1 à 4 sont remplacés par « < 5 »');
    expect(flow.indexOf('Méthode Période')).toBeGreaterThan(flow.indexOf('Échéances légales'));
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
      const file = ok(await api.housingReports.reportPdf({ from: '2026-11-01', to: '2026-11-27' }));
      const { flow, raw } = readPdf(Buffer.from(file.content, 'base64'), 'from-database');
      expect(flow).toContain('Du 1er novembre 2026 au 27 novembre 2026 (27 nuits)');
      expect(raw).toMatch(line('Hébergement citoyen', '1', '135', '54', '40 %'));
      expect(raw).toMatch(line('Hébergement citoyen', 'n.p.', '0'));
      for (const secret of [household.code, household.people[0]!.code, 'Zénobie', 'Kabongo', unit.code]) expect(flow).not.toContain(secret);
    } finally {
      await core.cleanup();
    }
  });
});
