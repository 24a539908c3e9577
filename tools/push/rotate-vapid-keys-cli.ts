import { createDatabaseClient } from "../../lib/db/client";
import { rotateVapidKeys } from "../../lib/push/vapid-keys";
import { authSecret } from "../launcher/auth-secret";
import { runCli, withDatabase } from "../launcher/run-cli";

/*
 * `npm run push:rotate-keys`: a new VAPID key pair (after a leak, or when
 * NEXTAUTH_SECRET changed and the old private key can no longer be read). Every
 * browser subscription goes with the old key; people turn reminders on again
 * on each device.
 */
runCli(() =>
  withDatabase(async (database, env) => {
    const db = createDatabaseClient(database.url);
    try {
      const { subscriptionsRemoved } = await rotateVapidKeys(db, await authSecret(env.NEXTAUTH_SECRET, env.BACKTRACK_DATA_DIR));
      console.log(`New push keys are in place. ${subscriptionsRemoved} device subscription(s) removed: each device turns reminders on again.`);
    } finally {
      await db.$disconnect();
    }
  }),
);
