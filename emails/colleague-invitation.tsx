import { z } from "zod";
import { EmailLayout } from "./components/layout";
import { Muted, Paragraph, PrimaryButton, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  inviterName: z.string(),
  accountName: z.string(),
  roleLabel: z.string(),
  acceptUrl: z.string().url(),
  expiresOn: z.string(),
});
type Props = z.infer<typeof schema>;

export const subject = (p: Props) => `${p.inviterName} invited you to ${p.accountName}'s ordering portal`;

export default function ColleagueInvitation(p: Props) {
  return (
    <EmailLayout preview={`${p.inviterName} invited you to order for ${p.accountName}.`}>
      <Title>You're invited</Title>
      <Paragraph>
        Hello {p.recipientName}, {p.inviterName} invited you to the customer portal of {p.accountName} as a <strong>{p.roleLabel.toLowerCase()}</strong>. You can see
        your company's prices, order, track deliveries and ask for support.
      </Paragraph>
      <PrimaryButton href={p.acceptUrl}>Accept and choose a password</PrimaryButton>
      <Muted>The invitation expires on {p.expiresOn}. If you did not expect it, you can ignore this e-mail.</Muted>
    </EmailLayout>
  );
}

ColleagueInvitation.PreviewProps = {
  recipientName: "Jamie",
  inviterName: "Dana Whitfield",
  accountName: "Acme Manufacturing",
  roleLabel: "Buyer",
  acceptUrl: "http://localhost:3000/invitations/example-token",
  expiresOn: "Nov 29, 2026",
} satisfies Props;
