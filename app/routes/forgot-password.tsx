import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { type ActionFunctionArgs, data, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { forgotPasswordSchema } from "~/domain/identity/identity.schema";
import { requestPasswordReset } from "~/domain/identity/password-reset.server";
import { AuthLayout } from "~/ui/auth-layout";
import { Button } from "~/ui/button";
import { Field, FormAlert } from "~/ui/field";

export const meta: MetaFunction = () => [{ title: "Forgot password · Accord" }];

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await request.formData(), { schema: forgotPasswordSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), sentTo: null }, { status: 400 });
  const outcome = await requestPasswordReset({ email: submission.value.email, ipAddress: context.clientIp ?? null });
  if (!outcome.ok) return data({ result: submission.reply({ formErrors: [outcome.error] }), sentTo: null }, { status: 429 });
  return { result: submission.reply({ resetForm: true }), sentTo: submission.value.email };
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "forgot-password",
    lastResult: actionData?.result,
    constraint: getZodConstraint(forgotPasswordSchema),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: forgotPasswordSchema }),
  });
  return (
    <AuthLayout title="Forgot your password?" description="Enter the e-mail you sign in with. We will send a link to choose a new password.">
      <Form method="post" className="mt-8 space-y-5" {...getFormProps(form)}>
        {actionData?.sentTo ? (
          <FormAlert
            tone="success"
            errors={[`If ${actionData.sentTo} belongs to an account, a reset link is on its way. It works once and expires in one hour.`]}
          />
        ) : null}
        <FormAlert id={form.errorId} errors={form.errors} />
        <Field
          label="Email"
          errors={fields.email.errors}
          errorId={fields.email.errorId}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "username", autoFocus: true }}
        />
        <Button type="submit" className="w-full" pending={navigation.state === "submitting"} pendingText="Sending…">
          Send reset link
        </Button>
        <p className="text-center text-sm">
          <Link to="/login" className="font-medium text-brand-700 hover:text-brand-800">
            Back to sign in
          </Link>
        </p>
      </Form>
    </AuthLayout>
  );
}
