import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { calendarKeys } from '../calendar';
import type { SchoolYear } from '../../../shared/domain/school-year';
import type { Administration } from '../../../shared/domain/questionnaires/responses';

/** Query keys of the questionnaires section; everything sits under ['questionnaires']. */
export const questionnaireKeys = {
  all: ['questionnaires'] as const,
  administrations: (eventId: number) => ['questionnaires', 'administrations', eventId] as const,
  administration: (id: number) => ['questionnaires', 'administration', id] as const,
  responses: (administrationId: number) => ['questionnaires', 'responses', administrationId] as const,
  template: (id: number) => ['questionnaires', 'template', id] as const,
  entryActivities: (schoolYear: string) => ['questionnaires', 'entryActivities', schoolYear] as const,
};

/** The activities of a school year with a questionnaire open for the caller's classes (the server decides). */
export function useEntryActivities(year: SchoolYear) {
  return useQuery({
    queryKey: questionnaireKeys.entryActivities(year.label),
    queryFn: async () => unwrap(await api.questionnaires.entryActivities({ schoolYear: year.label })),
  });
}

/** The activities of a school year (a teacher only gets theirs). */
export function useYearEvents(year: SchoolYear) {
  const input = { from: year.firstDay, to: year.lastDay };
  return useQuery({
    queryKey: calendarKeys.eventList(input),
    queryFn: async () => unwrap(await api.events.list(input)),
  });
}

export function useAdministrations(eventId: number | null) {
  return useQuery({
    queryKey: questionnaireKeys.administrations(eventId ?? 0),
    queryFn: async () => unwrap(await api.questionnaires.administrations({ eventId: eventId! })),
    enabled: eventId !== null,
  });
}

/**
 * One administration from its id alone (a link from the calendar carries only that): looked up among the
 * administrations of the given event, or else of the school year's activities.
 */
export function useAdministration(id: number | null, eventId: number | null, year: SchoolYear) {
  return useQuery({
    queryKey: [...questionnaireKeys.administration(id ?? 0), eventId],
    enabled: id !== null,
    queryFn: async (): Promise<Administration | null> => {
      if (eventId !== null) {
        const found = unwrap(await api.questionnaires.administrations({ eventId })).find((candidate) => candidate.id === id);
        if (found) return found;
      }
      const events = unwrap(await api.events.list({ from: year.firstDay, to: year.lastDay }));
      for (const event of events) {
        const found = unwrap(await api.questionnaires.administrations({ eventId: event.id })).find((candidate) => candidate.id === id);
        if (found) return found;
      }
      return null;
    },
  });
}

export function useTemplate(id: number | null) {
  return useQuery({
    queryKey: questionnaireKeys.template(id ?? 0),
    queryFn: async () => unwrap(await api.questionnaires.template({ id: id! })),
    enabled: id !== null,
  });
}

export function useResponses(administrationId: number | null) {
  return useQuery({
    queryKey: questionnaireKeys.responses(administrationId ?? 0),
    queryFn: async () => unwrap(await api.questionnaires.responses({ administrationId: administrationId! })),
    enabled: administrationId !== null,
    // The grid takes its rows once; it keeps them itself afterwards.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
