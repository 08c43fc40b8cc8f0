import type { ConflictDetail, DateSpan, ErrorCode, FieldError, MessageParams, UnitWithRoom } from '../shared/api/result';
import type { ErrorReason, NotFoundEntity } from '../shared/api/error-reasons';

/**
 * An expected failure a service reports to the user (not found, conflict, refused field). Anything thrown
 * that is not an AppError is a bug: dispatch logs it and answers INTERNAL without details.
 */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL'>,
    message: string,
    readonly details: {
      reason?: ErrorReason;
      params?: MessageParams;
      fields?: FieldError[];
      conflicts?: ConflictDetail[];
      alternatives?: DateSpan[];
      unitsWithRoom?: UnitWithRoom[];
    } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(entity: NotFoundEntity): AppError {
  return new AppError('NOT_FOUND', `${entity} not found`, { reason: `notFound.${entity}` });
}

export function conflict(reason: ErrorReason, params?: MessageParams): AppError {
  return new AppError('CONFLICT', `conflict: ${reason}`, { reason, params });
}

export function fieldError(path: string, issue: FieldError['issue'], params?: MessageParams): AppError {
  return new AppError('VALIDATION', `invalid field ${path}: ${issue}`, { fields: [{ path, issue, params }] });
}

export function fieldErrors(fields: FieldError[]): AppError {
  return new AppError('VALIDATION', `invalid fields: ${fields.map((field) => field.path).join(', ')}`, { fields });
}
