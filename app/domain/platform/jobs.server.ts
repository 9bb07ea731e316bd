import { sql } from "drizzle-orm";
import { getDb, queryRows } from "~db/client";
import type { StaffActor } from "~/auth/actor";
import { forbiddenError, notFound } from "~/domain/errors";
import { getQueue, JOB_SCHEMA, QUEUES } from "~/jobs/queue.server";

const STATES = ["created", "retry", "active", "completed", "cancelled", "failed"] as const;
export type JobState = (typeof STATES)[number];

function requireAdmin(actor: StaffActor) {
  if (actor.role !== "admin") throw forbiddenError("Only admins see background jobs.");
}

const jobTable = sql.raw(`${JOB_SCHEMA}.job`);

export type QueueOverview = { name: string; counts: Record<JobState, number> };

/** Jobs per queue and state, for the admin's jobs page. */
export async function jobOverview(actor: StaffActor): Promise<QueueOverview[]> {
  requireAdmin(actor);
  const rows = await queryRows<{ name: string; state: JobState; n: number }>(getDb(), sql`select name, state::text as state, count(*)::int as n from ${jobTable} group by 1, 2`);
  return Object.keys(QUEUES).map((name) => ({
    name,
    counts: Object.fromEntries(STATES.map((state) => [state, rows.find((r) => r.name === name && r.state === state)?.n ?? 0])) as Record<JobState, number>,
  }));
}

export type JobRow = {
  id: string;
  name: string;
  state: JobState;
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  startAfter: Date;
  completedOn: Date | null;
  summary: string;
  error: string | null;
};

/** Failed jobs (retries used up: the dead-letter list) or waiting ones, newest first. */
export async function listJobs(actor: StaffActor, which: "failed" | "waiting", limit = 50): Promise<JobRow[]> {
  requireAdmin(actor);
  const states = which === "failed" ? sql`('failed')` : sql`('created', 'retry', 'active')`;
  const rows = await queryRows<{
    id: string;
    name: string;
    state: JobState;
    retry_count: number;
    retry_limit: number;
    created_on: string;
    start_after: string;
    completed_on: string | null;
    data: unknown;
    output: unknown;
  }>(
    getDb(),
    sql`select id::text as id, name, state::text as state, retry_count, retry_limit, created_on, start_after, completed_on, data, output
        from ${jobTable} where state::text in ${states} order by created_on desc limit ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    state: r.state,
    retryCount: r.retry_count,
    retryLimit: r.retry_limit,
    createdOn: new Date(r.created_on),
    startAfter: new Date(r.start_after),
    completedOn: r.completed_on ? new Date(r.completed_on) : null,
    summary: summarise(r.name, r.data),
    error: errorOf(r.output),
  }));
}

function parse(value: unknown): Record<string, unknown> | null {
  if (typeof value === "string") {
    try {
      return JSON.parse(value) as Record<string, unknown>;
    } catch {
      return null;
    }
  }
  return value && typeof value === "object" ? (value as Record<string, unknown>) : null;
}

/** What the job is about, without its payload (which may hold links with tokens). */
function summarise(name: string, data: unknown): string {
  const d = parse(data);
  if (name === "email" && d) return `${String(d.template ?? "?")} → ${String(d.to ?? "?")} (${String(d.idempotencyKey ?? "")})`;
  return name;
}

function errorOf(output: unknown): string | null {
  const o = parse(output);
  if (!o) return null;
  return typeof o.message === "string" ? o.message : typeof o.error === "string" ? o.error : null;
}

/** Puts a failed job back in the queue now. */
export async function retryJob(actor: StaffActor, name: string, id: string): Promise<void> {
  requireAdmin(actor);
  if (!(name in QUEUES) || !/^[0-9a-f-]{36}$/.test(id)) throw notFound("That job");
  const boss = await getQueue();
  const job = await boss.getJobById(name, id);
  if (!job || job.state !== "failed") throw notFound("That failed job");
  await boss.retry(name, id);
}
