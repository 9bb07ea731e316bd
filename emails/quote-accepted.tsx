import { z } from "zod";
import { formatMoney } from "~/ui/format";
import { EmailLayout } from "./components/layout";
import { Facts, Paragraph, PrimaryButton, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  quoteNumber: z.string(),
  orderNumber: z.string(),
  orderUrl: z.string().url(),
  accountName: z.string(),
  totalCents: z.number(),
  currency: z.string().length(3),
});
type Props = z.infer<typeof schema>;

export const subject = (p: Props) => `Quote ${p.quoteNumber} accepted — order ${p.orderNumber}`;

export default function QuoteAccepted(p: Props) {
  return (
    <EmailLayout preview={`${p.accountName} accepted quote ${p.quoteNumber}; it is now order ${p.orderNumber}.`}>
      <Title>Quote accepted</Title>
      <Paragraph>
        Hello {p.recipientName}, {p.accountName} accepted quote {p.quoteNumber}. It is now order {p.orderNumber} at the quoted prices.
      </Paragraph>
      <Facts
        items={[
          ["Quote", p.quoteNumber],
          ["Order", p.orderNumber],
          ["Total", formatMoney(p.totalCents, p.currency)],
        ]}
      />
      <PrimaryButton href={p.orderUrl}>Open the order</PrimaryButton>
    </EmailLayout>
  );
}

QuoteAccepted.PreviewProps = {
  recipientName: "Dana",
  quoteNumber: "Q-5012",
  orderNumber: "SO-100160",
  orderUrl: "http://localhost:3000/portal/orders/SO-100160",
  accountName: "Acme Manufacturing",
  totalCents: 1845000,
  currency: "USD",
} satisfies Props;
