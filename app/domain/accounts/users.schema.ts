import { z } from "zod";
import { emailField, newPasswordField } from "~/domain/identity/identity.schema";

const spendingLimit = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v.replace(/[$,\s]/g, "") : ""))
  .pipe(
    z
      .string()
      .regex(/^(\d{1,9}(\.\d{1,2})?)?$/, "Enter an amount like 5000, or leave it empty for no limit.")
      .transform((v) => (v ? Math.round(Number(v) * 100) : null)),
  );

export const inviteSchema = z.object({
  name: z.string({ required_error: "Enter your colleague's name." }).trim().min(2, "Enter your colleague's name.").max(120),
  email: emailField,
  role: z.enum(["admin", "buyer", "requester"], { errorMap: () => ({ message: "Choose a role." }) }),
  spendingLimit,
});

export const updateUserSchema = z.object({
  contactId: z.string().uuid(),
  role: z.enum(["admin", "buyer", "requester"]),
  spendingLimit,
});

export const acceptInvitationSchema = z
  .object({ newPassword: newPasswordField, confirmPassword: z.string({ required_error: "Repeat the password." }) })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords don't match." });
