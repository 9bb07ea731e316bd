import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { homePath } from "~/auth/actor";
import { getSignedIn } from "~/auth/guards.server";
import { safeRedirect } from "~/auth/redirect";
import { signInSchema } from "~/domain/identity/identity.schema";
import { signIn } from "~/domain/identity/sign-in.server";
import { Button } from "~/ui/button";
import { Field, FormAlert } from "~/ui/field";
import { AuthLayout } from "~/ui/auth-layout";

export const meta: MetaFunction = () => [{ title: "Sign in · Accord" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = await getSignedIn(request);
  if (signedIn) {
    const to = new URL(request.url).searchParams.get("redirectTo");
    throw redirect(safeRedirect(to, homePath(signedIn.actor)));
  }
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const submission = parseWithZod(formData, { schema: signInSchema });
  if (submission.status !== "success") {
    return data(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { email, password, redirectTo } = submission.value;
  const result = await signIn({ email, password, ipAddress: context.clientIp ?? null, userAgent: request.headers.get("User-Agent") });
  if (!result.ok) {
    return data(submission.reply({ formErrors: [result.error], hideFields: ["password"] }), { status: result.status });
  }
  const home = result.kind === "customer" ? "/portal" : "/desk";
  let to = safeRedirect(redirectTo, home);
  // A redirect into the other area would only end in a 403.
  if (!to.startsWith(home) && (to.startsWith("/portal") || to.startsWith("/desk"))) to = home;
  return redirect(to, { headers: { "Set-Cookie": result.setCookie } });
}

export default function LoginPage() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "sign-in",
    lastResult,
    constraint: getZodConstraint(signInSchema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: signInSchema }),
  });
  const pending = navigation.state !== "idle" && navigation.formAction === "/login";

  return (
    <AuthLayout title="Sign in to your account" description="Customers order and get support here; Accord staff reach the desk.">
      <Form method="post" className="mt-8 space-y-5" {...getFormProps(form)}>
        {searchParams.get("reset") === "done" ? <FormAlert tone="success" errors={["Your password was changed. Sign in with the new one."]} /> : null}
        <FormAlert id={form.errorId} errors={form.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field
          label="Email"
          errors={fields.email.errors}
          errorId={fields.email.errorId}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "username", autoFocus: true }}
        />
        <Field
          label="Password"
          errors={fields.password.errors}
          errorId={fields.password.errorId}
          labelAside={
            <Link to="/forgot-password" className="text-sm font-medium text-brand-700 hover:text-brand-800">
              Forgot password?
            </Link>
          }
          inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
        />
        <Button type="submit" className="w-full" pending={pending} pendingText="Signing in…">
          Sign in
        </Button>
      </Form>
    </AuthLayout>
  );
}
