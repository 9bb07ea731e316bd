import { z } from "zod";
import { EmailLayout } from "./components/layout";
import { Muted, Paragraph, PrimaryButton, Title } from "./components/parts";

export const schema = z.object({
  recipientName: z.string(),
  resetUrl: z.string().url(),
  expiresInMinutes: z.number().int().positive(),
});
type Props = z.infer<typeof schema>;

export const subject = () => "Reset your Accord password";

export default function PasswordReset(p: Props) {
  return (
    <EmailLayout preview="Choose a new password for your Accord account.">
      <Title>Reset your password</Title>
      <Paragraph>Hello {p.recipientName}, someone (hopefully you) asked to reset the password of your Accord account.</Paragraph>
      <PrimaryButton href={p.resetUrl}>Choose a new password</PrimaryButton>
      <Muted>
        The link works once and expires in {p.expiresInMinutes} minutes. If you did not ask for it, ignore this e-mail: your password stays as it is.
      </Muted>
    </EmailLayout>
  );
}

PasswordReset.PreviewProps = {
  recipientName: "Dana",
  resetUrl: "http://localhost:3000/reset-password/example-token",
  expiresInMinutes: 60,
} satisfies Props;
