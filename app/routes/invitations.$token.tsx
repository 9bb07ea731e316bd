import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { acceptInvitationSchema } from "~/domain/accounts/users.schema";
import { acceptInvitation, findInvitation } from "~/domain/accounts/users.server";
import { MIN_PASSWORD_LENGTH } from "~/domain/identity/identity.schema";
import { AuthLayout } from "~/ui/auth-layout";
import { Button } from "~/ui/button";
import { Field, FormAlert } from "~/ui/field";
import { fieldErrorMap } from "~/domain/validation";

export const meta: MetaFunction = () => [{ title: "Join your colleagues · Accord" }, { name: "referrer", content: "no-referrer" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const invitation = await findInvitation(params.token ?? "");
  return { invitation: invitation ? { name: invitation.name, email: invitation.email } : null };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const parsed = acceptInvitationSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    const errors = fieldErrorMap(parsed.error);
    return data({ errors }, { status: 400 });
  }
  const result = await acceptInvitation(params.token ?? "", parsed.data.newPassword, { ipAddress: context.clientIp ?? null, userAgent: request.headers.get("User-Agent") });
  if (!result.ok) return data({ errors: { form: result.error } as Record<string, string> }, { status: 400 });
  return redirect("/portal", { headers: { "Set-Cookie": result.setCookie } });
}

export default function AcceptInvitation() {
  const { invitation } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? {};
  if (!invitation) {
    return (
      <AuthLayout title="This invitation no longer works" description="It has expired or was already used. Ask the colleague who invited you to send a new one.">
        <p className="mt-8 text-sm"><Link to="/login" className="font-medium text-brand-700 hover:underline">Go to sign in</Link></p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title={`Welcome, ${invitation.name.split(" ")[0]}`} description={`Choose a password for ${invitation.email} to start ordering.`}>
      <Form method="post" className="mt-8 space-y-5" noValidate>
        {errors.form ? <FormAlert errors={[errors.form]} /> : null}
        <Field label="Password" help={`At least ${MIN_PASSWORD_LENGTH} characters.`} errors={errors.newPassword ? [errors.newPassword] : null} inputProps={{ id: "newPassword", name: "newPassword", type: "password", autoComplete: "new-password", autoFocus: true }} />
        <Field label="Repeat password" errors={errors.confirmPassword ? [errors.confirmPassword] : null} inputProps={{ id: "confirmPassword", name: "confirmPassword", type: "password", autoComplete: "new-password" }} />
        <Button type="submit" className="w-full" pending={navigation.state === "submitting"} pendingText="Joining…">Join and sign in</Button>
      </Form>
    </AuthLayout>
  );
}
