import { Link } from "@remix-run/react";
import { cx } from "./cx";
import type { TimelineItem } from "~/domain/crm/record.server";
import { formatDateTime } from "./format";

/** A timeline item as the loader sends it (dates may arrive as strings). */
export type TimelineEntry = Omit<TimelineItem, "occurredAt"> & { occurredAt: string | Date };

const KIND: Record<string, { label: string; dot: string }> = {
  order_placed: { label: "Order", dot: "bg-emerald-500" },
  order_status: { label: "Order", dot: "bg-emerald-300" },
  quote: { label: "Quote", dot: "bg-violet-500" },
  ticket_opened: { label: "Ticket", dot: "bg-amber-500" },
  ticket_reply: { label: "Ticket", dot: "bg-amber-300" },
  ticket_status: { label: "Ticket", dot: "bg-amber-200" },
  email: { label: "E-mail", dot: "bg-sky-500" },
  email_sent: { label: "E-mail sent", dot: "bg-sky-300" },
  call: { label: "Call", dot: "bg-brand-600" },
  meeting: { label: "Meeting", dot: "bg-brand-400" },
  note: { label: "Note", dot: "bg-slate-500" },
  portal_sign_in: { label: "Sign-in", dot: "bg-slate-300" },
  opportunity_stage: { label: "Pipeline", dot: "bg-fuchsia-500" },
  task_completed: { label: "Task", dot: "bg-teal-500" },
};

/** One merged, newest-first list of every touchpoint with a customer. */
export function Timeline({ items, timezone, links }: { items: TimelineEntry[]; timezone: string; links: (item: TimelineEntry) => string | null }) {
  return (
    <ol className="relative" aria-label="Timeline">
      {items.map((item) => {
        const kind = KIND[item.kind] ?? { label: item.kind, dot: "bg-slate-400" };
        const href = links(item);
        return (
          <li key={`${item.kind}-${item.id}`} className="relative flex gap-3 px-5 py-3">
            <span aria-hidden className={cx("mt-1.5 h-2.5 w-2.5 flex-none rounded-full ring-4 ring-white", kind.dot)} />
            <div className="min-w-0 flex-1">
              <p className="text-sm text-slate-900">
                <span className="mr-2 text-xs font-medium uppercase tracking-wide text-slate-500">{kind.label}</span>
                {href ? <Link to={href} className="font-medium text-brand-700 hover:underline">{item.subject}</Link> : <span className="font-medium">{item.subject}</span>}
              </p>
              {item.body ? <p className="mt-0.5 line-clamp-3 whitespace-pre-wrap text-sm text-slate-600">{item.body}</p> : null}
              <p className="mt-0.5 text-xs text-slate-500">
                {formatDateTime(item.occurredAt, timezone)}
                {item.actorName ? ` · ${item.actorName}` : ""}
                {item.contactName && item.contactName !== item.actorName ? ` · ${item.kind === "email_sent" ? "to " : "with "}${item.contactName}` : ""}
                {item.durationMinutes ? ` · ${item.durationMinutes} min` : ""}
                {item.source !== "accord" ? ` · via ${item.source}` : ""}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
