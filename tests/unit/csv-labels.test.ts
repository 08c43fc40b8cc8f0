import { describe, expect, it } from 'vitest';
import { cellsByField, mapColumns, normaliseLabel } from '../../main/csv/columns';
import { levelsLabel, parseLevels, parseNetwork } from '../../main/csv/labels';

describe('import columns', () => {
  it('matches headers without case, accents or punctuation, and lists the others', () => {
    const synonyms = { postalCode: ['Code postal', 'CP'], email: ['E-mail', 'Courriel'], name: ['Nom'] };
    const map = mapColumns(['CODE_POSTAL', 'courriel', 'Directeur', 'e mail', ''], synonyms);
    expect(map.indexOf).toEqual({ postalCode: 0, email: 1 });
    // A second column for a field already found is ignored rather than silently preferred.
    expect(map.ignoredColumns).toEqual(['Directeur', 'e mail']);
    expect(cellsByField(['4000', 'a@b.be'], map.indexOf, ['postalCode', 'email', 'name'])).toEqual({
      postalCode: '4000',
      email: 'a@b.be',
      name: '',
    });
  });

  it('normalises labels', () => {
    expect(normaliseLabel("  Nombre d'Élèves ")).toBe('nombre d eleves');
    expect(normaliseLabel('Fédération Wallonie-Bruxelles')).toBe('federation wallonie bruxelles');
  });
});

describe('import values', () => {
  it.each([
    ['Communal', 'communal'],
    ['provinciale', 'provincial'],
    ['LIBRE', 'libre'],
    ['FWB', 'fwb'],
    ['Fédération Wallonie-Bruxelles', 'fwb'],
    ['Wallonia-Brussels Federation', 'fwb'],
    ['fwb', 'fwb'],
    ['Privé', 'Privé'],
  ])('reads the network %j as %j', (text, code) => {
    expect(parseNetwork(text)).toBe(code);
  });

  it('reads lists of levels in French or English, and keeps unknown parts as typed', () => {
    expect(parseLevels('primaire, secondaire')).toEqual(['primaire', 'secondaire']);
    expect(parseLevels('Maternel et Primaire')).toEqual(['maternel', 'primaire']);
    expect(parseLevels('primary/secondary; special needs')).toEqual(['primaire', 'secondaire', 'specialise']);
    expect(parseLevels('Fondamental')).toEqual(['maternel', 'primaire']);
    expect(parseLevels('Spécialisé, supérieur')).toEqual(['specialise', 'supérieur']);
    expect(parseLevels('')).toEqual([]);
  });

  it('writes levels as French labels in a fixed order', () => {
    expect(levelsLabel(['secondaire', 'maternel'])).toBe('Maternel, Secondaire');
  });
});
