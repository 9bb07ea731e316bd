import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { PORTAL_ROLE_LABEL } from "~/auth/actor";
import { requireCustomer } from "~/auth/guards.server";
import { cartItemCount } from "~/domain/orders/cart.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { PortalShell, type NavItem } from "~/ui/shell";

function navFor(cartItems: number, role: string): NavItem[] {
  const nav: NavItem[] = [
    { to: "/portal", label: "Home", end: true },
    { to: "/portal/catalog", label: "Catalog" },
    { to: "/portal/orders", label: "Orders" },
    { to: "/portal/quotes", label: "Quotes" },
    { to: "/portal/tickets", label: "Tickets" },
    { to: "/portal/kb", label: "Help centre" },
    { to: "/portal/cart", label: cartItems ? `Cart (${cartItems})` : "Cart" },
  ];
  if (role === "admin") nav.push({ to: "/portal/account/users", label: "Colleagues" });
  return nav;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  return { user: { name: actor.name, email: actor.email, role: actor.role }, accountName: actor.accountName, cartItems: await cartItemCount(actor) };
}

export default function PortalLayout() {
  const { user, accountName, cartItems } = useLoaderData<typeof loader>();
  return (
    <PortalShell
      accountName={accountName}
      nav={navFor(cartItems, user.role)}
      user={{ name: user.name, email: user.email, subtitle: `${PORTAL_ROLE_LABEL[user.role]} · ${accountName}`, profilePath: "/portal/profile" }}
    >
      <Outlet />
    </PortalShell>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
