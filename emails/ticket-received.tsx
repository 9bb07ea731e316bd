import { z } from "zod";
import { EmailLayout } from "./components/layout";
import { Facts, Muted, Paragraph, PrimaryButton, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  ticketNumber: z.number().int(),
  subject: z.string(),
  ticketUrl: z.string().url(),
  priorityLabel: z.string(),
  /** The SLA promise in words, e.g. "Tue, Nov 24, 10:00 AM EST". */
  firstResponseBy: z.string().nullable(),
});
type Props = z.infer<typeof schema>;

export const subject = (p: Props) => `[#${p.ticketNumber}] We received your request: ${p.subject}`;

export default function TicketReceived(p: Props) {
  return (
    <EmailLayout preview={`Ticket #${p.ticketNumber} is logged.${p.firstResponseBy ? ` We will answer by ${p.firstResponseBy}.` : ""}`}>
      <Title>We have your request</Title>
      <Paragraph>
        Hello {p.recipientName}, thank you for contacting us. Your ticket number is <strong>#{p.ticketNumber}</strong>.
      </Paragraph>
      <Facts
        items={[
          ["Ticket", `#${p.ticketNumber} — ${p.subject}`],
          ["Priority", p.priorityLabel],
          ["First response by", p.firstResponseBy ?? "As soon as possible"],
        ]}
      />
      <PrimaryButton href={p.ticketUrl}>View your ticket</PrimaryButton>
      <Muted>Add details or attachments on the ticket page; replying keeps everything in one thread.</Muted>
    </EmailLayout>
  );
}

TicketReceived.PreviewProps = {
  recipientName: "Dana",
  ticketNumber: 10231,
  subject: "Delivery SO-100151 arrived damaged",
  ticketUrl: "http://localhost:3000/portal/tickets/10231",
  priorityLabel: "High",
  firstResponseBy: "Tue, Nov 24, 10:00 AM EST",
} satisfies Props;
