import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { serviceFigures } from "~/domain/support/service-figures.server";
import { BACKLOG_BUCKETS, SERVICE_PERIODS, type ServicePeriod } from "~/domain/support/support.schema";
import { Card, CardHeader, PageHeader, Stat } from "~/ui/card";
import { cx } from "~/ui/cx";
import { formatDuration } from "~/ui/format";
import { TIER } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Service figures · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const period = z.enum(Object.keys(SERVICE_PERIODS) as [ServicePeriod, ...ServicePeriod[]]).catch("30d").parse(new URL(request.url).searchParams.get("period") ?? "30d");
  return serviceFigures(actor, period);
}

const PERIOD_LABEL: Record<ServicePeriod, string> = { "7d": "7 days", "30d": "30 days", "90d": "90 days", "365d": "12 months" };
const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

export default function ServiceFigures() {
  const { period, figures, backlog, weeks } = useLoaderData<typeof loader>();
  const all = figures.find((f) => f.tier === "all")!;
  const byTier = figures.filter((f) => f.tier !== "all");
  const maxWeek = Math.max(1, ...weeks.map((w) => Math.max(w.created, w.solved)));
  const backlogTotal = (bucket: string) => backlog.filter((b) => b.bucket === bucket).reduce((sum, b) => sum + b.tickets, 0);
  const maxBucket = Math.max(1, ...BACKLOG_BUCKETS.map(([b]) => backlogTotal(b)));
  return (
    <>
      <PageHeader title="Service figures" description="How fast we answer and resolve, whether we keep our SLA promises, how customers rate us, and how often an article answers before a ticket is needed." />
      <nav aria-label="Period" className="mb-4 flex gap-1 overflow-x-auto">
        {(Object.keys(SERVICE_PERIODS) as ServicePeriod[]).map((p) => (
          <Link key={p} to={`?period=${p}`} className={cx("whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium", p === period ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200")}>Last {PERIOD_LABEL[p]}</Link>
        ))}
      </nav>
      <dl className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-6">
        <Stat label="Tickets raised" value={all.created} />
        <Stat label="First response (median)" value={formatDuration(all.firstResponseMedianMinutes)} />
        <Stat label="Resolution (median)" value={formatDuration(all.resolutionMedianMinutes)} />
        <Stat label="First-response SLA met" value={pct(all.firstResponseAttainment)} tone={all.firstResponseAttainment !== null && all.firstResponseAttainment < 0.9 ? "warning" : undefined} />
        <Stat label="CSAT" value={all.csatAverage === null ? "—" : `${all.csatAverage.toFixed(1)} / 5`} hint={all.ratings ? `${pct(all.csatSatisfied)} rated 4–5 (${all.ratings})` : "No ratings yet"} />
        <Stat label="Deflection rate" value={pct(all.deflectionRate)} hint={`${all.deflections} answered by an article`} />
      </dl>
      <Card labelledBy="tiers-title" className="mb-6">
        <CardHeader id="tiers-title" title="By contract tier" description={`Tickets raised, solved or rated in the last ${PERIOD_LABEL[period]}. Times are wall-clock; SLA attainment uses each tier's business-hours targets.`} />
        <Table caption="Service figures by tier">
          <HeadRow>
            <Th>Tier</Th>
            <Th className="text-right">Raised</Th>
            <Th className="text-right">First response</Th>
            <Th className="text-right">Resolution</Th>
            <Th className="text-right">First response in SLA</Th>
            <Th className="text-right">Resolved in SLA</Th>
            <Th className="text-right">CSAT</Th>
            <Th className="text-right">Deflection</Th>
          </HeadRow>
          <Body>
            {[...byTier, all].map((f) => (
              <tr key={f.tier} className={f.tier === "all" ? "bg-slate-50 font-medium" : undefined}>
                <Td>{f.tier === "all" ? "All tiers" : TIER[f.tier].label}</Td>
                <Td className="tabular text-right">{f.created}</Td>
                <Td className="tabular text-right">{formatDuration(f.firstResponseMedianMinutes)}</Td>
                <Td className="tabular text-right">{formatDuration(f.resolutionMedianMinutes)}</Td>
                <Td className="text-right"><Meter value={f.firstResponseAttainment} /></Td>
                <Td className="text-right"><Meter value={f.resolutionAttainment} /></Td>
                <Td className="tabular text-right">{f.csatAverage === null ? "—" : f.csatAverage.toFixed(1)}</Td>
                <Td className="tabular text-right">{pct(f.deflectionRate)}</Td>
              </tr>
            ))}
          </Body>
        </Table>
      </Card>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card labelledBy="weeks-title">
          <CardHeader id="weeks-title" title="Week by week" description="Raised (dark) and solved (light) tickets; first-response SLA met." />
          <ol className="space-y-2 px-5 py-4" aria-label="Weekly tickets">
            {weeks.map((w) => (
              <li key={w.week} className="grid grid-cols-[5.5rem_1fr_3.5rem] items-center gap-3 text-xs">
                <span className="tabular text-slate-500">{w.week}</span>
                <span className="space-y-0.5" title={`${w.created} raised, ${w.solved} solved`}>
                  <span className="block h-2 rounded-sm bg-brand-700" style={{ width: `${(100 * w.created) / maxWeek}%` }} />
                  <span className="block h-2 rounded-sm bg-brand-300" style={{ width: `${(100 * w.solved) / maxWeek}%` }} />
                </span>
                <span className="tabular text-right text-slate-700">{pct(w.attainment)}</span>
              </li>
            ))}
          </ol>
        </Card>
        <Card labelledBy="backlog-title">
          <CardHeader id="backlog-title" title="Open backlog by age" description="Open tickets now, by how long ago they were raised." />
          <Table caption="Backlog by age">
            <HeadRow>
              <Th>Age</Th>
              {byTier.map((f) => <Th key={f.tier} className="text-right">{TIER[f.tier].label}</Th>)}
              <Th className="text-right">All</Th>
              <Th><span className="sr-only">Share</span></Th>
            </HeadRow>
            <Body>
              {BACKLOG_BUCKETS.map(([bucket, label]) => (
                <tr key={bucket}>
                  <Td className="whitespace-nowrap">{label}</Td>
                  {byTier.map((f) => <Td key={f.tier} className="tabular text-right">{backlog.find((b) => b.bucket === bucket && b.tier === f.tier)?.tickets ?? 0}</Td>)}
                  <Td className="tabular text-right font-medium">{backlogTotal(bucket)}</Td>
                  <Td className="w-32"><span className="block h-2 rounded-sm bg-amber-400" style={{ width: `${(100 * backlogTotal(bucket)) / maxBucket}%` }} /></Td>
                </tr>
              ))}
            </Body>
          </Table>
        </Card>
      </div>
    </>
  );
}

function Meter({ value }: { value: number | null }) {
  if (value === null) return <span className="text-slate-400">—</span>;
  const tone = value >= 0.9 ? "bg-emerald-500" : value >= 0.75 ? "bg-amber-400" : "bg-red-500";
  return (
    <span className="inline-flex items-center gap-2">
      <span className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-200"><span className={cx("block h-full", tone)} style={{ width: `${value * 100}%` }} /></span>
      <span className="tabular w-9">{Math.round(value * 100)}%</span>
    </span>
  );
}
