import { getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { Form, useNavigation } from "@remix-run/react";
import { changePasswordSchema, MIN_PASSWORD_LENGTH } from "~/domain/identity/identity.schema";
import { Button } from "./button";
import { Card, CardHeader, PageHeader } from "./card";
import { Field, FormAlert } from "./field";

export type ProfileDetails = { name: string; email: string; role: string; organisation: string };

/** Profile with a password change, shared by the portal and the desk. */
export function ProfilePage({ profile, actionData }: { profile: ProfileDetails; actionData?: { result: SubmissionResult<string[]>; changed: boolean } }) {
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "change-password",
    lastResult: actionData?.result,
    constraint: getZodConstraint(changePasswordSchema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: changePasswordSchema }),
  });
  const pending = navigation.state === "submitting";
  return (
    <>
      <PageHeader title="Profile" description="Your sign-in details." />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card labelledBy="details-title">
          <CardHeader id="details-title" title="Details" />
          <dl className="divide-y divide-slate-100 text-sm">
            {[
              ["Name", profile.name],
              ["Email", profile.email],
              ["Role", profile.role],
              ["Organisation", profile.organisation],
            ].map(([label, value]) => (
              <div key={label} className="grid grid-cols-3 gap-4 px-5 py-3">
                <dt className="text-slate-500">{label}</dt>
                <dd className="col-span-2 text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card labelledBy="password-title">
          <CardHeader id="password-title" title="Change password" description="Changing it signs you out everywhere else." />
          <Form method="post" className="space-y-4 px-5 py-5" {...getFormProps(form)}>
            {actionData?.changed ? <FormAlert tone="success" errors={["Your password was changed. Other sessions have been signed out."]} /> : null}
            <FormAlert id={form.errorId} errors={form.errors} />
            <Field
              label="Current password"
              errors={fields.currentPassword.errors}
              errorId={fields.currentPassword.errorId}
              inputProps={{ ...getInputProps(fields.currentPassword, { type: "password" }), autoComplete: "current-password" }}
            />
            <Field
              label="New password"
              help={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember and hard to guess.`}
              errors={fields.newPassword.errors}
              errorId={fields.newPassword.errorId}
              inputProps={{ ...getInputProps(fields.newPassword, { type: "password" }), autoComplete: "new-password" }}
            />
            <Field
              label="Repeat new password"
              errors={fields.confirmPassword.errors}
              errorId={fields.confirmPassword.errorId}
              inputProps={{ ...getInputProps(fields.confirmPassword, { type: "password" }), autoComplete: "new-password" }}
            />
            <Button type="submit" pending={pending} pendingText="Saving…">
              Change password
            </Button>
          </Form>
        </Card>
      </div>
    </>
  );
}
