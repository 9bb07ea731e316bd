import { parseWithZod } from "@conform-to/zod";
import { data } from "@remix-run/node";
import { changePasswordSchema } from "~/domain/identity/identity.schema";
import { changePassword } from "~/domain/identity/password.server";
import type { SignedIn } from "./guards.server";

/** The profile pages' action (portal and desk): change the password, end other sessions. */
export async function passwordChangeAction(request: Request, signedIn: SignedIn) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: changePasswordSchema });
  const hideFields = ["currentPassword", "newPassword", "confirmPassword"];
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields }), changed: false }, { status: 400 });
  }
  const outcome = await changePassword(signedIn.actor, signedIn.sessionId, submission.value);
  if (!outcome.ok) {
    return data({ result: submission.reply({ fieldErrors: { [outcome.field]: [outcome.error] }, hideFields }), changed: false }, { status: 400 });
  }
  return data({ result: submission.reply({ resetForm: true }), changed: true });
}
