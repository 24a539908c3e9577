import pg from "pg";
import PgBoss from "pg-boss";
import {
  DELIVERY_QUEUE,
  DELIVERY_QUEUE_OPTIONS,
  JOB_SCHEMA,
  RETENTION_CRON,
  RETENTION_QUEUE,
  RETENTION_QUEUE_OPTIONS,
  SCAN_CRON,
  SCAN_QUEUE,
  SCAN_QUEUE_OPTIONS,
} from "../../lib/jobs/queues";

/** pg-boss's own queue for cron jobs; its timekeeper creates it at start unless it exists, which the app role could not. */
const PGBOSS_CRON_QUEUE = "__pgboss__send-it";

/*
 * pg-boss creates its schema, and a partition table per queue, with DDL. The
 * app connects as a role without DDL rights (app-role.ts), so the owner does
 * all of it here, at start-up after the migrations: installs or upgrades the
 * schema, creates the queues, registers the every-minute scan and the monthly
 * records retention review, then grants the
 * app role the rows (not the structure) of the schema. The app's pg-boss runs
 * with `migrate: false` and only checks the version.
 */
export async function prepareJobSchema(ownerUrl: string, appRole: string | null): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, migrate: true, supervise: false, schedule: false, max: 2 });
  boss.on("error", (error: Error) => console.error(`Job queue set-up: ${error.message}`));
  await boss.start();
  try {
    // One scan at a time across instances ("singleton": at most one active job).
    const queues: PgBoss.Queue[] = [
      { name: SCAN_QUEUE, ...SCAN_QUEUE_OPTIONS, policy: "singleton" },
      { name: DELIVERY_QUEUE, ...DELIVERY_QUEUE_OPTIONS },
      { name: RETENTION_QUEUE, ...RETENTION_QUEUE_OPTIONS, policy: "singleton" },
      { name: PGBOSS_CRON_QUEUE },
    ];
    for (const queue of queues) {
      if (await boss.getQueue(queue.name)) await boss.updateQueue(queue.name, queue);
      else await boss.createQueue(queue.name, queue);
    }
    await boss.schedule(SCAN_QUEUE, SCAN_CRON);
    await boss.schedule(RETENTION_QUEUE, RETENTION_CRON, {}, { tz: "UTC" });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (appRole) await grantJobSchema(ownerUrl, appRole);
}

export function jobSchemaGrantsSql(role: string): string[] {
  const app = pg.escapeIdentifier(role);
  const schema = pg.escapeIdentifier(JOB_SCHEMA);
  return [
    `GRANT USAGE ON SCHEMA ${schema} TO ${app}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${app}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${app}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${app}`,
  ];
}

async function grantJobSchema(ownerUrl: string, role: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const statement of jobSchemaGrantsSql(role)) await client.query(statement);
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}
