import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, type ChannelName } from '../../shared/api/contract';
import { ROLES, type Role } from '../../shared/domain/roles';
import { signedIn } from '../helpers/api';
import { createTestCore, newCaller, signInAs, type TestCore } from '../helpers/core';

/**
 * Who may call what, written out by hand: the test compares dispatch's behaviour with this table, so a
 * change of access in the contract must be made here too, deliberately.
 */
const EXPECTED_ACCESS: Record<ChannelName, 'public' | 'signedIn' | Role[]> = {
  'auth/status': 'public',
  'auth/setup': 'public',
  'auth/login': 'public',
  'auth/logout': 'signedIn',
  'auth/changePassword': 'signedIn',
  'users/list': ['admin'],
  'users/create': ['admin'],
  'users/update': ['admin'],
  'users/resetPassword': ['admin'],
  'settings/get': ['admin'],
  'settings/update': ['admin'],
  'system/info': ['admin'],
  'system/audit': ['admin'],
  'system/firstSteps': 'signedIn',
  'backups/list': ['admin'],
  'backups/create': ['admin'],
  'backups/progress': ['admin'],
  'backups/restore': ['admin'],
  'backups/setSecondFolder': ['admin'],
  'backups/exportRecoveryKit': ['admin'],
  'backups/protectKeyWithKeyring': ['admin'],
  'recovery/status': 'public',
  'recovery/restore': 'public',
  'recovery/importKit': 'public',
  'schools/list': ['coordinator'],
  'schools/get': ['coordinator'],
  'schools/overview': ['coordinator', 'teacher'],
  'schools/create': ['coordinator'],
  'schools/update': ['coordinator'],
  'schools/delete': ['coordinator'],
  'schools/exportCsv': ['coordinator'],
  'schools/importPreview': ['coordinator'],
  'schools/importCommit': ['coordinator'],
  'classes/list': ['coordinator'],
  'classes/create': ['coordinator'],
  'classes/update': ['coordinator'],
  'classes/delete': ['coordinator'],
  'classes/exportCsv': ['coordinator'],
  'classes/importPreview': ['coordinator'],
  'classes/importCommit': ['coordinator'],
  'contacts/list': ['coordinator'],
  'contacts/create': ['coordinator'],
  'contacts/update': ['coordinator'],
  'contacts/delete': ['coordinator'],
  'contacts/exportCsv': ['coordinator'],
  'contacts/teacherAccounts': ['coordinator'],
  'partners/list': ['coordinator'],
  'partners/create': ['coordinator'],
  'partners/update': ['coordinator'],
  'partners/delete': ['coordinator'],
  'partners/exportCsv': ['coordinator'],
  'partners/facilitators': ['coordinator'],
  'partners/createFacilitator': ['coordinator'],
  'partners/updateFacilitator': ['coordinator'],
  'partners/deleteFacilitator': ['coordinator'],
  'partners/exportFacilitatorsCsv': ['coordinator'],
  'events/list': ['coordinator', 'teacher'],
  'events/get': ['coordinator', 'teacher'],
  'events/create': ['coordinator'],
  'events/update': ['coordinator'],
  'events/move': ['coordinator'],
  'events/delete': ['coordinator'],
  'events/exportIcs': ['coordinator', 'teacher'],
  'events/sheetPdf': ['coordinator', 'teacher'],
  'holidays/list': ['coordinator', 'teacher'],
  'holidays/create': ['coordinator'],
  'holidays/update': ['coordinator'],
  'holidays/delete': ['coordinator'],
  'exhibitions/list': ['coordinator'],
  'exhibitions/get': ['coordinator'],
  'exhibitions/create': ['coordinator'],
  'exhibitions/update': ['coordinator'],
  'exhibitions/delete': ['coordinator'],
  'exhibitions/resolveItemFlag': ['coordinator'],
  'exhibitions/schedulePdf': ['coordinator'],
  'loans/list': ['coordinator'],
  'loans/get': ['coordinator'],
  'loans/create': ['coordinator'],
  'loans/update': ['coordinator'],
  'loans/approve': ['coordinator'],
  'loans/refuse': ['coordinator'],
  'loans/cancel': ['coordinator'],
  'loans/checkOut': ['coordinator'],
  'loans/checkIn': ['coordinator'],
  'loans/delete': ['coordinator'],
  'loans/availability': ['coordinator'],
  'loans/reminders': ['coordinator'],
  'loans/agreementPdf': ['coordinator'],
  'loans/checkPeriod': ['coordinator'],
  'loans/waiting': ['coordinator'],
  'loans/confirmWaiting': ['coordinator'],
  'loans/returnReportPdf': ['coordinator'],
  'questionnaires/templates': ['coordinator', 'teacher'],
  'questionnaires/template': ['coordinator', 'teacher'],
  'questionnaires/administrations': ['coordinator', 'teacher'],
  'questionnaires/entryActivities': ['coordinator', 'teacher'],
  'questionnaires/createAdministration': ['coordinator', 'teacher'],
  'questionnaires/responses': ['coordinator', 'teacher'],
  'questionnaires/saveResponse': ['coordinator', 'teacher'],
  'questionnaires/deleteResponse': ['coordinator', 'teacher'],
  'questionnaires/formPdf': ['coordinator', 'teacher'],
  'questionnaires/createTemplate': ['coordinator'],
  'questionnaires/updateTemplate': ['coordinator'],
  'questionnaires/newTemplateVersion': ['coordinator'],
  'questionnaires/setTemplateArchived': ['coordinator'],
  'questionnaires/deleteAdministration': ['coordinator'],
  'questionnaireResults/pairing': ['coordinator'],
  'questionnaireResults/decidePair': ['coordinator'],
  'questionnaireResults/analysis': ['coordinator'],
  'questionnaireResults/feedback': ['coordinator'],
  'questionnaireResults/answersCsv': ['coordinator'],
  'questionnaireResults/codebookCsv': ['coordinator'],
  'questionnaireResults/impactReportPdf': ['coordinator'],
  'questionnaireImport/preview': ['coordinator'],
  'questionnaireImport/commit': ['coordinator'],
  'housing/providers': ['housing'],
  'housing/createProvider': ['housing'],
  'housing/updateProvider': ['housing'],
  'housing/deleteProvider': ['housing'],
  'housing/units': ['housing'],
  'housing/unit': ['housing'],
  'housing/createUnit': ['housing'],
  'housing/updateUnit': ['housing'],
  'housing/changeUnitStatus': ['housing'],
  'housing/setRollingLease': ['housing'],
  'housing/households': ['housing'],
  'housing/personCodes': ['housing'],
  'housing/household': ['housing'],
  'housing/createHousehold': ['housing'],
  'housing/addPerson': ['housing'],
  'housing/updatePerson': ['housing'],
  'housing/erasePerson': ['housing'],
  'housing/deleteUnit': ['housing'],
  'housing/placements': ['housing'],
  'housing/createPlacement': ['housing'],
  'housing/updatePlacement': ['housing'],
  'housing/endPlacement': ['housing'],
  'housing/reopenPlacement': ['housing'],
  'housing/movePlacement': ['housing'],
  'housing/deletePlacement': ['housing'],
  'housing/unitOccupancy': ['housing'],
  'registrations/list': ['housing'],
  'registrations/registration': ['housing'],
  'registrations/create': ['housing'],
  'registrations/update': ['housing'],
  'registrations/end': ['housing'],
  'registrations/recordContact': ['housing'],
  'registrations/deleteContact': ['housing'],
  'registrations/delete': ['housing'],
  'registrations/tasks': ['housing'],
  'registrations/endProposals': ['housing'],
  'waitlist/list': ['housing'],
  'waitlist/add': ['housing'],
  'waitlist/update': ['housing'],
  'waitlist/close': ['housing'],
  'waitlist/reopen': ['housing'],
  'housingSettings/get': ['housing'],
  'housingSettings/update': ['housing'],
  'housingReports/home': ['housing'],
  'housingReports/report': ['housing'],
  'housingReports/reportPdf': ['housing'],
  'indicators/summary': ['coordinator'],
  'indicators/rows': ['coordinator'],
  'indicators/tableCsv': ['coordinator'],
  'indicators/annualReportPdf': ['coordinator'],
  'indicators/workbook': ['coordinator'],
  // Issue 20, retention: open to these three; the handler then checks each rule's own roles (tests/api/privacy-retention.test.ts).
  'retention/rules': ['admin', 'housing', 'coordinator'],
  'retention/saveRules': ['admin', 'housing', 'coordinator'],
  'retention/status': ['admin', 'housing', 'coordinator'],
  'retention/preview': ['admin', 'housing', 'coordinator'],
  'retention/run': ['admin', 'housing', 'coordinator'],
  'retention/history': ['admin', 'housing', 'coordinator'],
  // Issue 20, right of access: housing staff only.
  'personalData/exportJson': ['housing'],
  'personalData/exportPdf': ['housing'],
  // Issue 20, information notice.
  'informationNotice/record': ['housing'],
  'informationNotice/pdf': ['housing'],
  'informationNotice/languages': ['housing'],
  'informationNotice/saveLanguages': ['housing'],
  'informationNotice/settings': ['housing', 'admin'],
  'informationNotice/saveSettings': ['housing', 'admin'],
  'processingRegister/view': ['admin'],
  'processingRegister/pdf': ['admin'],
};

const DENIED = ['UNAUTHENTICATED', 'FORBIDDEN'];

describe('role × channel access', () => {
  let core: TestCore;
  beforeAll(async () => {
    core = await createTestCore();
    // An admin must exist so that auth/setup is not the first account (it would otherwise succeed for anyone).
    await signInAs(core, ['admin']);
  });
  afterAll(() => core.cleanup());

  it('has an expectation for every channel of the contract', () => {
    expect(Object.keys(EXPECTED_ACCESS).sort()).toEqual(CHANNELS.map((entry) => entry.name).sort());
  });

  const callers: { label: string; roles: Role[] | null }[] = [
    { label: 'anonymous', roles: null },
    ...ROLES.map((role) => ({ label: role, roles: [role] })),
  ];

  for (const entry of CHANNELS) {
    for (const { label, roles } of callers) {
      const expected = EXPECTED_ACCESS[entry.name];
      const allowed =
        expected === 'public' || (roles !== null && (expected === 'signedIn' || expected.some((role) => roles.includes(role))));
      it(`${entry.name} is ${allowed ? 'allowed' : 'denied'} for ${label}`, async () => {
        const caller = roles === null ? newCaller() : (await signInAs(core, roles)).caller;
        // An empty input: allowed callers may get VALIDATION, never a denial; denied callers never reach validation.
        const result = await core.dispatch(caller, entry.name, {});
        if (allowed) {
          if (!result.ok) expect(DENIED).not.toContain(result.error.code);
        } else {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.code).toBe(roles === null ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        }
      });
    }
  }

  it('answers NOT_FOUND for a channel the contract does not have', async () => {
    const { caller } = await signInAs(core, ['admin']);
    for (const name of ['users/drop', 'auth', '', '../auth/login', 'constructor', '__proto__/x']) {
      const result = await core.dispatch(caller, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('holds a user whose password was reset to the auth channels until they change it', async () => {
    const { api } = await signedIn(core, ['admin'], { mustChangePassword: true });
    const list = await api.users.list();
    expect(list).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'passwordChangeRequired' } });
    const status = await api.auth.status();
    expect(status.ok).toBe(true);
  });
});
