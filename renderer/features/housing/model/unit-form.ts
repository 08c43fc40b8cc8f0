import type { InputOf } from '../../../../shared/api/contract';
import type { FieldError } from '../../../../shared/api/result';
import type { HousingUnit, HousingUnitSummary, RollingLeaseDetails } from '../../../../shared/domain/housing/housing-units-api';
import {
  LIGHT_HOUSING_CRITERIA,
  LIGHT_HOUSING_MIN_CRITERIA,
  lightHousingCriteriaMissing,
  qualifiesAsLightHousing,
  type LightHousingCriterion,
} from '../../../../shared/domain/housing/light-housing';
import { SUPPORT_KINDS, UNIT_STATUSES, type SupportKind, type UnitKind, type UnitStatus } from '../../../../shared/domain/housing/units';
import { formatFullDate, languageOfLocale } from '../../../dates/date-text';

/** The unit form as typed: numbers may be empty, the provider is a Select value (its id as text). */
export interface UnitFormValues {
  code: string;
  kind: UnitKind;
  address: string;
  providerId: string | null;
  capacity: number | '';
  /** The supports ticked, in SUPPORT_KINDS order, and the day each started (may be empty). */
  supportKinds: SupportKind[];
  supportDates: Record<SupportKind, string>;
  notes: string;
  /** Hébergement citoyen: empty for the setting's default. */
  citizenStayDays: number | '';
  lightHousingCriteria: LightHousingCriterion[];
  /** Creation only: the status as it is today, and since when. */
  status: UnitStatus;
  statusDate: string;
}

function noSupportDates(): Record<SupportKind, string> {
  return Object.fromEntries(SUPPORT_KINDS.map((kind) => [kind, ''])) as Record<SupportKind, string>;
}

export function emptyUnitValues(today: string): UnitFormValues {
  return {
    code: '',
    kind: 'hebergement_citoyen',
    address: '',
    providerId: null,
    capacity: 1,
    supportKinds: [],
    supportDates: noSupportDates(),
    notes: '',
    citizenStayDays: '',
    lightHousingCriteria: [],
    status: 'identified',
    statusDate: today,
  };
}

export function valuesFromUnit(unit: HousingUnit): UnitFormValues {
  const supportDates = noSupportDates();
  for (const support of unit.supports) supportDates[support.kind] = support.startDate ?? '';
  return {
    code: unit.code,
    kind: unit.kind,
    address: unit.address,
    providerId: unit.providerId === null ? null : String(unit.providerId),
    capacity: unit.capacity,
    supportKinds: SUPPORT_KINDS.filter((kind) => unit.supports.some((support) => support.kind === kind)),
    supportDates,
    notes: unit.notes,
    citizenStayDays: unit.citizenStayDays ?? '',
    lightHousingCriteria: unit.lightHousing?.criteria ?? [],
    status: unit.status,
    statusDate: unit.statusDate,
  };
}

type UnitFields = Omit<InputOf<'housing', 'updateUnit'>, 'id'>;

/**
 * What the server receives. Kind-specific details of another kind are sent empty (the server ignores them), and
 * the notes of an existing support are kept.
 */
export function unitFieldsFromValues(values: UnitFormValues, existing?: HousingUnit): UnitFields {
  return {
    code: values.code.trim(),
    kind: values.kind,
    address: values.address.trim(),
    providerId: values.providerId === null || values.providerId === '' ? null : Number(values.providerId),
    capacity: values.capacity === '' ? 0 : values.capacity,
    supports: SUPPORT_KINDS.filter((kind) => values.supportKinds.includes(kind)).map((kind) => ({
      kind,
      startDate: values.supportDates[kind] === '' ? null : values.supportDates[kind],
      notes: existing?.supports.find((support) => support.kind === kind)?.notes ?? '',
    })),
    notes: values.notes.trim(),
    citizenStayDays: values.kind === 'hebergement_citoyen' && values.citizenStayDays !== '' ? values.citizenStayDays : null,
    lightHousingCriteria: values.kind === 'habitat_leger' ? LIGHT_HOUSING_CRITERIA.filter((criterion) => values.lightHousingCriteria.includes(criterion)) : [],
  };
}

export function createUnitInput(values: UnitFormValues): InputOf<'housing', 'createUnit'> {
  return { ...unitFieldsFromValues(values), status: values.status, statusDate: values.statusDate };
}

/** Where a server or schema error shows in the form: `supports.1.startDate` under the supports. */
export function unitErrorKey(path: string): string {
  const name = path.split('.')[0] ?? path;
  return name === 'supports' ? 'supportKinds' : name;
}

/** The live "qualifie" badge of the habitat léger checklist. */
export function lightHousingState(criteria: readonly LightHousingCriterion[]): { count: number; qualifies: boolean; missing: number; minimum: number } {
  const checklist = Object.fromEntries(criteria.map((criterion) => [criterion, true]));
  return {
    count: LIGHT_HOUSING_CRITERIA.filter((criterion) => criteria.includes(criterion)).length,
    qualifies: qualifiesAsLightHousing(checklist),
    missing: lightHousingCriteriaMissing(checklist),
    minimum: LIGHT_HOUSING_MIN_CRITERIA,
  };
}

export type UnitSortColumn = 'code' | 'kind' | 'address' | 'provider' | 'capacity' | 'status';
export interface UnitSort {
  column: UnitSortColumn;
  direction: 'asc' | 'desc';
}

/** The units list sorted on screen (the channel answers the whole selection); ties by code. */
export function sortUnits(rows: readonly HousingUnitSummary[], sort: UnitSort, kindLabel: (kind: UnitKind) => string): HousingUnitSummary[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
  const key = (row: HousingUnitSummary): string | number => {
    switch (sort.column) {
      case 'code':
        return row.code;
      case 'kind':
        return kindLabel(row.kind);
      case 'address':
        return row.address;
      case 'provider':
        return row.providerName ?? '';
      case 'capacity':
        return row.capacity;
      case 'status':
        return UNIT_STATUSES.indexOf(row.status);
    }
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const order = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb));
    return order !== 0 ? sign * order : collator.compare(a.code, b.code);
  });
}

export function nextUnitSort(current: UnitSort, column: UnitSortColumn): UnitSort {
  return current.column === column ? { column, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' };
}

/** The bail glissant form as typed: optional dates empty. */
export interface RollingLeaseFormValues {
  operator: string;
  owner: string;
  subleaseStart: string;
  renewals: string[];
  transferDate: string;
  endDate: string;
  outcome: string;
  objectives: string;
  reviews: { date: string; notes: string }[];
}

export function rollingLeaseValues(lease: RollingLeaseDetails | null, today: string): RollingLeaseFormValues {
  return {
    operator: lease?.operator ?? '',
    owner: lease?.owner ?? '',
    subleaseStart: lease?.subleaseStart ?? today,
    renewals: [...(lease?.renewals ?? [])],
    transferDate: lease?.transferDate ?? '',
    endDate: lease?.endDate ?? '',
    outcome: lease?.outcome ?? '',
    objectives: lease?.objectives ?? '',
    reviews: (lease?.reviews ?? []).map((review) => ({ ...review })),
  };
}

export function rollingLeaseInput(unitId: number, values: RollingLeaseFormValues): InputOf<'housing', 'setRollingLease'> {
  return {
    unitId,
    operator: values.operator.trim(),
    owner: values.owner.trim(),
    subleaseStart: values.subleaseStart,
    renewals: values.renewals.filter((date) => date !== ''),
    transferDate: values.transferDate === '' ? null : values.transferDate,
    endDate: values.endDate === '' ? null : values.endDate,
    outcome: values.outcome.trim(),
    objectives: values.objectives.trim(),
    reviews: values.reviews.filter((review) => review.date !== '' || review.notes.trim() !== '').map((review) => ({ date: review.date, notes: review.notes.trim() })),
  };
}

/** Where a bail glissant error shows: `reviews.2.date` on that row's date, anything else on its field. */
export function rollingLeaseErrorKey(path: string): string {
  const review = /^reviews\.\d+\.(date|notes)/.exec(path);
  if (review) return review[0];
  const renewal = /^renewals\.\d+/.exec(path);
  if (renewal) return 'renewals';
  return path.split('.')[0] ?? path;
}

/** The errors as a Mantine form wants them, the first message of each place kept. */
export function errorsByKey(fields: readonly FieldError[], keyOf: (path: string) => string, message: (field: FieldError) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) errors[keyOf(field.path)] ??= message(field);
  return errors;
}

/** "1er mars 2027": a calendar day in the user's language, whatever the time zone. */
export function formatDay(day: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return formatFullDate(day, languageOfLocale(locale));
}
