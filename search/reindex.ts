// `npm run search:reindex`: rebuilds every search index from the database, with a progress bar.
import cliProgress from "cli-progress";
import { getDatabase } from "~db/client";
import { getSearchEngine } from "./engine.server";
import { reindexAll } from "./sync.server";

const handle = getDatabase();
await handle.migrate();
const engine = getSearchEngine();
const bar = new cliProgress.SingleBar({ format: "Indexing {entity} [{bar}] {value} documents | {duration_formatted}", hideCursor: true }, cliProgress.Presets.shades_classic);
const started = performance.now();
bar.start(0, 0, { entity: "" });
const counts = await reindexAll(engine, (entity, done) => {
  bar.setTotal(Math.max(done, 1));
  bar.update(done, { entity });
});
bar.stop();
console.log(`Reindexed with the ${engine.name} engine in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
console.table(counts);
await handle.close();
