import { z } from "zod";
import { EmailLayout } from "./components/layout";
import { Facts, Muted, Paragraph, PrimaryButton, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  ticketNumber: z.number().int(),
  subject: z.string(),
  accountName: z.string(),
  tierLabel: z.string(),
  priorityLabel: z.string(),
  /** "near_breach": due within the warning window; "breached": the target has passed. */
  kind: z.enum(["near_breach", "breached"]),
  clock: z.enum(["first_response", "resolution"]),
  /** The due time in words, in the recipient's time zone. */
  dueAt: z.string(),
  assigneeName: z.string().nullable(),
  ticketUrl: z.string().url(),
});
type Props = z.infer<typeof schema>;

const CLOCK = { first_response: "first response", resolution: "resolution" } as const;

export const subject = (p: Props) =>
  p.kind === "breached" ? `SLA breached: #${p.ticketNumber} ${CLOCK[p.clock]} (${p.accountName})` : `Due soon: #${p.ticketNumber} ${CLOCK[p.clock]} (${p.accountName})`;

export default function SlaAlert(p: Props) {
  const breached = p.kind === "breached";
  return (
    <EmailLayout preview={breached ? `The ${CLOCK[p.clock]} target for #${p.ticketNumber} passed at ${p.dueAt}.` : `The ${CLOCK[p.clock]} for #${p.ticketNumber} is due ${p.dueAt}.`}>
      <Title>{breached ? "An SLA target was missed" : "An SLA target is close"}</Title>
      <Paragraph>
        Hello {p.recipientName}, {breached ? <>the {CLOCK[p.clock]} target for ticket <strong>#{p.ticketNumber}</strong> passed at {p.dueAt}.</> : <>the {CLOCK[p.clock]} for ticket <strong>#{p.ticketNumber}</strong> is due {p.dueAt}.</>}
      </Paragraph>
      <Facts
        items={[
          ["Ticket", `#${p.ticketNumber} — ${p.subject}`],
          ["Customer", `${p.accountName} (${p.tierLabel})`],
          ["Priority", p.priorityLabel],
          ["Assigned to", p.assigneeName ?? "Nobody yet"],
        ]}
      />
      <PrimaryButton href={p.ticketUrl}>Open the ticket</PrimaryButton>
      <Muted>You get this because the ticket is assigned to you or because you manage this account.</Muted>
    </EmailLayout>
  );
}

SlaAlert.PreviewProps = {
  recipientName: "Sam",
  ticketNumber: 10231,
  subject: "Delivery SO-100151 arrived damaged",
  accountName: "Acme Industrial Supply",
  tierLabel: "Platinum",
  priorityLabel: "High",
  kind: "breached",
  clock: "first_response",
  dueAt: "Tue, Nov 24, 10:00 AM EST",
  assigneeName: "Sam Agent",
  ticketUrl: "http://localhost:3000/desk/tickets/10231",
} satisfies Props;
