import type { ApiError, ApiResult } from '../../shared/api/result';

/** Thrown by `unwrap` so react-query sees a failed call as an error, carrying the API's error data. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

export function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new ApiFailure(result.error);
  return result.data;
}

/** The error data of anything react-query caught: an ApiFailure, or an unexpected exception. */
export function apiErrorOf(error: unknown): ApiError {
  if (error instanceof ApiFailure) return error.error;
  return { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error), reason: 'unexpected' };
}

/** The transport could not reach the app's core, or got an answer that is not an ApiResult. */
export function transportFailure(reason: 'network' | 'badResponse', message: string): ApiResult<never> {
  return { ok: false, error: { code: 'INTERNAL', message, reason } };
}
