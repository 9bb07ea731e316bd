import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaffCan } from "~/auth/guards.server";
import { analyticsForExport, today } from "~/domain/analytics/analytics.server";
import { csvLine } from "~/domain/crm/csv";
import { analyticsDashboard } from "~/domain/analytics/dashboard.server";

/** Every account's analytics as of a day, as CSV. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "records");
  const params = new URL(request.url).searchParams;
  const raw = params.get("asOf") ?? "";
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : today();
  if (params.get("list") === "retention") {
    const { retention } = await analyticsDashboard(actor, asOf);
    const out = [csvLine(["month", "active", "new", "retained", "retention_rate", "revenue", "revenue_per_account"]), ...retention.map((r) => csvLine([r.month, String(r.active), String(r.new), String(r.retained), r.retentionRate === null ? "" : r.retentionRate.toFixed(3), (r.revenueCents / 100).toFixed(2), (r.revenuePerAccountCents / 100).toFixed(2)]))];
    return new Response(out.join(""), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="retention-${asOf}.csv"` } });
  }
  const rows = await analyticsForExport(actor, asOf);
  const lines = [csvLine(["account_number", "account", "segment", "lifecycle_stage", "churn_risk", "recency_days", "frequency", "monetary", "r", "f", "m", "trend", "why"])];
  for (const r of rows) {
    lines.push(csvLine([r.number, r.name, r.segment, r.lifecycleStage, r.churnRisk.toFixed(3), String(r.recencyDays ?? ""), String(r.frequency), (r.monetaryCents / 100).toFixed(2), String(r.r ?? ""), String(r.f ?? ""), String(r.m ?? ""), r.trend === null ? "" : r.trend.toFixed(3), r.reasons.join("; ")]));
  }
  return new Response(lines.join(""), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="analytics-${asOf}.csv"` } });
}
