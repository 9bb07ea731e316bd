import { z } from "zod";
import { formatMoney } from "~/ui/format";
import { EmailLayout } from "./components/layout";
import { Facts, Muted, Paragraph, PrimaryButton, Quote, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  quoteNumber: z.string(),
  quoteUrl: z.string().url(),
  totalCents: z.number(),
  currency: z.string().length(3),
  validUntil: z.string(),
  message: z.string().nullable(),
  accountManagerName: z.string().nullable(),
});
type Props = z.infer<typeof schema>;

export const subject = (p: Props) => `Your quote ${p.quoteNumber} is ready`;

export default function QuoteReady(p: Props) {
  return (
    <EmailLayout preview={`Quote ${p.quoteNumber}: ${formatMoney(p.totalCents, p.currency)}, valid until ${p.validUntil}.`}>
      <Title>Your quote is ready</Title>
      <Paragraph>Hello {p.recipientName}, we have priced quote {p.quoteNumber}.</Paragraph>
      {p.message ? <Quote>{p.message}</Quote> : null}
      <Facts
        items={[
          ["Quote", p.quoteNumber],
          ["Total", formatMoney(p.totalCents, p.currency)],
          ["Valid until", p.validUntil],
        ]}
      />
      <PrimaryButton href={p.quoteUrl}>Review and accept</PrimaryButton>
      <Muted>Accepting turns the quote into an order at the quoted prices. {p.accountManagerName ? `${p.accountManagerName} is happy to help with any questions.` : ""}</Muted>
    </EmailLayout>
  );
}

QuoteReady.PreviewProps = {
  recipientName: "Dana",
  quoteNumber: "Q-5012",
  quoteUrl: "http://localhost:3000/portal/quotes/Q-5012",
  totalCents: 1845000,
  currency: "USD",
  validUntil: "Dec 22, 2026",
  message: "Thank you for the opportunity. Prices below are valid for the quantities shown, delivery from stock.",
  accountManagerName: "Morgan Blake",
} satisfies Props;
