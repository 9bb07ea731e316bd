import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaffCan } from "~/auth/guards.server";
import { accountsForExport } from "~/domain/crm/accounts.server";
import { accountListSchema } from "~/domain/crm/crm.schema";
import { csvLine } from "~/domain/crm/csv";

/** The customer list as filtered and sorted on screen, every page, as CSV. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "records");
  const filter = accountListSchema.parse(Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== "")));
  const encoder = new TextEncoder();
  const rows = accountsForExport(actor, filter);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(csvLine(["number", "name", "domain", "tier", "industry", "status", "account_manager", "revenue_12m", "last_order_at", "open_tickets", "segment", "lifecycle_stage", "churn_risk"])));
    },
    async pull(controller) {
      const next = await rows.next();
      if (next.done) return controller.close();
      const a = next.value;
      controller.enqueue(encoder.encode(csvLine([a.number, a.name, a.domain ?? "", a.tier, a.industry, a.status, a.ownerName ?? "", (a.revenue12mCents / 100).toFixed(2), a.lastOrderAt ? new Date(a.lastOrderAt).toISOString() : "", String(a.openTickets), a.segment ?? "", a.lifecycleStage ?? "", a.churnRisk === null ? "" : a.churnRisk.toFixed(3)])));
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="customers-${new Date().toISOString().slice(0, 10)}.csv"`, "Cache-Control": "no-store" },
  });
}
