import { z } from "zod";
import { EmailLayout } from "./components/layout";
import { Muted, Paragraph, PrimaryButton, Quote, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  ticketNumber: z.number().int(),
  subject: z.string(),
  agentName: z.string(),
  reply: z.string(),
  ticketUrl: z.string().url(),
});
type Props = z.infer<typeof schema>;

export const subject = (p: Props) => `[#${p.ticketNumber}] ${p.agentName} replied: ${p.subject}`;

export default function AgentReplied(p: Props) {
  return (
    <EmailLayout preview={`${p.agentName} replied to ticket #${p.ticketNumber}.`}>
      <Title>New reply on ticket #{p.ticketNumber}</Title>
      <Paragraph>
        Hello {p.recipientName}, {p.agentName} replied to “{p.subject}”:
      </Paragraph>
      <Quote>{p.reply}</Quote>
      <PrimaryButton href={p.ticketUrl}>Reply on the ticket</PrimaryButton>
      <Muted>If this solves your question, there is nothing more to do; the ticket closes itself after a few days.</Muted>
    </EmailLayout>
  );
}

AgentReplied.PreviewProps = {
  recipientName: "Dana",
  ticketNumber: 10231,
  subject: "Delivery SO-100151 arrived damaged",
  agentName: "Alex Morgan",
  reply: "Hello Dana,\n\nthank you for the photos. A replacement for the two damaged boxes ships today; tracking follows by e-mail.\n\nBest regards,\nAlex",
  ticketUrl: "http://localhost:3000/portal/tickets/10231",
} satisfies Props;
