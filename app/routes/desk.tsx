import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { STAFF_ROLE_LABEL, type StaffRole } from "~/auth/actor";
import { requireStaff } from "~/auth/guards.server";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { DeskShell, type NavItem } from "~/ui/shell";

function navFor(role: StaffRole): NavItem[] {
  const nav: NavItem[] = [
    { to: "/desk", label: "Home", end: true },
    { to: "/desk/tickets", label: "Support queue" },
    { to: "/desk/accounts", label: "Customers" },
    { to: "/desk/analytics", label: "Analytics" },
    ...(role === "agent" ? [] : [{ to: "/desk/pipeline", label: "Pipeline" }]),
    { to: "/desk/kb", label: "Knowledge base" },
    { to: "/desk/service", label: "Service figures" },
    { to: "/desk/orders", label: "Orders" },
    { to: "/desk/quotes", label: "Quotes" },
  ];
  if (role === "admin") nav.push({ to: "/desk/admin/staff", label: "Staff" }, { to: "/desk/admin/sla", label: "SLA policies" }, { to: "/desk/admin/api-tokens", label: "API tokens" }, { to: "/desk/admin/webhooks", label: "Webhooks" }, { to: "/desk/admin/jobs", label: "Background jobs" }, { to: "/desk/admin/mailbox", label: "Mailbox" });
  return nav;
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  return { user: { name: actor.name, email: actor.email, role: actor.role } };
}

export default function DeskLayout() {
  const { user } = useLoaderData<typeof loader>();
  return (
    <DeskShell nav={navFor(user.role)} user={{ name: user.name, email: user.email, subtitle: STAFF_ROLE_LABEL[user.role], profilePath: "/desk/profile" }}>
      <Outlet />
    </DeskShell>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
