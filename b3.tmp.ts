import { openDatabase, useDatabase } from "~db/client";
import { embeddedEngine } from "~search/embedded.server";
import { summarise } from "./tests/bench/stats";
const h = openDatabase("postgres://postgres@127.0.0.1:5432/accord_sb"); useDatabase(h);
const e = embeddedEngine(() => h.db);
const qs = ["bearing", "bearnig", "install", "hydraulic hose burst", "invoice", "credit limit on hold", "grease", "password"];
const t: number[] = [];
for (let r = 0; r < 3; r++) for (const q of qs) { const s = performance.now(); const res = await e.search("knowledge", { q, filter: { visibility: ["public","customers"], status: "published" } }); t.push(performance.now() - s); if (r === 0) console.log(q, res.total, Math.round(performance.now()-s)); }
console.log(summarise(t));
await h.close();
