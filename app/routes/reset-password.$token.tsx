import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { MIN_PASSWORD_LENGTH, RESET_LINK_INVALID, resetPasswordSchema } from "~/domain/identity/identity.schema";
import { findResetToken, resetPassword } from "~/domain/identity/password-reset.server";
import { AuthLayout } from "~/ui/auth-layout";
import { Button } from "~/ui/button";
import { Field, FormAlert } from "~/ui/field";

export const meta: MetaFunction = () => [{ title: "Choose a new password · Accord" }, { name: "referrer", content: "no-referrer" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await findResetToken(params.token ?? "");
  return { email: found?.email ?? null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: resetPasswordSchema });
  const hideFields = ["newPassword", "confirmPassword"];
  if (submission.status !== "success") return data(submission.reply({ hideFields }), { status: 400 });
  const outcome = await resetPassword(params.token ?? "", submission.value.newPassword);
  if (!outcome.ok) return data(submission.reply({ formErrors: [outcome.error], hideFields }), { status: 400 });
  return redirect("/login?reset=done");
}

export default function ResetPassword() {
  const { email } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "reset-password",
    lastResult,
    constraint: getZodConstraint(resetPasswordSchema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: resetPasswordSchema }),
  });
  if (!email) {
    return (
      <AuthLayout title="This link no longer works" description={RESET_LINK_INVALID}>
        <p className="mt-8 text-sm">
          <Link to="/forgot-password" className="font-medium text-brand-700 hover:text-brand-800">
            Send a new reset link
          </Link>
        </p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Choose a new password" description={`For ${email}. Signing in elsewhere ends when you save it.`}>
      <Form method="post" className="mt-8 space-y-5" {...getFormProps(form)}>
        <FormAlert id={form.errorId} errors={form.errors} />
        <Field
          label="New password"
          help={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          errors={fields.newPassword.errors}
          errorId={fields.newPassword.errorId}
          inputProps={{ ...getInputProps(fields.newPassword, { type: "password" }), autoComplete: "new-password", autoFocus: true }}
        />
        <Field
          label="Repeat new password"
          errors={fields.confirmPassword.errors}
          errorId={fields.confirmPassword.errorId}
          inputProps={{ ...getInputProps(fields.confirmPassword, { type: "password" }), autoComplete: "new-password" }}
        />
        <Button type="submit" className="w-full" pending={navigation.state === "submitting"} pendingText="Saving…">
          Save new password
        </Button>
      </Form>
    </AuthLayout>
  );
}
