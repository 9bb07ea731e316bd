// `npm run db:migrate`: applies the committed migrations to DATABASE_URL (for deployments).
import { getDatabase } from "./client";

const handle = getDatabase();
const started = performance.now();
await handle.migrate();
console.log(`Migrations applied to ${handle.engine} in ${Math.round(performance.now() - started)} ms.`);
await handle.close();
