import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import * as s from "../schema";
import { hashPassword } from "../../app/auth/password.server";
import { type BulkWriter, insertAll, insertWriter } from "./bulk";
import { buildProducts, CATEGORIES } from "./catalog-data";
import { buildArticles, KB_CATEGORIES } from "./kb-data";
import {
  AGENT_REPLIES,
  CALL_SUBJECTS,
  CITIES,
  COMPANY_PREFIXES,
  CUSTOMER_FOLLOW_UPS,
  FIRST_NAMES,
  INDUSTRIES,
  INTERNAL_NOTES,
  JOB_TITLES,
  LAST_NAMES,
  NOTE_SUBJECTS,
  OPPORTUNITY_NAMES,
  STREETS,
  TASK_TITLES,
  TICKET_TEMPLATES,
} from "./people";
import { Random } from "./random";

export const DEMO_PASSWORD = "accord-demo";

export const DEMO_SIGN_INS = [
  { email: "buyer@acme.example", who: "customer admin, Acme Manufacturing" },
  { email: "requester@acme.example", who: "customer requester, Acme Manufacturing" },
  { email: "buyer@globex.example", who: "customer admin, Globex Chemicals" },
  { email: "agent@accord.example", who: "support agent" },
  { email: "manager@accord.example", who: "account manager (owns Acme and Globex)" },
  { email: "admin@accord.example", who: "staff admin" },
] as const;

export type SeedOptions = {
  /** Number of customer accounts, the two demo accounts included. */
  accounts: number;
  seed: number;
  /** Every date is relative to this moment; with the same seed and as-of the data is identical. */
  asOf: Date;
  /** Average orders per ordinary account over the two years. */
  ordersPerAccount: number;
  /** Orders of Acme Manufacturing, the big demo account (the benchmark's customer record). */
  bigAccountOrders: number;
  /** Accounts generated and written per transaction. */
  chunkSize?: number;
  /** How chunks are written; defaults to multi-row INSERTs on the executor. */
  writer?: BulkWriter;
  onProgress?: (accountsDone: number, accountsTotal: number) => void;
};

export type SeedSummary = Record<string, number>;

type Row = Record<string, unknown>;
type Tier = (typeof s.accountTier.enumValues)[number];
type Pattern = "steady" | "growing" | "fading" | "one_off" | "new" | "seasonal" | "lapsed";
type OrderStatus = (typeof s.orderStatus.enumValues)[number];

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;

const TIER_DISCOUNT: Record<Tier, number> = { platinum: 0.18, gold: 0.12, silver: 0.06, bronze: 0 };
const TIER_ORDER_RATE: Record<Tier, number> = { platinum: 2.4, gold: 1.6, silver: 0.95, bronze: 0.55 };
const SLA_MINUTES: Record<Tier, Record<string, [number, number]>> = {
  platinum: { urgent: [30, 240], high: [60, 480], normal: [120, 1440], low: [240, 2880] },
  gold: { urgent: [60, 480], high: [120, 960], normal: [240, 1920], low: [480, 4800] },
  silver: { urgent: [120, 960], high: [240, 1440], normal: [480, 2880], low: [960, 5760] },
  bronze: { urgent: [240, 1440], high: [480, 2880], normal: [960, 4800], low: [1440, 9600] },
};
const STAGE_PROBABILITY = { prospecting: 10, qualification: 25, proposal: 50, negotiation: 75, won: 100, lost: 0 } as const;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

const emailLocal = (first: string, last: string) => `${slug(first)}.${slug(last)}`.replace(/-/g, "");

type StaffSeed = { id: string; email: string; name: string; role: "agent" | "account_manager" | "admin"; title: string };
type ProductRow = { id: string; sku: string; name: string; unit: string; listPriceCents: number; category: string };

type Ctx = {
  rng: Random;
  asOf: number;
  staff: StaffSeed[];
  managers: StaffSeed[];
  agents: StaffSeed[];
  products: ProductRow[];
  productsByCategory: Map<string, ProductRow[]>;
  priceListIds: Record<Tier, string | null>;
  slaPolicies: Map<string, { id: string; first: number; resolution: number }>;
  /** Articles customers can read: what a suggestion may have answered. */
  deflectionArticles: { id: string; title: string }[];
  counters: { order: number; quote: number; ticket: number };
  usedNames: Set<string>;
  demoPasswordHash: string;
  summary: SeedSummary;
};

function count(ctx: Ctx, table: string, n: number) {
  ctx.summary[table] = (ctx.summary[table] ?? 0) + n;
}

// ---------------------------------------------------------------------------
// Reference data: staff, catalog, prices, SLA policies, knowledge base.
// ---------------------------------------------------------------------------

async function seedReference(ex: Executor, ctx: Ctx, rng: Random) {
  const staffDefs: Omit<StaffSeed, "id">[] = [
    { email: "admin@accord.example", name: "Riley Chen", role: "admin", title: "Head of Customer Operations" },
    { email: "manager@accord.example", name: "Morgan Blake", role: "account_manager", title: "Key Account Manager" },
    { email: "agent@accord.example", name: "Alex Morgan", role: "agent", title: "Customer Support Specialist" },
    { email: "chris.taylor@accord.example", name: "Chris Taylor", role: "account_manager", title: "Account Manager" },
    { email: "nina.petrova@accord.example", name: "Nina Petrova", role: "account_manager", title: "Account Manager" },
    { email: "jordan.lee@accord.example", name: "Jordan Lee", role: "agent", title: "Customer Support Specialist" },
    { email: "sofia.rossi@accord.example", name: "Sofia Rossi", role: "agent", title: "Technical Support Engineer" },
    { email: "tomas.diaz@accord.example", name: "Tomás Díaz", role: "agent", title: "Customer Support Specialist" },
  ];
  const demoEmails = new Set<string>(DEMO_SIGN_INS.map((d) => d.email));
  ctx.staff = staffDefs.map((d) => ({ ...d, id: rng.uuid() }));
  ctx.managers = ctx.staff.filter((u) => u.role === "account_manager");
  ctx.agents = ctx.staff.filter((u) => u.role === "agent");
  await insertAll(
    ex,
    s.users,
    ctx.staff.map((u) => ({
      id: u.id,
      kind: "staff",
      email: u.email,
      name: u.name,
      staffRole: u.role,
      title: u.title,
      timezone: "America/New_York",
      passwordHash: demoEmails.has(u.email) ? ctx.demoPasswordHash : null,
    })),
  );
  count(ctx, "users", ctx.staff.length);

  const categoryIds = new Map<string, string>();
  await insertAll(
    ex,
    s.productCategories,
    CATEGORIES.map((c, i) => {
      const id = rng.uuid();
      categoryIds.set(c.slug, id);
      return { id, slug: c.slug, name: c.name, description: c.description, position: i };
    }),
  );
  const productSeeds = buildProducts();
  const productRows = productSeeds.map((p) => {
    const stock = rng.weighted([
      ["in_stock", 80],
      ["low_stock", 12],
      ["out_of_stock", 6],
      ["discontinued", 2],
    ] as const);
    return {
      id: rng.uuid(),
      sku: p.sku,
      name: p.name,
      description: p.description,
      categoryId: categoryIds.get(p.category)!,
      unit: p.unit,
      listPriceCents: p.listPriceCents,
      costCents: Math.round(p.listPriceCents * p.costRatio),
      stockStatus: stock,
      stockQuantity: stock === "in_stock" ? rng.int(40, 900) : stock === "low_stock" ? rng.int(1, 15) : 0,
      leadTimeDays: stock === "out_of_stock" ? rng.int(10, 35) : rng.int(1, 3),
      active: stock !== "discontinued",
    };
  });
  await insertAll(ex, s.products, productRows);
  count(ctx, "products", productRows.length);
  ctx.products = productRows
    .map((p, i) => ({ ...p, category: productSeeds[i].category }))
    .filter((p) => p.active)
    .map((p) => ({ id: p.id, sku: p.sku, name: p.name, unit: p.unit, listPriceCents: p.listPriceCents, category: p.category }));
  ctx.productsByCategory = new Map();
  for (const p of ctx.products) {
    const list = ctx.productsByCategory.get(p.category) ?? [];
    list.push(p);
    ctx.productsByCategory.set(p.category, list);
  }

  const year = new Date(ctx.asOf).getUTCFullYear();
  const lists: { tier: Tier; name: string }[] = [
    { tier: "platinum", name: `Platinum contract ${year}` },
    { tier: "gold", name: `Gold contract ${year}` },
    { tier: "silver", name: `Silver contract ${year}` },
  ];
  ctx.priceListIds = { platinum: null, gold: null, silver: null, bronze: null };
  for (const list of lists) {
    const id = rng.uuid();
    ctx.priceListIds[list.tier] = id;
    await insertAll(ex, s.priceLists, [
      { id, name: list.name, currency: "USD", description: `${Math.round(TIER_DISCOUNT[list.tier] * 100)} % off list on the whole catalog for ${list.tier} accounts.` },
    ]);
    await insertAll(
      ex,
      s.priceListItems,
      productRows.map((p) => ({
        id: rng.uuid(),
        priceListId: id,
        productId: p.id,
        unitPriceCents: Math.round(p.listPriceCents * (1 - TIER_DISCOUNT[list.tier] - rng.float(-0.02, 0.02))),
      })),
    );
    count(ctx, "price_list_items", productRows.length);
  }

  const businessHours = rng.uuid();
  const alwaysOpen = rng.uuid();
  const weekday: [string, string][] = [["08:00", "18:00"]];
  await insertAll(ex, s.businessCalendars, [
    {
      id: businessHours,
      name: "US business hours (Eastern)",
      timezone: "America/New_York",
      weeklyHours: { "1": weekday, "2": weekday, "3": weekday, "4": weekday, "5": weekday, "6": [], "7": [] },
    },
    { id: alwaysOpen, name: "24×7", timezone: "UTC", weeklyHours: {}, alwaysOpen: true },
  ]);
  const holidayRows: Row[] = [];
  for (const y of [year - 2, year - 1, year, year + 1]) {
    for (const [md, name] of [
      ["01-01", "New Year's Day"],
      ["07-04", "Independence Day"],
      ["12-25", "Christmas Day"],
    ] as const) {
      holidayRows.push({ id: rng.uuid(), calendarId: businessHours, date: `${y}-${md}`, name });
    }
    const nth = (month: number, weekdayIndex: number, n: number) => {
      const d = new Date(Date.UTC(y, month, 1));
      const offset = (weekdayIndex - d.getUTCDay() + 7) % 7;
      return new Date(Date.UTC(y, month, 1 + offset + (n - 1) * 7)).toISOString().slice(0, 10);
    };
    const lastMonday = (month: number) => {
      const d = new Date(Date.UTC(y, month + 1, 0));
      const back = (d.getUTCDay() + 6) % 7;
      return new Date(Date.UTC(y, month, d.getUTCDate() - back)).toISOString().slice(0, 10);
    };
    holidayRows.push(
      { id: rng.uuid(), calendarId: businessHours, date: lastMonday(4), name: "Memorial Day" },
      { id: rng.uuid(), calendarId: businessHours, date: nth(8, 1, 1), name: "Labor Day" },
      { id: rng.uuid(), calendarId: businessHours, date: nth(10, 4, 4), name: "Thanksgiving Day" },
    );
  }
  await insertAll(ex, s.holidays, holidayRows);

  ctx.slaPolicies = new Map();
  const policyRows: Row[] = [];
  for (const tier of s.accountTier.enumValues) {
    for (const priority of s.ticketPriority.enumValues) {
      const [first, resolution] = SLA_MINUTES[tier][priority];
      const id = rng.uuid();
      ctx.slaPolicies.set(`${tier}:${priority}`, { id, first, resolution });
      const roundTheClock = tier === "platinum" && (priority === "urgent" || priority === "high");
      policyRows.push({ id, tier, priority, firstResponseMinutes: first, resolutionMinutes: resolution, calendarId: roundTheClock ? alwaysOpen : businessHours });
    }
  }
  await insertAll(ex, s.slaPolicies, policyRows);

  await insertAll(ex, s.macros, [
    { id: rng.uuid(), name: "Shipping today", body: "Hello {{requester.first_name}},\n\nthanks for your patience. Your order {{ticket.order_number}} ships today; tracking follows by e-mail.\n\nBest regards,\n{{agent.name}}", setStatus: "pending_customer", createdByUserId: ctx.staff[0].id },
    { id: rng.uuid(), name: "Ask for photos", body: "Hello {{requester.first_name}},\n\ncould you send photos of the parts and of the label on the box? That lets us trace the batch.\n\nThank you,\n{{agent.name}}", setStatus: "pending_customer", createdByUserId: ctx.staff[0].id },
    { id: rng.uuid(), name: "Return authorised", body: "Hello {{requester.first_name}},\n\nyour return is authorised. The prepaid label is on its way by e-mail; the credit note follows within 5 working days of receipt.\n\nBest regards,\n{{agent.name}}", setStatus: "solved", createdByUserId: ctx.staff[0].id },
  ]);

  const kbCategoryIds = new Map<string, string>();
  await insertAll(
    ex,
    s.kbCategories,
    KB_CATEGORIES.map((c, i) => {
      const id = rng.uuid();
      kbCategoryIds.set(c.slug, id);
      return { id, slug: c.slug, name: c.name, description: c.description, position: i };
    }),
  );
  const categoryNames = Object.fromEntries(CATEGORIES.map((c) => [c.slug, c.name]));
  const articles = buildArticles(categoryNames).map((a) => {
    const publishedAt = new Date(ctx.asOf - rng.int(20, 700) * DAY);
    const views = rng.int(40, 3000);
    return {
      id: rng.uuid(),
      slug: a.slug,
      title: a.title,
      summary: a.summary,
      body: a.body,
      categoryId: kbCategoryIds.get(a.category)!,
      tags: a.tags,
      status: "published" as const,
      visibility: a.visibility,
      authorId: rng.pick(ctx.agents).id,
      publishedAt,
      createdAt: publishedAt,
      updatedAt: publishedAt,
      viewCount: views,
      helpfulCount: Math.round(views * rng.float(0.05, 0.2)),
      notHelpfulCount: Math.round(views * rng.float(0.005, 0.04)),
    };
  });
  await insertAll(ex, s.kbArticles, articles);
  count(ctx, "kb_articles", articles.length);
  ctx.deflectionArticles = articles.filter((a) => a.visibility !== "internal").map((a) => ({ id: a.id, title: a.title }));
}

// ---------------------------------------------------------------------------
// Accounts and everything that belongs to them.
// ---------------------------------------------------------------------------

type AccountPlan = {
  index: number;
  name: string;
  domain: string;
  tier: Tier;
  industry: string;
  pattern: Pattern;
  ownerId: string;
  ordersTarget: number;
  demo?: "acme" | "globex";
  poRequired: boolean;
};

type Bucket = Record<string, Row[]>;

function push(bucket: Bucket, table: string, row: Row) {
  (bucket[table] ??= []).push(row);
}

function planAccount(ctx: Ctx, rng: Random, index: number, options: SeedOptions): AccountPlan {
  const demoManager = ctx.staff.find((u) => u.email === "manager@accord.example")!;
  if (index === 0) {
    return { index, name: "Acme Manufacturing", domain: "acme.example", tier: "gold", industry: "Industrial machinery", pattern: "steady", ownerId: demoManager.id, ordersTarget: options.bigAccountOrders, demo: "acme", poRequired: true };
  }
  if (index === 1) {
    return { index, name: "Globex Chemicals", domain: "globex.example", tier: "platinum", industry: "Chemicals", pattern: "fading", ownerId: demoManager.id, ordersTarget: Math.round(options.ordersPerAccount * 2.2), demo: "globex", poRequired: false };
  }
  const industry = rng.pick(INDUSTRIES);
  let name = `${rng.pick(COMPANY_PREFIXES)} ${rng.pick(industry.suffixes)}`;
  if (ctx.usedNames.has(name)) name = `${name} ${rng.pick(CITIES).city}`;
  if (ctx.usedNames.has(name)) name = `${name} ${index}`;
  ctx.usedNames.add(name);
  const tier = rng.weighted([
    ["platinum", 5],
    ["gold", 15],
    ["silver", 35],
    ["bronze", 45],
  ] as const);
  const pattern = rng.weighted([
    ["steady", 30],
    ["growing", 15],
    ["fading", 14],
    ["one_off", 14],
    ["new", 9],
    ["seasonal", 10],
    ["lapsed", 8],
  ] as const);
  // Half the accounts belong to the demo manager, so their desk is full.
  const ownerId = rng.chance(0.5) ? demoManager.id : rng.pick(ctx.managers).id;
  const patternRate: Record<Pattern, number> = { steady: 1.25, growing: 1.1, fading: 1.05, one_off: 0.05, new: 0.35, seasonal: 0.9, lapsed: 0.6 };
  // Calibrated so that the average over all patterns and tiers is ordersPerAccount.
  const calibration = 1.3;
  const ordersTarget = Math.max(1, Math.round(options.ordersPerAccount * calibration * TIER_ORDER_RATE[tier] * patternRate[pattern] * rng.float(0.7, 1.3)));
  return { index, name, domain: `${slug(name)}.example`, tier, industry: industry.name, pattern, ownerId, ordersTarget, poRequired: rng.chance(0.35) };
}

/** Order dates for one account, shaped by its buying pattern. */
function orderDates(rng: Random, plan: AccountPlan, asOf: number): number[] {
  const span = 730;
  const dates: number[] = [];
  const add = (day: number, anyDay = false) => {
    if (day < 0.2) return;
    const t = asOf - day * DAY;
    const d = new Date(t);
    // Business hours, on weekdays unless told otherwise.
    const wd = d.getUTCDay();
    const shift = anyDay ? 0 : wd === 0 ? 1 : wd === 6 ? 2 : 0;
    const placed = anyDay ? t : Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + shift, rng.int(13, 22), rng.int(0, 59), rng.int(0, 59));
    if (placed < asOf) dates.push(placed);
  };
  const n = plan.ordersTarget;
  switch (plan.pattern) {
    case "one_off": {
      for (let i = 0; i < Math.max(1, Math.min(3, n)); i++) add(rng.float(30, span));
      break;
    }
    case "new": {
      const start = rng.float(25, 95);
      for (let i = 0; i < Math.max(1, n); i++) add(start * (1 - i / Math.max(1, n)) * rng.float(0.9, 1));
      break;
    }
    default: {
      const start = plan.pattern === "growing" ? rng.float(300, span) : span;
      const end = plan.pattern === "fading" ? rng.float(45, 160) : plan.pattern === "lapsed" ? rng.float(260, 520) : 0.5;
      // Order density over the window: growing rises (0.3 → 2.0), fading falls (1.7 → 0.3).
      const total = Math.max(1, n);
      for (let i = 0; i < total; i++) {
        // Inverse-CDF sampling of the density, with jitter, keeps orders spread out.
        const u = (i + rng.float(0.1, 0.9)) / total;
        let x = u;
        if (plan.pattern === "growing") x = (-0.3 + Math.sqrt(0.09 + 3.91 * u)) / 1.7;
        if (plan.pattern === "fading") x = (1.7 - Math.sqrt(2.89 - 2.8 * u)) / 1.4;
        const day = start - x * (start - end);
        if (plan.pattern === "seasonal") {
          const month = new Date(asOf - day * DAY).getUTCMonth();
          if (month < 2 || month > 9) continue;
        }
        add(day);
      }
    }
  }
  // The big demo account always has orders in flight, so the portal shows tracking and approvals.
  if (plan.demo === "acme") for (const day of [4.8, 3.6, 2.4, 1.2, 0.3]) add(day, true);
  return dates.sort((a, b) => a - b);
}

function trackingFor(rng: Random, carrier: string): { number: string; url: string } {
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join("");
  switch (carrier) {
    case "UPS": {
      const number = `1Z${rng.int(100, 999)}E${rng.int(10, 99)}${digits(10)}`;
      return { number, url: `https://www.ups.com/track?tracknum=${number}` };
    }
    case "FedEx": {
      const number = digits(12);
      return { number, url: `https://www.fedex.com/fedextrack/?trknbr=${number}` };
    }
    case "DHL Express": {
      const number = digits(10);
      return { number, url: `https://www.dhl.com/us-en/home/tracking.html?tracking-id=${number}` };
    }
    default: {
      const number = `PRO${digits(9)}`;
      return { number, url: `https://track.xpo.com/?pro=${number}` };
    }
  }
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => vars[key] ?? "");
}

function buildAccount(ctx: Ctx, plan: AccountPlan, bucket: Bucket) {
  const rng = ctx.rng.fork(`account:${plan.index}`);
  const asOf = ctx.asOf;
  const accountId = rng.uuid();
  const city = plan.demo === "acme" ? CITIES[1] : plan.demo === "globex" ? CITIES[10] : rng.pick(CITIES);
  const creditLimit = { platinum: [500_000, 1_000_000], gold: [150_000, 400_000], silver: [50_000, 150_000], bronze: [10_000, 50_000] }[plan.tier];
  const dates = orderDates(rng, plan, asOf);
  const firstOrder = dates[0] ?? asOf - rng.int(10, 300) * DAY;
  const customerSince = new Date(firstOrder - rng.int(5, 120) * DAY);
  push(bucket, "accounts", {
    id: accountId,
    number: `C-${10001 + plan.index}`,
    name: plan.name,
    domain: plan.domain,
    industry: plan.industry,
    tier: plan.tier,
    ownerId: plan.ownerId,
    priceListId: ctx.priceListIds[plan.tier],
    creditLimitCents: plan.demo === "acme" ? 25_000_000 : rng.int(creditLimit[0] / 1000, creditLimit[1] / 1000) * 100_000,
    paymentTerms: plan.tier === "bronze" ? rng.pick(["prepaid", "net_15", "net_30"] as const) : rng.pick(["net_30", "net_45", "net_60"] as const),
    poRequired: plan.poRequired,
    phone: `+1 ${rng.int(201, 989)} ${rng.int(200, 999)} ${String(rng.int(0, 9999)).padStart(4, "0")}`,
    website: `https://www.${plan.domain}`,
    customerSince: customerSince.toISOString().slice(0, 10),
    createdAt: customerSince,
    updatedAt: customerSince,
  });

  const street = () => `${rng.int(100, 9800)} ${rng.pick(STREETS)}`;
  const shippingAddresses: Row[] = [];
  const mainAddress = { id: rng.uuid(), accountId, kind: "shipping", label: "Main plant", company: plan.name, line1: street(), city: city.city, region: city.region, postalCode: city.postal, country: "US", isDefault: true };
  shippingAddresses.push(mainAddress);
  if (plan.demo || rng.chance(0.35)) {
    const other = plan.demo === "acme" ? CITIES[0] : rng.pick(CITIES);
    shippingAddresses.push({ id: rng.uuid(), accountId, kind: "shipping", label: "Warehouse", company: plan.name, line1: street(), line2: "Dock 4", city: other.city, region: other.region, postalCode: other.postal, country: "US", isDefault: false });
  }
  for (const a of shippingAddresses) push(bucket, "account_addresses", a);
  push(bucket, "account_addresses", { id: rng.uuid(), accountId, kind: "billing", label: "Accounts payable", company: plan.name, line1: street(), line2: "Attn: Accounts Payable", city: city.city, region: city.region, postalCode: city.postal, country: "US", isDefault: true });

  // Contacts; the first is the portal admin.
  type ContactSeed = { id: string; userId: string | null; first: string; last: string; role: string | null };
  const contacts: ContactSeed[] = [];
  const fixed =
    plan.demo === "acme"
      ? [
          { first: "Dana", last: "Whitfield", email: "buyer@acme.example", title: "Purchasing Manager", role: "admin", password: true, limit: null },
          { first: "Sam", last: "Ortega", email: "requester@acme.example", title: "Maintenance Technician", role: "requester", password: true, limit: null },
          { first: "Priya", last: "Natarajan", email: "priya.natarajan@acme.example", title: "Buyer", role: "buyer", password: false, limit: 500_000 },
          { first: "Tom", last: "Becker", email: "tom.becker@acme.example", title: "Plant Manager", role: null, password: false, limit: null },
          { first: "Lucia", last: "Ferraro", email: "ap@acme.example", title: "Accounts Payable Clerk", role: null, password: false, limit: null },
        ]
      : plan.demo === "globex"
        ? [
            { first: "Martin", last: "Keller", email: "buyer@globex.example", title: "Procurement Lead", role: "admin", password: true, limit: null },
            { first: "Amara", last: "Osei", email: "amara.osei@globex.example", title: "Maintenance Supervisor", role: "buyer", password: false, limit: 1_000_000 },
            { first: "Felix", last: "Wagner", email: "felix.wagner@globex.example", title: "EHS Coordinator", role: "requester", password: false, limit: null },
          ]
        : null;
  const contactCount = fixed ? fixed.length : rng.int(2, 8);
  const usedEmails = new Set<string>();
  for (let i = 0; i < contactCount; i++) {
    const f = fixed?.[i];
    const first = f?.first ?? rng.pick(FIRST_NAMES);
    const last = f?.last ?? rng.pick(LAST_NAMES);
    let email = f?.email ?? `${emailLocal(first, last)}@${plan.domain}`;
    if (usedEmails.has(email)) email = email.replace("@", `${i}@`);
    usedEmails.add(email);
    const role = f ? f.role : i === 0 ? "admin" : rng.chance(0.5) ? rng.pick(["buyer", "buyer", "requester"]) : null;
    const contactId = rng.uuid();
    let userId: string | null = null;
    if (role) {
      userId = rng.uuid();
      push(bucket, "users", { id: userId, kind: "customer", email, name: `${first} ${last}`, passwordHash: f?.password ? ctx.demoPasswordHash : null, timezone: "America/New_York", createdAt: customerSince, updatedAt: customerSince });
    }
    push(bucket, "contacts", {
      id: contactId,
      accountId,
      userId,
      firstName: first,
      lastName: last,
      email,
      phone: `+1 ${rng.int(201, 989)} ${rng.int(200, 999)} ${String(rng.int(0, 9999)).padStart(4, "0")}`,
      jobTitle: f?.title ?? (i === 0 ? "Purchasing Manager" : rng.pick(JOB_TITLES)),
      portalRole: role,
      spendingLimitCents: f ? f.limit : role === "buyer" && rng.chance(0.4) ? rng.int(10, 100) * 50_000 : null,
      isPrimary: i === 0,
      createdAt: customerSince,
      updatedAt: customerSince,
    });
    contacts.push({ id: contactId, userId, first, last, role });
  }
  const portalContacts = contacts.filter((c) => c.userId && c.role !== null);
  const orderers = portalContacts.filter((c) => c.role !== "requester").length ? portalContacts.filter((c) => c.role !== "requester") : portalContacts;

  // Favourite products: what this account usually buys (2–4 categories).
  const categories = rng.sample([...ctx.productsByCategory.keys()], rng.int(2, 4));
  const favourites = rng.sample(
    categories.flatMap((c) => ctx.productsByCategory.get(c)!),
    rng.int(12, 36),
  );
  const discount = TIER_DISCOUNT[plan.tier];
  const overrides = new Map<string, number>();
  const overrideCount = plan.demo ? 8 : rng.chance(0.2) ? rng.int(1, 5) : 0;
  for (const p of rng.sample(favourites, overrideCount)) {
    const price = Math.round(p.listPriceCents * (1 - discount - rng.float(0.04, 0.1)));
    overrides.set(p.id, price);
    push(bucket, "account_prices", { id: rng.uuid(), accountId, productId: p.id, unitPriceCents: price });
  }
  const priceOf = (p: ProductRow) => overrides.get(p.id) ?? Math.round(p.listPriceCents * (1 - discount));

  // Orders with lines, events, shipments, and their timeline rows.
  const orderRows: { id: string; number: string; placedAt: number; status: OrderStatus; lines: { sku: string; name: string }[]; totalCents: number }[] = [];
  const sizeFactor = plan.demo === "acme" ? 1.2 : { platinum: 2.5, gold: 1.6, silver: 1, bronze: 0.6 }[plan.tier];
  for (let i = 0; i < dates.length; i++) {
    const placedAt = dates[i];
    const ageDays = (asOf - placedAt) / DAY;
    const orderId = rng.uuid();
    const number = `SO-${ctx.counters.order++}`;
    const growth = plan.pattern === "growing" ? 0.6 + (i / Math.max(1, dates.length)) * 1.2 : 1;
    const lineCount = Math.max(1, Math.min(8, Math.round(rng.weighted([[1, 20], [2, 30], [3, 25], [4, 12], [5, 8], [6, 5]] as const) * (growth > 1.2 ? 1.3 : 1))));
    const picked = rng.sample(rng.chance(0.8) ? favourites : ctx.products, lineCount);
    let subtotal = 0;
    const lines = picked.map((p, n) => {
      const base = p.unit === "m" ? rng.int(10, 60) : p.unit === "each" ? rng.int(2, 24) : rng.int(1, 8);
      const quantity = Math.max(1, Math.round(base * sizeFactor * growth));
      const unitPrice = priceOf(p);
      const lineTotal = unitPrice * quantity;
      subtotal += lineTotal;
      return { id: rng.uuid(), accountId, orderId, productId: p.id, lineNumber: n + 1, sku: p.sku, name: p.name, unit: p.unit, quantity, listPriceCents: p.listPriceCents, unitPriceCents: unitPrice, lineTotalCents: lineTotal };
    });
    const shipping = subtotal >= 50_000 ? 0 : 1_495;
    const tax = Math.round(subtotal * 0.065);
    let status: OrderStatus;
    if (ageDays > 10) status = rng.chance(0.03) ? "cancelled" : "delivered";
    else if (ageDays > 5) status = rng.chance(0.7) ? "delivered" : "shipped";
    else if (ageDays > 2) status = rng.weighted([["shipped", 50], ["picking", 20], ["confirmed", 20], ["delivered", 10]] as const);
    else status = rng.weighted([["submitted", 30], ["confirmed", 40], ["picking", 20], ["on_hold", 10]] as const);
    const placer = orderers.length ? rng.pick(orderers) : null;
    if (plan.demo === "acme" && i >= dates.length - 5) {
      status = (["shipped", "picking", "confirmed", "submitted", "pending_approval"] as const)[i - (dates.length - 5)];
    }
    const placedByContact = status === "pending_approval" ? contacts.find((c) => c.role === "requester") ?? placer : placer;
    const shipTo = rng.pick(shippingAddresses);
    push(bucket, "orders", {
      id: orderId,
      number,
      accountId,
      placedByContactId: placedByContact?.id ?? null,
      status,
      holdReason: status === "on_hold" ? "credit" : null,
      source: rng.chance(0.9) ? "portal" : "api",
      poNumber: plan.poRequired || rng.chance(0.6) ? `PO-${plan.index + 100}-${String(4000 + i).padStart(5, "0")}` : null,
      requestedDeliveryDate: rng.chance(0.15) ? new Date(placedAt + rng.int(5, 20) * DAY).toISOString().slice(0, 10) : null,
      shippingAddress: { label: shipTo.label, company: shipTo.company, line1: shipTo.line1, line2: shipTo.line2 ?? null, city: shipTo.city, region: shipTo.region, postalCode: shipTo.postalCode, country: shipTo.country },
      currency: "USD",
      subtotalCents: subtotal,
      shippingCents: shipping,
      taxCents: tax,
      totalCents: subtotal + shipping + tax,
      placedAt: new Date(placedAt),
      cancelledAt: status === "cancelled" ? new Date(placedAt + 20 * HOUR) : null,
      cancellationReason: status === "cancelled" ? "Ordered by mistake" : null,
      createdAt: new Date(placedAt),
      updatedAt: new Date(placedAt),
    });
    for (const line of lines) push(bucket, "order_lines", line);
    orderRows.push({ id: orderId, number, placedAt, status, lines: lines.map((l) => ({ sku: l.sku, name: l.name })), totalCents: subtotal + shipping + tax });

    push(bucket, "activities", {
      id: rng.uuid(),
      accountId,
      contactId: placedByContact?.id ?? null,
      actorUserId: placedByContact?.userId ?? null,
      type: "order_placed",
      direction: "inbound",
      subject: `Order ${number} placed`,
      body: `${lines.length} line${lines.length === 1 ? "" : "s"}, total $${((subtotal + shipping + tax) / 100).toFixed(2)}`,
      entityType: "order",
      entityId: orderId,
      occurredAt: new Date(placedAt),
    });
    if (placedByContact?.userId && rng.chance(0.35)) {
      push(bucket, "activities", { id: rng.uuid(), accountId, contactId: placedByContact.id, actorUserId: placedByContact.userId, type: "portal_sign_in", subject: `${placedByContact.first} ${placedByContact.last} signed in to the portal`, occurredAt: new Date(placedAt - rng.int(5, 50) * MIN) });
    }

    // Status history up to the current status.
    const chain: OrderStatus[] =
      status === "cancelled"
        ? ["submitted", "confirmed", "cancelled"]
        : status === "pending_approval"
          ? ["pending_approval"]
          : status === "on_hold"
            ? ["submitted", "on_hold"]
            : (["submitted", "confirmed", "picking", "shipped", "delivered"] as OrderStatus[]).slice(0, ["submitted", "confirmed", "picking", "shipped", "delivered"].indexOf(status) + 1);
    const offsets = [0, 2 * HOUR, 20 * HOUR, 30 * HOUR, (3 + rng.int(0, 3)) * DAY];
    let previous: OrderStatus | null = null;
    chain.forEach((to, n) => {
      const at = status === "cancelled" && to === "cancelled" ? placedAt + 20 * HOUR : placedAt + (offsets[n] ?? n * DAY) + rng.int(0, 50) * MIN;
      const occurredAt = new Date(Math.min(at, asOf - MIN));
      push(bucket, "order_events", { id: rng.uuid(), accountId, orderId, fromStatus: previous, toStatus: to, note: to === "on_hold" ? "Credit limit would be exceeded" : to === "cancelled" ? "Cancelled by customer" : null, occurredAt });
      if (to === "shipped" || to === "delivered") {
        push(bucket, "activities", { id: rng.uuid(), accountId, type: "order_status", subject: `Order ${number} ${to}`, entityType: "order", entityId: orderId, metadata: { from: previous, to }, occurredAt });
      }
      previous = to;
    });
    if (status === "shipped" || status === "delivered") {
      const carrier = subtotal > 400_000 ? "XPO Freight" : rng.pick(["UPS", "UPS", "FedEx", "DHL Express"]);
      const tracking = trackingFor(rng, carrier);
      const shippedAt = new Date(Math.min(placedAt + offsets[3], asOf - MIN));
      push(bucket, "shipments", { id: rng.uuid(), accountId, orderId, carrier, trackingNumber: tracking.number, trackingUrl: tracking.url, shippedAt, deliveredAt: status === "delivered" ? new Date(Math.min(placedAt + offsets[4], asOf - MIN)) : null, createdAt: shippedAt });
    }
  }

  // Quotes: a few per account, the accepted ones turned into orders.
  const quoteCount = Math.min(12, Math.round(dates.length / 25) + (plan.demo ? 3 : rng.chance(0.3) ? 1 : 0));
  for (let q = 0; q < quoteCount; q++) {
    const quoteId = rng.uuid();
    const createdAt = q === quoteCount - 1 ? asOf - rng.int(1, 4) * DAY : asOf - rng.int(15, 700) * DAY;
    const recent = asOf - createdAt < 10 * DAY;
    const status = recent ? rng.pick(["requested", "priced"] as const) : rng.weighted([["accepted", 55], ["declined", 20], ["expired", 25]] as const);
    const products = rng.sample(favourites, rng.int(1, 5));
    const requester = portalContacts.length ? rng.pick(portalContacts) : null;
    let subtotal = 0;
    products.forEach((p, n) => {
      const quantity = rng.int(20, 200);
      const priced = status !== "requested";
      const unit = Math.round(priceOf(p) * rng.float(0.82, 0.93));
      if (priced) subtotal += unit * quantity;
      push(bucket, "quote_lines", { id: rng.uuid(), accountId, quoteId, productId: p.id, lineNumber: n + 1, sku: p.sku, name: p.name, unit: p.unit, quantity, listPriceCents: priceOf(p), unitPriceCents: priced ? unit : null, lineTotalCents: priced ? unit * quantity : null });
    });
    const number = `Q-${ctx.counters.quote++}`;
    const acceptedOrder = status === "accepted" ? orderRows.find((o) => o.placedAt > createdAt + 2 * DAY && o.status !== "cancelled") : undefined;
    push(bucket, "quotes", {
      id: quoteId,
      number,
      accountId,
      requestedByContactId: requester?.id ?? null,
      status: status === "accepted" && !acceptedOrder ? "expired" : status,
      customerMessage: rng.pick(["Annual volume for our maintenance stores — please quote your best price.", "Project quantities for the line 3 retrofit, delivery in two drops.", "Can you do better on these for a 12-month commitment?"]),
      staffMessage: status === "requested" ? null : "Thank you for the opportunity. Prices below are valid for the quantities shown, delivery from stock.",
      subtotalCents: subtotal,
      totalCents: subtotal,
      validUntil: status === "requested" ? null : new Date(createdAt + 30 * DAY).toISOString().slice(0, 10),
      pricedByUserId: status === "requested" ? null : plan.ownerId,
      pricedAt: status === "requested" ? null : new Date(createdAt + rng.int(3, 30) * HOUR),
      acceptedAt: acceptedOrder ? new Date(acceptedOrder.placedAt) : null,
      declinedAt: status === "declined" ? new Date(createdAt + rng.int(2, 9) * DAY) : null,
      declineReason: status === "declined" ? "Budget moved to next quarter" : null,
      orderId: acceptedOrder?.id ?? null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt),
    });
    push(bucket, "activities", { id: rng.uuid(), accountId, contactId: requester?.id ?? null, actorUserId: requester?.userId ?? null, type: "quote", direction: "inbound", subject: `Quote ${number} requested`, entityType: "quote", entityId: quoteId, occurredAt: new Date(createdAt) });
  }

  // Tickets with threads and SLA figures.
  const ticketCount = plan.demo === "acme" ? 14 : plan.demo === "globex" ? 9 : Math.min(40, Math.round(dates.length * 0.1 + rng.int(0, 2)));
  const categoryWeights = [["order_issue", 20], ["delivery", 20], ["invoice", 14], ["returns", 10], ["product_question", 16], ["technical", 8], ["account", 8], ["other", 4]] as const;
  for (let t = 0; t < ticketCount; t++) {
    const ticketId = rng.uuid();
    // The latest few tickets are recent and still open, so queues have work in them.
    const openOne = t >= ticketCount - (plan.demo ? 3 : rng.chance(0.25) ? 1 : 0);
    const createdAt = openOne ? asOf - rng.int(1, 60) * HOUR : asOf - rng.int(3, 700) * DAY + rng.int(0, 8) * HOUR;
    const category = rng.weighted(categoryWeights);
    const priority = rng.weighted([["low", 20], ["normal", 55], ["high", 20], ["urgent", 5]] as const);
    const related = ["order_issue", "delivery", "returns", "invoice", "technical"].includes(category) ? orderRows.filter((o) => o.placedAt < createdAt).slice(-5) : [];
    const order = related.length ? rng.pick(related) : null;
    const line = order ? rng.pick(order.lines) : rng.pick(favourites);
    const template = rng.pick(TICKET_TEMPLATES[category]);
    const vars = { order: order?.number ?? "our last order", sku: line.sku, product: line.name, qty: String(rng.int(10, 40)), less: String(rng.int(2, 8)) };
    const requester = portalContacts.length ? rng.pick(portalContacts) : rng.pick(contacts);
    const policy = ctx.slaPolicies.get(`${plan.tier}:${priority}`)!;
    const status = openOne ? rng.weighted([["new", 35], ["open", 35], ["pending_customer", 20], ["on_hold", 10]] as const) : rng.chance(0.85) ? "closed" : "solved";
    const assignee = status === "new" ? null : plan.demo || rng.chance(0.4) ? ctx.agents[0] : rng.pick(ctx.agents);
    const firstResponseDue = createdAt + policy.first * MIN * 1.6;
    const responded = status !== "new";
    const firstRespondedAt = responded ? Math.min(createdAt + policy.first * MIN * rng.float(0.2, 1.4), asOf - MIN) : null;
    const solvedAt = status === "solved" || status === "closed" ? createdAt + rng.int(2, 72) * HOUR : null;
    const rating = solvedAt && rng.chance(0.4) ? rng.weighted([[5, 50], [4, 30], [3, 10], [2, 6], [1, 4]] as const) : null;
    const number = ctx.counters.ticket++;
    push(bucket, "tickets", {
      id: ticketId,
      number,
      accountId,
      requesterContactId: requester.id,
      subject: fill(template.subject, vars),
      category,
      priority,
      status,
      channel: rng.weighted([["portal", 70], ["email", 20], ["phone", 10]] as const),
      assigneeId: assignee?.id ?? null,
      orderId: order?.id ?? null,
      sharedWithAccount: rng.chance(0.3),
      slaPolicyId: policy.id,
      firstResponseDueAt: new Date(firstResponseDue),
      resolutionDueAt: new Date(createdAt + policy.resolution * MIN * 1.6),
      firstRespondedAt: firstRespondedAt ? new Date(firstRespondedAt) : null,
      firstResponseBreachedAt: (firstRespondedAt ?? asOf) > firstResponseDue ? new Date(firstResponseDue) : null,
      solvedAt: solvedAt ? new Date(solvedAt) : null,
      closedAt: status === "closed" && solvedAt ? new Date(solvedAt + 4 * DAY) : null,
      satisfactionRating: rating,
      satisfactionComment: rating === null ? null : rating >= 4 ? rng.pick(["Quick and helpful, thanks!", "Solved on the first reply.", null]) : rng.pick(["Took too long to get an answer.", "Had to chase twice."]),
      ratedAt: rating === null || !solvedAt ? null : new Date(solvedAt + 3 * HOUR),
      lastActivityAt: new Date(solvedAt ?? firstRespondedAt ?? createdAt),
      createdAt: new Date(createdAt),
      updatedAt: new Date(solvedAt ?? firstRespondedAt ?? createdAt),
    });
    push(bucket, "ticket_messages", { id: rng.uuid(), accountId, ticketId, authorUserId: requester.userId, visibility: "public", body: fill(template.body, vars), createdAt: new Date(createdAt) });
    push(bucket, "activities", { id: rng.uuid(), accountId, contactId: requester.id, actorUserId: requester.userId, type: "ticket_opened", direction: "inbound", subject: `Ticket #${number} opened: ${fill(template.subject, vars)}`, entityType: "ticket", entityId: ticketId, occurredAt: new Date(createdAt) });
    if (firstRespondedAt && assignee) {
      if (rng.chance(0.3)) push(bucket, "ticket_messages", { id: rng.uuid(), accountId, ticketId, authorUserId: assignee.id, visibility: "internal", body: rng.pick(INTERNAL_NOTES), createdAt: new Date(firstRespondedAt - 10 * MIN) });
      const reply = fill(rng.pick(AGENT_REPLIES), vars);
      push(bucket, "ticket_messages", { id: rng.uuid(), accountId, ticketId, authorUserId: assignee.id, visibility: "public", body: `Hello ${requester.first},\n\n${reply}\n\nBest regards,\n${assignee.name}`, createdAt: new Date(firstRespondedAt) });
      push(bucket, "activities", { id: rng.uuid(), accountId, contactId: requester.id, actorUserId: assignee.id, type: "ticket_reply", direction: "outbound", subject: `Reply on ticket #${number}`, body: reply, entityType: "ticket", entityId: ticketId, occurredAt: new Date(firstRespondedAt) });
      if (solvedAt || status === "open") {
        const followUpAt = Math.min(firstRespondedAt + rng.int(1, 20) * HOUR, solvedAt ?? asOf - 5 * MIN);
        if (followUpAt > firstRespondedAt) push(bucket, "ticket_messages", { id: rng.uuid(), accountId, ticketId, authorUserId: requester.userId, visibility: "public", body: rng.pick(CUSTOMER_FOLLOW_UPS), createdAt: new Date(followUpAt) });
      }
    }
  }

  // Questions a suggested article answered before a ticket was filed, from a stream of their own
  // (so adding them left every other generated row as it was).
  const drng = rng.fork("deflections");
  const deflectionCount = portalContacts.length && ctx.deflectionArticles.length ? Math.round(ticketCount * drng.float(0.2, 0.6)) : 0;
  for (let d = 0; d < deflectionCount; d++) {
    const article = drng.pick(ctx.deflectionArticles);
    const asker = drng.pick(portalContacts);
    push(bucket, "ticket_deflections", { id: drng.uuid(), accountId, userId: asker.userId, articleId: article.id, query: article.title.toLowerCase(), createdAt: new Date(asOf - drng.int(1, 700) * DAY + drng.int(8, 17) * HOUR) });
  }

  // Calls, meetings, notes and e-mails logged by the account manager.
  const touchCount = plan.demo ? 18 : Math.round(rng.int(1, 6) * (TIER_ORDER_RATE[plan.tier] + 0.5));
  for (let n = 0; n < touchCount; n++) {
    const type = rng.weighted([["call", 45], ["meeting", 15], ["note", 25], ["email", 15]] as const);
    const occurredAt = new Date(asOf - rng.int(1, 700) * DAY + rng.int(14, 21) * HOUR);
    const contact = rng.pick(contacts);
    push(bucket, "activities", {
      id: rng.uuid(),
      accountId,
      contactId: type === "note" ? null : contact.id,
      actorUserId: plan.ownerId,
      type,
      direction: type === "note" ? null : "outbound",
      subject: type === "note" ? rng.pick(NOTE_SUBJECTS) : type === "email" ? `Sent product update to ${contact.first} ${contact.last}` : rng.pick(CALL_SUBJECTS),
      body: type === "call" || type === "meeting" ? `Spoke with ${contact.first} ${contact.last}. ${rng.pick(["Happy with service overall.", "Raised concerns about lead times on hydraulics.", "Asked about consolidating orders to save freight.", "Interested in a vending solution for PPE."])}` : null,
      durationMinutes: type === "call" ? rng.int(5, 40) : type === "meeting" ? rng.pick([30, 45, 60, 90]) : null,
      occurredAt,
    });
  }

  // Opportunities and tasks.
  const opportunityCount = plan.demo ? 4 : plan.tier === "platinum" || plan.tier === "gold" ? rng.int(0, 3) : rng.chance(0.3) ? 1 : 0;
  const opportunityIds: string[] = [];
  for (let o = 0; o < opportunityCount; o++) {
    const id = rng.uuid();
    opportunityIds.push(id);
    const closeOffset = rng.int(-300, 150);
    const close = asOf + closeOffset * DAY;
    const stage = closeOffset < 0 ? rng.weighted([["won", 60], ["lost", 40]] as const) : rng.pick(["prospecting", "qualification", "proposal", "negotiation"] as const);
    const wonOrder = stage === "won" ? orderRows.find((r) => r.placedAt > close - 10 * DAY) : undefined;
    const createdAt = new Date(Math.min(close - rng.int(30, 120) * DAY, asOf - DAY));
    push(bucket, "opportunities", {
      id,
      accountId,
      ownerId: plan.ownerId,
      contactId: contacts[0].id,
      name: rng.pick(OPPORTUNITY_NAMES),
      stage,
      amountCents: rng.int(50, 1200) * 10_000,
      probability: STAGE_PROBABILITY[stage],
      expectedCloseDate: new Date(close).toISOString().slice(0, 10),
      closedAt: stage === "won" || stage === "lost" ? new Date(close) : null,
      lostReason: stage === "lost" ? rng.pick(["Lost on price", "Project postponed", "Went with incumbent supplier"]) : null,
      orderId: wonOrder?.id ?? null,
      createdAt,
      updatedAt: createdAt,
    });
  }
  const taskCount = plan.demo ? 4 : rng.chance(0.5) ? rng.int(1, 3) : 0;
  for (let k = 0; k < taskCount; k++) {
    const dueAt = asOf + rng.int(-10, 20) * DAY + 15 * HOUR;
    const done = dueAt < asOf - 3 * DAY && rng.chance(0.6);
    push(bucket, "tasks", {
      id: rng.uuid(),
      accountId,
      contactId: rng.pick(contacts).id,
      opportunityId: opportunityIds.length && rng.chance(0.4) ? rng.pick(opportunityIds) : null,
      assigneeId: plan.ownerId,
      createdByUserId: plan.ownerId,
      title: rng.pick(TASK_TITLES),
      priority: rng.pick(["low", "normal", "normal", "high"] as const),
      status: done ? "done" : "open",
      dueAt: new Date(dueAt),
      completedAt: done ? new Date(dueAt) : null,
      createdAt: new Date(dueAt - 14 * DAY),
      updatedAt: new Date(dueAt - 14 * DAY),
    });
  }

  // Acme's buyer has something in the cart.
  if (plan.demo === "acme") {
    const buyer = contacts[0];
    const cartId = rng.uuid();
    push(bucket, "carts", { id: cartId, accountId, userId: buyer.userId });
    for (const p of favourites.slice(0, 2)) push(bucket, "cart_lines", { id: rng.uuid(), accountId, cartId, productId: p.id, quantity: rng.int(2, 10) });
  }
}

/** Insertion order respects foreign keys. */
const TABLES: [string, PgTable][] = [
  ["users", s.users],
  ["accounts", s.accounts],
  ["account_addresses", s.accountAddresses],
  ["contacts", s.contacts],
  ["account_prices", s.accountPrices],
  ["orders", s.orders],
  ["order_lines", s.orderLines],
  ["order_events", s.orderEvents],
  ["shipments", s.shipments],
  ["quotes", s.quotes],
  ["quote_lines", s.quoteLines],
  ["tickets", s.tickets],
  ["ticket_messages", s.ticketMessages],
  ["ticket_deflections", s.ticketDeflections],
  ["activities", s.activities],
  ["opportunities", s.opportunities],
  ["tasks", s.tasks],
  ["carts", s.carts],
  ["cart_lines", s.cartLines],
];

/**
 * Builds realistic B2B data: staff, catalog with price lists, SLA policies, a
 * knowledge base, and accounts with two years of orders, tickets, quotes,
 * activities, opportunities and tasks. Deterministic for a given seed and as-of.
 * Runs in the executor it is given: pass a transaction to make it all-or-nothing.
 */
export async function seedDatabase(ex: Executor, options: SeedOptions): Promise<SeedSummary> {
  const root = new Random(options.seed);
  const ctx: Ctx = {
    rng: root,
    asOf: options.asOf.getTime(),
    staff: [],
    managers: [],
    agents: [],
    products: [],
    productsByCategory: new Map(),
    priceListIds: { platinum: null, gold: null, silver: null, bronze: null },
    slaPolicies: new Map(),
    deflectionArticles: [],
    counters: { order: 100_001, quote: 5_001, ticket: 10_001 },
    usedNames: new Set(["Acme Manufacturing", "Globex Chemicals"]),
    demoPasswordHash: await hashPassword(DEMO_PASSWORD),
    summary: {},
  };
  await seedReference(ex, ctx, root.fork("reference"));

  const planner = root.fork("plans");
  const write = options.writer ?? insertWriter(ex);
  const chunkSize = options.chunkSize ?? 250;
  for (let start = 0; start < options.accounts; start += chunkSize) {
    const bucket: Bucket = {};
    const end = Math.min(options.accounts, start + chunkSize);
    for (let i = start; i < end; i++) buildAccount(ctx, planAccount(ctx, planner, i, options), bucket);
    await write(TABLES.map(([name, table]) => [table, bucket[name] ?? []]));
    for (const [name] of TABLES) count(ctx, name, bucket[name]?.length ?? 0);
    options.onProgress?.(end, options.accounts);
  }

  await ex.execute(sql`select setval('account_number_seq', ${10_001 + options.accounts}, false)`);
  await ex.execute(sql`select setval('order_number_seq', ${ctx.counters.order}, false)`);
  await ex.execute(sql`select setval('quote_number_seq', ${ctx.counters.quote}, false)`);
  await ex.execute(sql`select setval('ticket_number_seq', ${ctx.counters.ticket}, false)`);
  return ctx.summary;
}

/** The default as-of: the start of the current hour, so seeds made within the hour agree. */
export function defaultAsOf(now = new Date()): Date {
  return new Date(Math.floor(now.getTime() / HOUR) * HOUR);
}
