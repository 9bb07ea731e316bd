// KB search on 20,000 articles with the embedded engine: p50/p95 beside raw-SQL baselines in the same run.
import { sql } from "drizzle-orm";
import { type DatabaseHandle, queryRows } from "~db/client";
import { buildArticles } from "~db/seed/kb-data";
import { Random } from "~db/seed/random";
import { embeddedEngine } from "~search/embedded.server";
import { plainText } from "~search/sources.server";
import type { SearchDocument } from "~search/types";
import { printTable, summarise, time } from "./stats";

const QUERIES = [
  "bearing", "ball bearings noise", "bearnig", "hydraulic hose burst", "hydraulik", "install", "instal", "troubleshooting breakers",
  "invoice", "credit limit on hold", "tracking", "damaged delivery", "return policy", "po number", "password", "quick order sku",
  "grease", "threadlocker cure", "spill kit", "stretch film tears", "torque wrench calibration", "safety glasses fog", "nitrile gloves",
  "push-in fitting leak", "cylinder jerky", "approval", "quote", "pallet delivery", "tax exemption", "warranty claim",
];

export async function benchSearch(handle: DatabaseHandle, articles = 20_000) {
  const rng = new Random("bench-search");
  const seeds = buildArticles({});
  const docs: SearchDocument[] = [];
  for (let i = 0; i < articles; i++) {
    const a = seeds[i % seeds.length];
    const variant = Math.floor(i / seeds.length);
    const paragraphs = plainText(a.body).split(". ");
    docs.push({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
      title: variant ? `${a.title} (${rng.pick(["site", "plant", "line", "region"])} ${variant})` : a.title,
      keywords: `${a.summary} ${a.tags.join(" ")}`,
      body: rng.sample(paragraphs, paragraphs.length).join(". "),
      filters: { visibility: a.visibility, status: "published", category: a.category },
      display: { slug: `${a.slug}-${variant}` },
      sortAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
    });
  }
  const engine = embeddedEngine(() => handle.db);
  const [indexMs] = await time(() => engine.upsert("knowledge", docs));
  console.log(`Indexed ${articles.toLocaleString("en-US")} articles in ${(indexMs / 1000).toFixed(1)} s (${handle.engine}).`);

  const filter = { visibility: ["public", "customers"], status: "published" };
  for (const q of QUERIES.slice(0, 5)) await engine.search("knowledge", { q, filter }); // warm up
  const samples = { engine: [] as number[], rawFullText: [] as number[], roundTrip: [] as number[] };
  for (let round = 0; round < 4; round++) {
    for (const q of QUERIES) {
      samples.engine.push((await time(() => engine.search("knowledge", { q, filter, limit: 10 })))[0]);
      // Baseline: the bare full-text query (no prefixes, typos, snippets or filters' JSON).
      samples.rawFullText.push(
        (
          await time(() =>
            queryRows(
              handle.db,
              sql`select document_id from search_documents where index_name = 'knowledge' and search_vector @@ websearch_to_tsquery('english', ${q})
                  order by ts_rank_cd(search_vector, websearch_to_tsquery('english', ${q})) desc limit 10`,
            ),
          )
        )[0],
      );
      samples.roundTrip.push((await time(() => queryRows(handle.db, sql`select 1`)))[0]);
    }
  }
  printTable(`KB search, ${articles.toLocaleString("en-US")} articles, ${QUERIES.length} queries × 4 (${handle.engine})`, {
    "embedded engine search": summarise(samples.engine),
    "baseline: raw full-text SQL": summarise(samples.rawFullText),
    "baseline: select 1": summarise(samples.roundTrip),
  });
}
