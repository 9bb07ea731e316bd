import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import * as schema from "~db/schema";

/**
 * Tables that are not owned by one customer account, and why. A new table
 * either goes here with a reason or carries `account_id NOT NULL` + an index.
 */
const NOT_TENANT_OWNED: Record<string, string> = {
  accounts: "the tenant itself",
  users: "identity; a customer user reaches its account through contacts",
  sessions: "sign-in infrastructure, per user",
  password_reset_tokens: "sign-in infrastructure, per user",
  rate_limits: "throttling counters",
  imports: "staff CSV imports of accounts and contacts, across accounts",
  product_categories: "the supplier's catalog, shared by all customers",
  products: "the supplier's catalog, shared by all customers",
  price_lists: "contract price lists, assigned to many accounts",
  price_list_items: "belongs to a price list",
  business_calendars: "service configuration",
  holidays: "service configuration",
  sla_policies: "entitlements per tier, shared",
  macros: "agents' canned replies",
  kb_categories: "knowledge shared by all customers",
  kb_articles: "knowledge shared by all customers",
  kb_feedback: "votes on shared articles, also anonymous",
  audit_log: "spans staff and customers; account_id when there is one",
  api_tokens: "staff tokens have no account; customer tokens set account_id",
  idempotency_keys: "belongs to an API token",
  webhook_endpoints: "platform integration",
  webhook_deliveries: "platform integration",
  mail_messages: "also staff mail; account_id when it concerns a customer",
  search_documents: "the embedded search index; filters carry the account where needed",
};

// Columns are declared in camelCase and stored in snake_case (casing: "snake_case").
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const tables = Object.values(schema as Record<string, unknown>)
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableConfig(table));

describe("schema", () => {
  it("every customer-owned table has account_id NOT NULL with an index leading on it", () => {
    const problems: string[] = [];
    for (const table of tables) {
      if (table.name in NOT_TENANT_OWNED) continue;
      const column = table.columns.find((c) => snake(c.name) === "account_id");
      if (!column) {
        problems.push(`${table.name}: no account_id (add it, or list the table in NOT_TENANT_OWNED with a reason)`);
        continue;
      }
      if (!column.notNull) problems.push(`${table.name}: account_id is nullable`);
      const indexed =
        table.indexes.some((index) => {
          const first = index.config.columns[0] as { name?: string } | undefined;
          return first?.name !== undefined && snake(first.name) === "account_id";
        }) || table.primaryKeys.some((pk) => snake(pk.columns[0].name) === "account_id");
      if (!indexed) problems.push(`${table.name}: no index starting with account_id`);
    }
    expect(problems).toEqual([]);
  });

  it("the exemption list names only tables that exist", () => {
    const names = new Set(tables.map((t) => t.name));
    expect(Object.keys(NOT_TENANT_OWNED).filter((name) => !names.has(name))).toEqual([]);
  });

  it("the migrated database has exactly the tables of the schema, with account_id NOT NULL where declared", async () => {
    const live = await queryRows<{ table_name: string }>(
      getDb(),
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    expect(live.map((r) => r.table_name).sort()).toEqual(tables.map((t) => t.name).sort());
    const nullable = await queryRows<{ table_name: string }>(
      getDb(),
      sql`select table_name from information_schema.columns where table_schema = 'public' and column_name = 'account_id' and is_nullable = 'YES'`,
    );
    expect(nullable.map((r) => r.table_name).every((name) => name in NOT_TENANT_OWNED)).toBe(true);
  });

  it("pg_trgm is installed by the custom migration", async () => {
    const rows = await queryRows<{ similarity: number }>(getDb(), sql`select similarity('bearing', 'bearings') as similarity`);
    expect(Number(rows[0].similarity)).toBeGreaterThan(0.5);
  });

  it("applying the migrations again changes nothing", async () => {
    const { getDatabase } = await import("~db/client");
    await expect(getDatabase().migrate()).resolves.toBeUndefined();
  });
});
