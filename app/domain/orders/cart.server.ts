import { and, eq, sql } from "drizzle-orm";
import { type Executor, getDb } from "~db/client";
import { cartLines, carts } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { type CatalogProduct, priceProducts } from "~/domain/catalog/catalog.server";
import { MAX_LINE_QUANTITY } from "~/domain/catalog/catalog.schema";
import { DomainError } from "~/domain/errors";

export type CartLine = { productId: string; quantity: number; product: CatalogProduct; lineTotalCents: number };
export type Cart = { id: string | null; lines: CartLine[]; subtotalCents: number; currency: string; itemCount: number };

async function cartId(ex: Executor, actor: CustomerActor, create: boolean): Promise<string | null> {
  const [existing] = await ex.select({ id: carts.id }).from(carts).where(and(eq(carts.userId, actor.userId), eq(carts.accountId, actor.accountId))).limit(1);
  if (existing || !create) return existing?.id ?? null;
  const [created] = await ex
    .insert(carts)
    .values({ accountId: actor.accountId, userId: actor.userId })
    .onConflictDoUpdate({ target: carts.userId, set: { updatedAt: new Date() } })
    .returning({ id: carts.id });
  return created.id;
}

/** The user's cart, priced now with the account's prices; lines of products no longer sold are dropped from view. */
export async function getCart(actor: CustomerActor, ex: Executor = getDb()): Promise<Cart> {
  const id = await cartId(ex, actor, false);
  if (!id) return { id: null, lines: [], subtotalCents: 0, currency: "USD", itemCount: 0 };
  const rows = await ex.select({ productId: cartLines.productId, quantity: cartLines.quantity }).from(cartLines).where(eq(cartLines.cartId, id)).orderBy(cartLines.createdAt);
  const priced = new Map((await priceProducts(actor, { ids: rows.map((r) => r.productId) }, ex)).map((p) => [p.id, p]));
  const lines = rows.flatMap((r) => {
    const product = priced.get(r.productId);
    return product ? [{ productId: r.productId, quantity: r.quantity, product, lineTotalCents: product.unitPriceCents * r.quantity }] : [];
  });
  return {
    id,
    lines,
    subtotalCents: lines.reduce((sum, l) => sum + l.lineTotalCents, 0),
    currency: lines[0]?.product.currency ?? "USD",
    itemCount: lines.reduce((sum, l) => sum + l.quantity, 0),
  };
}

export async function cartItemCount(actor: CustomerActor): Promise<number> {
  const [row] = await getDb()
    .select({ n: sql<number>`coalesce(sum(${cartLines.quantity}), 0)`.mapWith(Number) })
    .from(cartLines)
    .innerJoin(carts, eq(carts.id, cartLines.cartId))
    .where(eq(carts.userId, actor.userId));
  return row?.n ?? 0;
}

/**
 * Adds quantities to the cart (summed with what is there, capped at the line
 * maximum) in one transaction. Unknown or discontinued products are refused.
 */
export async function addToCart(actor: CustomerActor, items: { productId: string; quantity: number }[], ex?: Executor): Promise<void> {
  const run = async (tx: Executor) => {
    const known = new Set((await priceProducts(actor, { ids: items.map((i) => i.productId) }, tx)).map((p) => p.id));
    const missing = items.filter((i) => !known.has(i.productId));
    if (missing.length) throw new DomainError("not_found", "That product is not in the catalog any more.");
    const id = (await cartId(tx, actor, true))!;
    for (const item of items) {
      await tx
        .insert(cartLines)
        .values({ accountId: actor.accountId, cartId: id, productId: item.productId, quantity: Math.min(item.quantity, MAX_LINE_QUANTITY) })
        .onConflictDoUpdate({
          target: [cartLines.cartId, cartLines.productId],
          set: { quantity: sql`least(${cartLines.quantity} + excluded.quantity, ${MAX_LINE_QUANTITY})`, updatedAt: new Date() },
        });
    }
  };
  if (ex) await run(ex);
  else await getDb().transaction(run);
}

/** Sets a line's quantity; 0 removes it. */
export async function setCartQuantity(actor: CustomerActor, productId: string, quantity: number): Promise<void> {
  const id = await cartId(getDb(), actor, false);
  if (!id) return;
  if (quantity <= 0) {
    await getDb().delete(cartLines).where(and(eq(cartLines.cartId, id), eq(cartLines.productId, productId)));
  } else {
    await getDb()
      .update(cartLines)
      .set({ quantity: Math.min(quantity, MAX_LINE_QUANTITY) })
      .where(and(eq(cartLines.cartId, id), eq(cartLines.productId, productId)));
  }
}

export async function emptyCart(ex: Executor, actor: CustomerActor): Promise<void> {
  const id = await cartId(ex, actor, false);
  if (id) await ex.delete(cartLines).where(eq(cartLines.cartId, id));
}

export type QuickOrderProblem = { line: number; text: string; reason: string };

/**
 * Quick order: one "SKU, quantity" per line (comma, semicolon, tab or spaces
 * between). Every bad line is reported with its reason; if there is any,
 * nothing is added.
 */
export async function quickOrder(actor: CustomerActor, text: string): Promise<{ ok: true; added: number } | { ok: false; problems: QuickOrderProblem[] }> {
  const parsed: { line: number; text: string; sku: string; quantity: number | null }[] = [];
  const problems: QuickOrderProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const match = line.match(/^([A-Za-z0-9][A-Za-z0-9._/-]*)\s*(?:[,;\t]\s*|\s+)?(\S+)?\s*$/);
    if (!match) return problems.push({ line: index + 1, text: line, reason: "Write the SKU, then the quantity, e.g. FAS-HB-M8x25-ZP, 10." });
    const quantity = match[2] === undefined ? 1 : Number(match[2]);
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
      return problems.push({ line: index + 1, text: line, reason: `The quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY.toLocaleString("en-US")}.` });
    }
    parsed.push({ line: index + 1, text: line, sku: match[1], quantity });
  });
  if (parsed.length === 0 && problems.length === 0) return { ok: false, problems: [{ line: 1, text: "", reason: "Enter at least one line: SKU, quantity." }] };
  if (parsed.length > 200) return { ok: false, problems: [{ line: 201, text: "", reason: "Up to 200 lines at a time." }] };
  const found = new Map((await priceProducts(actor, { skus: parsed.map((p) => p.sku) })).map((p) => [p.sku.toUpperCase(), p]));
  for (const p of parsed) {
    if (!found.has(p.sku.toUpperCase())) problems.push({ line: p.line, text: p.text, reason: `We don't sell a product with SKU ${p.sku}. Check it in the catalog.` });
  }
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  const totals = new Map<string, number>();
  for (const p of parsed) {
    const id = found.get(p.sku.toUpperCase())!.id;
    totals.set(id, (totals.get(id) ?? 0) + p.quantity!);
  }
  await addToCart(actor, [...totals].map(([productId, quantity]) => ({ productId, quantity })));
  return { ok: true, added: totals.size };
}
