/**
 * What the housing channels answer about providers and units (issue 6, first slice). The rules themselves live
 * next door (units.ts, light-housing.ts, rolling-lease.ts); these are only the shapes sent to the renderer. No
 * personal data of housed people here: placements and registrations come in later slices.
 */
import type { LightHousingCriterion } from './light-housing';
import type { RollingLeaseAlert } from './rolling-lease';
import type { ProviderKind, SupportKind, UnitKind, UnitStatus } from './units';

export interface HousingProvider {
  id: number;
  kind: ProviderKind;
  name: string;
  contactName: string;
  email: string;
  phone: string;
  address: string;
  notes: string;
  /** Units recorded with this provider (a provider with units cannot be deleted). */
  unitCount: number;
}

/** One line of the unit list. */
export interface HousingUnitSummary {
  id: number;
  code: string;
  kind: UnitKind;
  address: string;
  providerId: number | null;
  providerName: string | null;
  capacity: number;
  /** The latest status recorded, and the day it took effect. */
  status: UnitStatus;
  statusDate: string;
}

export interface HousingUnitStatusChange {
  status: UnitStatus;
  date: string;
  /** When it was typed in (ISO instant), distinct from the day it took effect. */
  recordedAt: string;
}

export interface HousingUnitSupport {
  kind: SupportKind;
  startDate: string | null;
  notes: string;
}

export interface LightHousingQualification {
  /** The criteria ticked, in checklist order. */
  criteria: LightHousingCriterion[];
  qualifies: boolean;
  /** How many more criteria are needed (0 when it qualifies). */
  missing: number;
}

export interface RollingLeaseReview {
  date: string;
  notes: string;
}

export interface RollingLeaseDetails {
  operator: string;
  owner: string;
  subleaseStart: string;
  /** Days the yearly renewals were signed, oldest first. */
  renewals: string[];
  transferDate: string | null;
  endDate: string | null;
  outcome: string;
  objectives: string;
  reviews: RollingLeaseReview[];
  /** The 1st and 2nd anniversaries, and the 3rd (by which it has transferred or ended). */
  renewalDueDates: string[];
  maximumEnd: string;
  /** Alerts showing today (rollingLeaseAlerts with the rollingLeaseNoticeDays setting). */
  alerts: RollingLeaseAlert[];
}

export interface HousingUnit extends HousingUnitSummary {
  notes: string;
  /** The statuses it may move to next (UNIT_TRANSITIONS). */
  nextStatuses: UnitStatus[];
  /** Oldest first; the first entry is the status it was recorded with. */
  statusHistory: HousingUnitStatusChange[];
  supports: HousingUnitSupport[];
  /** Hébergement citoyen only: the stay length set on the unit, or null to use the setting. */
  citizenStayDays: number | null;
  /** Hébergement citoyen only: the stay length that applies (the unit's, or the setting's). Null for other kinds. */
  effectiveCitizenStayDays: number | null;
  /** Habitat léger only. */
  lightHousing: LightHousingQualification | null;
  /** Bail glissant only, once recorded. */
  rollingLease: RollingLeaseDetails | null;
  createdAt: string;
  updatedAt: string;
}
