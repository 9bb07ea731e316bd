import { Link, Section, Text } from "@react-email/components";
import { z } from "zod";
import { colors, EmailLayout } from "./components/layout";
import { Muted, Paragraph, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  ticketNumber: z.number().int(),
  subject: z.string(),
  ticketUrl: z.string().url(),
  /** One link per score 1–5, each signed so a click rates without signing in. */
  ratingUrls: z.array(z.string().url()).length(5),
});
type Props = z.infer<typeof schema>;

export const subject = (p: Props) => `[#${p.ticketNumber}] Solved: ${p.subject}`;

const LABELS = ["Very poor", "Poor", "Okay", "Good", "Excellent"];

export default function TicketSolved(p: Props) {
  return (
    <EmailLayout preview={`Ticket #${p.ticketNumber} is solved. How did we do?`}>
      <Title>Your ticket is solved</Title>
      <Paragraph>
        Hello {p.recipientName}, we have marked ticket #{p.ticketNumber} “{p.subject}” as solved.
      </Paragraph>
      <Paragraph>How would you rate our help? One click is enough:</Paragraph>
      <Section style={{ margin: "8px 0 16px" }}>
        {p.ratingUrls.map((url, i) => (
          <Text key={url} style={{ display: "inline-block", margin: "0 8px 8px 0" }}>
            <Link href={url} style={{ display: "inline-block", border: `1px solid ${colors.border}`, borderRadius: 6, padding: "8px 12px", color: colors.text, fontSize: 14, textDecoration: "none" }}>
              {i + 1} · {LABELS[i]}
            </Link>
          </Text>
        ))}
      </Section>
      <Muted>
        Not solved after all? <Link href={p.ticketUrl}>Reopen the ticket</Link> within 14 days.
      </Muted>
    </EmailLayout>
  );
}

TicketSolved.PreviewProps = {
  recipientName: "Dana",
  ticketNumber: 10231,
  subject: "Delivery SO-100151 arrived damaged",
  ticketUrl: "http://localhost:3000/portal/tickets/10231",
  ratingUrls: [1, 2, 3, 4, 5].map((n) => `http://localhost:3000/rate/example-token?score=${n}`),
} satisfies Props;
