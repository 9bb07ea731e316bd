import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 10;

export const emailField = z
  .string({ required_error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .max(320, "That e-mail address is too long.")
  .email("Enter a valid e-mail address, like name@company.com.");

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ required_error: "Enter your password." }).min(1, "Enter your password.").max(1024, "That password is too long."),
  redirectTo: z.string().max(2000).optional(),
});

export const newPasswordField = z
  .string({ required_error: "Choose a new password." })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, "Use at most 256 characters.");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ required_error: "Enter your current password." }).min(1, "Enter your current password.").max(1024),
    newPassword: newPasswordField,
    confirmPassword: z.string({ required_error: "Repeat the new password." }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords don't match." })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "Choose a password different from the current one." });

export const forgotPasswordSchema = z.object({
  email: emailField,
});

export const resetPasswordSchema = z
  .object({
    newPassword: newPasswordField,
    confirmPassword: z.string({ required_error: "Repeat the new password." }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords don't match." });

export const RESET_LINK_INVALID = "This reset link has expired or was already used. Ask for a new one below.";
