import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { flashHeader } from "~/auth/flash.server";
import { requireCustomer } from "~/auth/guards.server";
import { safeRedirect } from "~/auth/redirect";
import { DomainError } from "~/domain/errors";
import { cartActionSchema } from "~/domain/orders/cart.schema";
import { addToCart, getCart, quickOrder, setCartQuantity } from "~/domain/orders/cart.server";
import { requestQuote } from "~/domain/quotes/quotes.server";
import { Button, ButtonLink } from "~/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { FormAlert, inputClass } from "~/ui/field";
import { formatMoney } from "~/ui/format";
import { Price } from "~/ui/price";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Cart · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  return { cart: await getCart(actor), role: actor.role };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const form = Object.fromEntries(await request.formData());
  const parsed = cartActionSchema.safeParse(form);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "That did not work.";
    if (form.intent === "add") {
      return redirect(safeRedirect(String(form.redirectTo ?? ""), "/portal/cart"), { headers: { "Set-Cookie": await flashHeader({ message, tone: "error" }) } });
    }
    return data({ error: message, problems: null, lines: typeof form.lines === "string" ? form.lines : "" }, { status: 400 });
  }
  const input = parsed.data;
  try {
    switch (input.intent) {
      case "add": {
        await addToCart(actor, [{ productId: input.productId, quantity: input.quantity }]);
        return redirect(safeRedirect(input.redirectTo, "/portal/cart"), {
          headers: { "Set-Cookie": await flashHeader({ message: `Added ${input.quantity} to your cart.` }) },
        });
      }
      case "update":
        await setCartQuantity(actor, input.productId, input.quantity);
        return redirect("/portal/cart", { headers: { "Set-Cookie": await flashHeader({ message: input.quantity ? "Quantity updated." : "Removed from your cart." }) } });
      case "remove":
        await setCartQuantity(actor, input.productId, 0);
        return redirect("/portal/cart", { headers: { "Set-Cookie": await flashHeader({ message: "Removed from your cart." }) } });
      case "quote": {
        const number = await requestQuote(actor, { message: input.message || undefined });
        return redirect(`/portal/quotes/${number}`, { headers: { "Set-Cookie": await flashHeader({ message: `Quote ${number} requested. We usually price it within one working day.` }) } });
      }
      case "quick": {
        const result = await quickOrder(actor, input.lines);
        if (!result.ok) return data({ error: null, problems: result.problems, lines: input.lines }, { status: 400 });
        return redirect("/portal/cart", { headers: { "Set-Cookie": await flashHeader({ message: `Added ${result.added} product${result.added === 1 ? "" : "s"} to your cart.` }) } });
      }
    }
  } catch (error) {
    if (error instanceof DomainError) return data({ error: error.message, problems: null, lines: "" }, { status: error.kind === "not_found" ? 404 : 400 });
    throw error;
  }
}

export default function CartPage() {
  const { cart } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = (intent: string, productId?: string) =>
    navigation.state === "submitting" && navigation.formData?.get("intent") === intent && (!productId || navigation.formData?.get("productId") === productId);
  return (
    <>
      <PageHeader
        title="Cart"
        description={cart.lines.length ? `${cart.lines.length} product${cart.lines.length === 1 ? "" : "s"}, kept for you until you order.` : undefined}
        actions={cart.lines.length ? <ButtonLink to="/portal/checkout" variant="primary">Checkout</ButtonLink> : undefined}
      />
      {actionData?.error ? (
        <div className="mb-4">
          <FormAlert errors={[actionData.error]} />
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2" labelledBy="cart-lines">
          <CardHeader id="cart-lines" title="Items" />
          {cart.lines.length ? (
            <>
              <Table caption="Cart items">
                <HeadRow>
                  <Th>Product</Th>
                  <Th className="text-right">Your price</Th>
                  <Th className="text-right">Quantity</Th>
                  <Th className="text-right">Total</Th>
                </HeadRow>
                <Body>
                  {cart.lines.map((line) => (
                    <tr key={line.productId}>
                      <Td>
                        <Link to={`/portal/catalog/${encodeURIComponent(line.product.sku)}`} className="font-medium text-slate-900 hover:underline">
                          {line.product.name}
                        </Link>
                        <p className="font-mono text-xs text-slate-500">{line.product.sku}</p>
                      </Td>
                      <Td>
                        <Price unitPriceCents={line.product.unitPriceCents} listPriceCents={line.product.listPriceCents} currency={line.product.currency} />
                      </Td>
                      <Td>
                        <div className="flex items-center justify-end gap-2">
                          <Form method="post" className="flex items-center gap-2">
                            <input type="hidden" name="intent" value="update" />
                            <input type="hidden" name="productId" value={line.productId} />
                            <label htmlFor={`qty-${line.productId}`} className="sr-only">
                              Quantity of {line.product.name}
                            </label>
                            <div className="w-20">
                              <input
                                id={`qty-${line.productId}`}
                                name="quantity"
                                type="number"
                                inputMode="numeric"
                                min={0}
                                max={10000}
                                defaultValue={line.quantity}
                                className={cx(inputClass, "tabular")}
                              />
                            </div>
                            <Button type="submit" variant="secondary" pending={busy("update", line.productId)}>
                              Update
                            </Button>
                          </Form>
                          <Form method="post">
                            <input type="hidden" name="intent" value="remove" />
                            <input type="hidden" name="productId" value={line.productId} />
                            <Button type="submit" variant="ghost" aria-label={`Remove ${line.product.name}`} pending={busy("remove", line.productId)}>
                              Remove
                            </Button>
                          </Form>
                        </div>
                      </Td>
                      <Td className="tabular whitespace-nowrap text-right font-medium text-slate-900">{formatMoney(line.lineTotalCents, line.product.currency)}</Td>
                    </tr>
                  ))}
                </Body>
              </Table>
              <div className="flex items-center justify-between border-t border-slate-100 px-5 py-4">
                <p className="text-sm text-slate-500">Shipping and tax are added at checkout.</p>
                <p className="tabular text-lg font-semibold text-slate-900">Subtotal {formatMoney(cart.subtotalCents, cart.currency)}</p>
              </div>
            </>
          ) : (
            <EmptyState title="Your cart is empty">
              Browse the <Link to="/portal/catalog" className="text-brand-700 underline">catalog</Link>, or paste SKUs into quick order.
            </EmptyState>
          )}
        </Card>

        <div className="space-y-6">
        <Card labelledBy="quick-order" className="h-fit">
          <CardHeader id="quick-order" title="Quick order" description="One line per product: SKU, quantity. Paste straight from a spreadsheet." />
          <Form method="post" className="space-y-3 px-5 py-4">
            <input type="hidden" name="intent" value="quick" />
            <label htmlFor="quick-lines" className="sr-only">
              SKUs and quantities
            </label>
            <textarea
              id="quick-lines"
              name="lines"
              rows={6}
              defaultValue={actionData?.lines ?? ""}
              placeholder={"FAS-HB-M8x25-ZP, 10\nBEA-DGB-6204-2RS, 24"}
              aria-invalid={actionData?.problems ? true : undefined}
              aria-describedby={actionData?.problems ? "quick-problems" : undefined}
              className={cx(inputClass, "font-mono")}
            />
            {actionData?.problems ? (
              <div id="quick-problems" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-inset ring-red-200">
                <p className="font-medium">Nothing was added. Fix these lines:</p>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {actionData.problems.map((p) => (
                    <li key={`${p.line}-${p.text}`}>
                      Line {p.line}
                      {p.text ? (
                        <>
                          {" "}
                          (<span className="font-mono">{p.text}</span>)
                        </>
                      ) : null}
                      : {p.reason}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <Button type="submit" variant="secondary" className="w-full" pending={busy("quick")} pendingText="Adding…">
              Add to cart
            </Button>
          </Form>
        </Card>
        {cart.lines.length ? (
          <Card labelledBy="quote-title" className="h-fit">
            <CardHeader id="quote-title" title="Need a better price?" description="Ask for a quote on this cart: large volumes, projects, delivery schedules." />
            <Form method="post" className="space-y-3 px-5 py-4">
              <input type="hidden" name="intent" value="quote" />
              <label htmlFor="quote-message" className="block text-sm font-medium text-slate-800">
                Message for your account team (optional)
              </label>
              <textarea id="quote-message" name="message" rows={3} maxLength={2000} className={inputClass} placeholder="e.g. 12-month volume, two deliveries" />
              <Button type="submit" variant="secondary" className="w-full" pending={busy("quote")} pendingText="Requesting…">
                Request a quote
              </Button>
            </Form>
          </Card>
        ) : null}
        </div>
      </div>
    </>
  );
}
