import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfReader, type PdfText } from '../helpers/pdf';
import { createRecoveryKit, readRecoveryKit } from '../../main/crypto/recovery-kit';
import { fieldKeyFingerprint, shortFingerprint } from '../../main/crypto/fingerprint';
import { buildRecoveryKitSheet } from '../../main/reports/recovery-kit-sheet';

const readPdf = pdfReader('recovery-kit-sheet');
const installationId = '6f1c2a8e-93b4-4d7a-b1e5-0c2f9d4e7a31';
const key = randomBytes(32);
const fingerprint = fieldKeyFingerprint(key);
let code: string;
let sheet: PdfText;

beforeAll(async () => {
  const kit = await createRecoveryKit({ key, installationId, passphrase: 'Meuse en crue, Outremeuse 2026', createdAt: '2026-11-28T10:05:00.000Z' });
  code = kit.code;
  const bytes = buildRecoveryKitSheet({ code, installationId, fingerprint, createdAt: '2026-11-28T10:05:00.000Z', organisation: 'CPAS de Liège' });
  sheet = readPdf(bytes, 'recovery-kit');
});

describe('recovery kit sheet', () => {
  it('is one page, with the footer of every document: its title, the date it was made and page 1 / 1', () => {
    expect(sheet.pages).toBe(1);
    expect(sheet.flow).toContain('généré par Passerelle le 28 novembre 2026');
    expect(sheet.flow).toMatch(/page 1 \/ 1\s*$/);
  });

  it('embeds every font it uses (the code in a fixed-width face)', () => {
    expect(sheet.fonts.map((font) => font.name)).toContain('PasserelleMono');
    expect(sheet.fonts.filter((font) => !font.embedded)).toEqual([]);
  });

  it('prints every group of the code, in order, four to a line', () => {
    const groups = code.split('-');
    expect(groups).toHaveLength(44);
    const codeLines = sheet.raw.split('\n').filter((line) => /^(\d+ )?[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/.test(line.trim()));
    expect(codeLines.map((line) => line.trim().replace(/^\d+ /, '')).join('-')).toBe(code);
  });

  it('names the installation, the short fingerprint, the date in Liège and the organisation', () => {
    expect(sheet.flow).toContain(installationId);
    expect(sheet.flow).toContain(shortFingerprint(fingerprint));
    expect(sheet.flow).toContain('28/11/2026 à 11:05');
    expect(sheet.flow).toContain('CPAS de Liège');
    expect(sheet.flow).toContain('Kit de récupération de la clé de chiffrement');
    expect(readRecoveryKit(code).installationId).toBe(installationId);
  });

  it('warns, in French and English, that the passphrase is not on the sheet, and says how to use it', () => {
    expect(sheet.flow).toContain("La phrase de passe n'est PAS sur cette feuille");
    expect(sheet.flow).toContain('jamais avec cette feuille');
    expect(sheet.flow).toContain('The passphrase is NOT on this sheet');
    expect(sheet.flow).toContain('page de récupération propose « Importer le kit de récupération »');
    expect(sheet.flow).toContain('la clé est manquante');
    expect(sheet.flow).toContain('loin du PC');
  });

  it('stays one page without an organisation and with a very long one (cut to one line)', () => {
    const bare = readPdf(buildRecoveryKitSheet({ code, installationId, fingerprint, createdAt: new Date('2026-06-01T22:30:00Z') }), 'bare');
    expect(bare.pages).toBe(1);
    // 22:30 UTC is already the next day in Liège (summer time).
    expect(bare.flow).toContain('02/06/2026 à 00:30');
    const long = 'Centre public d’action sociale de la Ville de Liège, service logement et insertion, '.repeat(4);
    const wordy = readPdf(buildRecoveryKitSheet({ code, installationId, fingerprint, createdAt: new Date(), organisation: long }), 'wordy');
    expect(wordy.pages).toBe(1);
    expect(wordy.flow).toContain("Centre public d'action sociale");
    expect(wordy.flow).toContain('…');
  });

  it('never carries the passphrase', () => {
    expect(sheet.flow).not.toContain('Meuse en crue');
  });
});
