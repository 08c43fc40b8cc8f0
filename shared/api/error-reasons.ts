/**
 * Why a request was refused, finer than its code. Like the field issues, the list is closed: a service can
 * only throw a reason written here, and the renderer must have a sentence for each one under
 * `errors.reasons.*` in fr.json and en.json (renderer/i18n/translate-error.ts does not compile otherwise).
 */

/** What a `notFound(entity)` can be about; its reason is `notFound.<entity>` (errors.reasons.notFound.*). */
export const NOT_FOUND_ENTITIES = [
  'user',
  // directory
  'school',
  'class',
  'contact',
  'partner',
  'facilitator',
  // calendar
  'event',
  'holiday',
  // loans
  'exhibition',
  'loan',
  'item',
  // questionnaires
  'template',
  'administration',
  'response',
  // housing
  'provider',
  'registration',
  'unit',
  'household',
  'person',
  'placement',
  'waitlistEntry',
  // backups
  'backup',
] as const;
export type NotFoundEntity = (typeof NOT_FOUND_ENTITIES)[number];

export const ERROR_REASONS = [
  // Dispatch and sign-in (main/dispatch.ts, main/handlers/auth.ts)
  'unknownChannel',
  'signInRequired',
  'roleNotAllowed',
  'passwordChangeRequired',
  'databaseBusy',
  'recordRefused',
  'internal',
  'invalidCredentials',
  'tooManyAttempts',
  'setupDone',
  'lastAdmin',
  // Transports: the HTTP bridge (main/serve/http-bridge.ts) and the IPC sender check (main/electron/ipc.ts)
  'badToken',
  'badOrigin',
  'badHost',
  'badClientId',
  'badContentType',
  'badJson',
  'tooLarge',
  'methodNotAllowed',
  'senderRefused',
  // The renderer's own failures (renderer/api, the file pickers of the imports)
  'network',
  'badResponse',
  'unexpected',
  'importTooLarge',
  // CSV imports (main/csv/import-file.ts and the import services)
  'importHasErrors',
  'importEmpty',
  'importNoColumns',
  'importMalformed',
  // Directory and calendar
  'schoolHasEvents',
  'classHasEvents',
  'partnerHasEvents',
  'scheduleConflict',
  // Loans
  'loanConflict',
  'loanStatus',
  'exhibitionHasLoans',
  'itemNotFlagged',
  // Questionnaires
  'templateHasAnswers',
  'templateHasAdministrations',
  'eventHasQuestionnaires',
  'classHasQuestionnaires',
  'templateHasNoItemsForPhase',
  'notACandidate',
  'responseAlreadyPaired',
  // Housing
  'providerHasUnits',
  'unitHasHistory',
  'unitNotRollingLease',
  'placementEnded',
  'registrationNotRequested',
  'registrationNotActive',
  'waitlistEntryClosed',
  'waitlistEntryNotClosed',
  'householdAlreadyWaiting',
  // desk (issue 17): undoing the end of a stay (main/services/housing/placement-reopen.ts)
  'placementNotEnded',
  'placementChangedSince',
  'unitTakenSince',
  'householdPlacedSince',
  // Backups, restore, recovery mode and the recovery kit (main/services/backups/backup-service.ts, main/startup/)
  'backupRunning',
  'diskFull',
  'backupCheckFailed',
  'backupNotVerified',
  'backupFromNewerVersion',
  'backupOtherKey',
  'recoveryMode',
  'notInRecovery',
  'keyringUnavailable',
  'readOnlyRecords',
  // A team server (issue 15): its backups are PostgreSQL's; its database may be out of reach for a while
  'backupsOnServer',
  'moduleOff',
  'setupOnServer',
  'databaseUnavailable',
  // Issue 15, a database lost under a call (main/db/unavailable.ts, main/dispatch.ts): at COMMIT the outcome is unknown
  'databaseLostWhileSaving',
  // Calendar (issue 17): "Annuler" after a move finds the activity changed since (main/services/calendar/events.ts)
  'eventChangedSince',
  // Retention (issue 20): the records past their term changed between the preview and the confirmation
  'retentionChangedSince',
  // A restore refused: the erasures of the records in place could not be written to the ledger file beside them.
  'erasureLedgerUnwritable',
  ...NOT_FOUND_ENTITIES.map((entity) => `notFound.${entity}` as const),
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
