import type { ServiceContext } from '../services/context';

/**
 * Who does the demo's housing work, and on which day. The demo replays months of work through the real
 * services: each record is written as the housing worker would have written it on its day, so the call's `now`
 * (created_at, the status history, the access log) and its `today` are that day's.
 */

/** The demo housing worker (the `cpas` account) in the demo's transaction, with the data directory's field key. */
export type DemoWorker = Omit<ServiceContext, 'now' | 'today'>;

/** An action taken on `date`: recorded at 10:00 in Liège (09:00 UTC), as a worker would. */
function onDay(date: string): Date {
  return new Date(`${date}T09:00:00Z`);
}

/** The worker acting on `date`. */
export function actingOn(worker: DemoWorker, date: string): ServiceContext {
  return { ...worker, now: onDay(date), today: date };
}
