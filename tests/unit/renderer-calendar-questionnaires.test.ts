import { describe, expect, it } from 'vitest';
import type { Administration } from '../../shared/domain/questionnaires/responses';
import type { QuestionnaireTemplate } from '../../shared/domain/questionnaires/templates';
import {
  administrationsByClass,
  DEFAULT_COPIES,
  defaultCopies,
  eventDay,
  suggestedClassId,
  suggestedTemplateId,
  templatesForPhase,
} from '../../renderer/features/calendar/questionnaires/administration-model';
import { entryHref } from '../../renderer/features/questionnaires/links';

const classes = [
  { id: 1, name: '5e primaire A', pupilCount: 20 },
  { id: 2, name: '5e primaire B', pupilCount: 0 },
];

function administration(id: number, classId: number, phase: 'before' | 'after', date: string, templateId = 10): Administration {
  return {
    id,
    templateId,
    templateName: 'Perceptions',
    templateVersion: 1,
    eventId: 7,
    classId,
    className: classes.find((item) => item.id === classId)?.name ?? `Classe ${classId}`,
    phase,
    date,
    responseCount: 0,
    expectedForms: null,
  };
}

function template(id: number, name: string, audience: 'pupil' | 'teacher', changes: Partial<QuestionnaireTemplate> = {}): QuestionnaireTemplate {
  return { id, name, audience, description: '', version: 1, previousVersionId: null, codeRecipe: [], items: [], answerCount: 0, administrationCount: 0, archived: false, ...changes };
}

describe('administrationsByClass', () => {
  it('lists every class of the event in order, each with its administrations before first then by date', () => {
    const groups = administrationsByClass(classes, [
      administration(3, 1, 'after', '2026-12-10'),
      administration(1, 1, 'before', '2026-12-03'),
      administration(2, 1, 'before', '2026-12-01'),
    ]);
    expect(groups.map((group) => [group.className, group.administrations.map((item) => item.id)])).toEqual([
      ['5e primaire A', [2, 1, 3]],
      ['5e primaire B', []],
    ]);
  });

  it('keeps the administrations of a class that has left the event, under its own name', () => {
    const groups = administrationsByClass(classes.slice(0, 1), [administration(4, 9, 'before', '2026-12-03')]);
    expect(groups.map((group) => group.className)).toEqual(['5e primaire A', 'Classe 9']);
  });
});

describe('templatesForPhase', () => {
  const templates = [
    template(1, 'Retour enseignant', 'teacher'),
    template(2, 'Perceptions', 'pupil'),
    template(3, 'Ancien', 'pupil', { archived: true }),
    template(4, 'Connaissances', 'pupil'),
  ];

  it('offers only pupil templates before the activity', () => {
    expect(templatesForPhase(templates, 'before').map((item) => item.id)).toEqual([4, 2]);
  });

  it('offers pupil then teacher templates after it, never archived ones', () => {
    expect(templatesForPhase(templates, 'after').map((item) => item.id)).toEqual([4, 2, 1]);
  });
});

describe('defaultCopies', () => {
  it("is the class's number of pupils", () => expect(defaultCopies(classes, 1)).toBe(20));
  it('is a usual class set when the size is unknown', () => {
    expect(defaultCopies(classes, 2)).toBe(DEFAULT_COPIES);
    expect(defaultCopies(classes, 99)).toBe(25);
  });
  it('stays within what the PDF accepts', () => expect(defaultCopies([{ id: 1, name: 'Aula', pupilCount: 450 }], 1)).toBe(200));
});

describe('suggestions', () => {
  it("suggests the first class without a 'before', then the first with a 'before' but no 'after'", () => {
    const groups = administrationsByClass(classes, [administration(1, 1, 'before', '2026-12-03')]);
    expect(suggestedClassId(groups, classes, 'before')).toBe(2);
    expect(suggestedClassId(groups, classes, 'after')).toBe(1);
    expect(suggestedClassId(administrationsByClass([], []), [], 'before')).toBeNull();
  });

  it("after the activity, suggests the template of the class's 'before' so the forms pair", () => {
    const offered = templatesForPhase([template(10, 'Perceptions', 'pupil'), template(11, 'Autre', 'pupil')], 'after');
    const groups = administrationsByClass(classes, [administration(1, 1, 'before', '2026-12-03', 10)]);
    expect(suggestedTemplateId(offered, groups, 1, 'after')).toBe(10);
    expect(suggestedTemplateId(offered, groups, 2, 'after')).toBe(11);
    expect(suggestedTemplateId([], groups, 1, 'before')).toBeNull();
  });
});

it("defaults to the event's day and links to the entry page", () => {
  expect(eventDay({ start: '2026-12-03T09:00' })).toBe('2026-12-03');
  expect(entryHref(42)).toBe('#/questionnaires?administration=42');
});
