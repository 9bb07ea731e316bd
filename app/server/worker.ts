// `npm run worker`: works background jobs (e-mail, …) without serving HTTP, for
// deployments with several web processes (ACCORD_WORKER=off) on one PostgreSQL.
import { getDatabase } from "~db/client";
import { env } from "~/env.server";
import { stopQueue } from "~/jobs/queue.server";
import { startWorkers } from "~/jobs/worker.server";

const config = env();
const handle = getDatabase();
if (handle.engine === "pglite") {
  console.error("npm run worker needs DATABASE_URL=postgres://…: embedded PGlite is single-process, and `npm start` already works jobs in-process.");
  process.exit(1);
}
await handle.migrate();
await startWorkers(handle);
console.log(`Accord worker is running (e-mail: ${config.RESEND_API_KEY ? "Resend" : `captured to ${config.MAIL_DIR}`}).`);

async function shutdown() {
  await stopQueue();
  await handle.close().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown());
process.on("SIGTERM", () => void shutdown());
