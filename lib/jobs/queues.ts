/** pg-boss keeps its tables in this schema of the app's database, created by the owner role (tools/db/job-schema.ts). */
export const JOB_SCHEMA = "pgboss";

/** The every-minute scan that turns due reminders into notifications. */
export const SCAN_QUEUE = "reminders-scan";
/** One email or push send per job; a job's id is derived from its delivery, so enqueueing twice adds nothing. */
export const DELIVERY_QUEUE = "notification-delivery";

/**
 * Sends retry 4 times with exponential backoff from 30 s (about 30 s, 1 min,
 * 2 min, 4 min), so an SMTP outage of a few minutes costs no reminder; after
 * the last try the delivery is marked FAILED for the admin's list.
 */
export const DELIVERY_QUEUE_OPTIONS = { retryLimit: 4, retryDelay: 30, retryBackoff: true, expireInSeconds: 120 } as const;
/** A scan that fails is not retried: the next minute's scan covers the same reminders. */
export const SCAN_QUEUE_OPTIONS = { retryLimit: 0, expireInSeconds: 300 } as const;
export const SCAN_CRON = "* * * * *";

/**
 * The clinic records' retention review (lib/clinic-records/retention-review.ts):
 * monthly, on the 1st at 03:00 UTC. It only lists records past the clinic's
 * retention period for an admin to confirm; running twice on a day changes nothing.
 */
export const RETENTION_QUEUE = "records-retention-review";
export const RETENTION_CRON = "0 3 1 * *";
export const RETENTION_QUEUE_OPTIONS = { retryLimit: 2, retryDelay: 600, expireInSeconds: 3600 } as const;
