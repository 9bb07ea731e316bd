import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { flashHeader } from "~/auth/flash.server";
import { requireCustomer } from "~/auth/guards.server";
import { checkoutInfo } from "~/domain/accounts/checkout-info.server";
import { getCart } from "~/domain/orders/cart.server";
import { checkoutSchema } from "~/domain/orders/checkout.schema";
import { earliestDeliveryDate, placeOrder, totalsFor } from "~/domain/orders/place-order.server";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { Field, FieldErrors, FormAlert, inputClass } from "~/ui/field";
import { formatMoney } from "~/ui/format";
import { fieldErrorMap } from "~/domain/validation";

export const meta: MetaFunction = () => [{ title: "Checkout · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const [cart, info] = await Promise.all([getCart(actor), checkoutInfo(actor)]);
  if (cart.lines.length === 0) throw redirect("/portal/cart");
  return {
    cart,
    totals: totalsFor(cart.subtotalCents),
    ...info,
    // One key per checkout page: submitting it twice places one order.
    idempotencyKey: crypto.randomUUID(),
    earliestDate: earliestDeliveryDate(),
    needsApproval: actor.role === "requester" || (actor.role === "buyer" && actor.spendingLimitCents !== null && totalsFor(cart.subtotalCents).totalCents > actor.spendingLimitCents),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const form = Object.fromEntries(await request.formData());
  const parsed = checkoutSchema.safeParse(form);
  if (!parsed.success) {
    const errors = fieldErrorMap(parsed.error);
    return data({ errors, values: form }, { status: 400 });
  }
  const result = await placeOrder(actor, parsed.data);
  if (!result.ok) return data({ errors: result.errors as Record<string, string>, values: form }, { status: 400 });
  const message =
    result.status === "pending_approval" ? "Order submitted for approval." : result.status === "on_hold" ? "Order placed, on hold for a credit check." : "Thank you — your order is placed.";
  return redirect(`/portal/orders/${result.orderNumber}?placed=1`, { headers: { "Set-Cookie": await flashHeader({ message }) } });
}

export default function Checkout() {
  const { cart, totals, account, addresses, idempotencyKey, earliestDate, needsApproval } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string>;
  const firstError = useRef<HTMLDivElement>(null);
  useEffect(() => {
    firstError.current?.querySelector<HTMLElement>("[aria-invalid=true], [role=alert]")?.focus();
  }, [actionData]);
  const pending = navigation.state === "submitting";
  return (
    <>
      <PageHeader title="Checkout" description={`Ordering for ${account.name}. Prices are your account's prices.`} />
      <Form method="post" className="grid grid-cols-1 gap-6 lg:grid-cols-3" noValidate>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <div ref={firstError} className="space-y-6 lg:col-span-2">
          {errors.cart || errors.form ? <FormAlert errors={[errors.cart ?? errors.form]} /> : null}
          <Card labelledBy="ship-title">
            <CardHeader id="ship-title" title="Ship to" />
            <fieldset className="space-y-2 px-5 py-4">
              <legend className="sr-only">Shipping address</legend>
              {addresses.map((a, i) => (
                <label key={a.id} className="flex cursor-pointer gap-3 rounded-md p-3 ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-500">
                  <input
                    type="radio"
                    name="shippingAddressId"
                    value={a.id}
                    defaultChecked={values.shippingAddressId ? values.shippingAddressId === a.id : i === 0}
                    className="mt-1 h-4 w-4 text-brand-600"
                    aria-invalid={errors.shippingAddressId ? true : undefined}
                  />
                  <span className="text-sm">
                    <span className="font-medium text-slate-900">{a.label}</span>
                    <span className="block text-slate-600">
                      {[a.company, a.line1, a.line2, `${a.city}${a.region ? `, ${a.region}` : ""} ${a.postalCode}`].filter(Boolean).join(" · ")}
                    </span>
                  </span>
                </label>
              ))}
              <FieldErrors errors={errors.shippingAddressId ? [errors.shippingAddressId] : null} />
            </fieldset>
          </Card>
          <Card labelledBy="details-title">
            <CardHeader id="details-title" title="Order details" />
            <div className="grid grid-cols-1 gap-5 px-5 py-4 sm:grid-cols-2">
              <Field
                label={account.poRequired ? "PO number" : "PO number (optional)"}
                help={account.poRequired ? "Your company requires a PO number on every order." : "Printed on the packing slip and invoice."}
                errors={errors.poNumber ? [errors.poNumber] : null}
                inputProps={{ id: "poNumber", name: "poNumber", defaultValue: values.poNumber ?? "", maxLength: 50, required: account.poRequired, autoComplete: "off" }}
              />
              <Field
                label="Requested delivery date (optional)"
                help="Leave empty for the earliest delivery."
                errors={errors.requestedDeliveryDate ? [errors.requestedDeliveryDate] : null}
                inputProps={{ id: "requestedDeliveryDate", name: "requestedDeliveryDate", type: "date", min: earliestDate, defaultValue: values.requestedDeliveryDate ?? "" }}
              />
              <div className="sm:col-span-2">
                <label htmlFor="notes" className="block text-sm font-medium text-slate-800">
                  Notes for the warehouse (optional)
                </label>
                <textarea id="notes" name="notes" rows={3} maxLength={1000} defaultValue={values.notes ?? ""} className={cx(inputClass, "mt-1.5")} placeholder="e.g. dock 4, deliveries before 10 am" />
                <FieldErrors errors={errors.notes ? [errors.notes] : null} />
              </div>
            </div>
          </Card>
        </div>
        <Card labelledBy="summary-title" className="h-fit">
          <CardHeader id="summary-title" title="Order summary" action={<Link to="/portal/cart" className="text-sm text-brand-700 hover:underline">Edit cart</Link>} />
          <ul className="divide-y divide-slate-100 px-5 text-sm">
            {cart.lines.map((l) => (
              <li key={l.productId} className="flex justify-between gap-3 py-2.5">
                <span className="min-w-0">
                  <span className="tabular text-slate-500">{l.quantity} ×</span> {l.product.name}
                </span>
                <span className="tabular whitespace-nowrap text-slate-900">{formatMoney(l.lineTotalCents, l.product.currency)}</span>
              </li>
            ))}
          </ul>
          <dl className="tabular space-y-1 border-t border-slate-100 px-5 py-4 text-sm">
            <div className="flex justify-between">
              <dt className="text-slate-600">Subtotal</dt>
              <dd>{formatMoney(totals.subtotalCents, cart.currency)}</dd>
            </div>
            <div className="flex justify-between">
              <dt className="text-slate-600">Shipping</dt>
              <dd>{totals.shippingCents ? formatMoney(totals.shippingCents, cart.currency) : "Free"}</dd>
            </div>
            <div className="flex justify-between">
              <dt className="text-slate-600">Tax (6.5 %)</dt>
              <dd>{formatMoney(totals.taxCents, cart.currency)}</dd>
            </div>
            <div className="flex justify-between pt-2 text-base font-semibold text-slate-900">
              <dt>Total</dt>
              <dd>{formatMoney(totals.totalCents, cart.currency)}</dd>
            </div>
          </dl>
          <div className="border-t border-slate-100 px-5 py-4">
            {needsApproval ? <p className="mb-3 text-sm text-amber-800">An admin of your account approves this order before we process it.</p> : null}
            <Button type="submit" className="w-full" pending={pending} pendingText="Placing order…">
              {needsApproval ? "Submit for approval" : "Place order"}
            </Button>
          </div>
        </Card>
      </Form>
    </>
  );
}
