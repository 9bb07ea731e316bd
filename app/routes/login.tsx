import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { homePath } from "~/auth/actor";
import { getSignedIn } from "~/auth/guards.server";
import { safeRedirect } from "~/auth/redirect";
import { signInSchema } from "~/domain/identity/identity.schema";
import { signIn } from "~/domain/identity/sign-in.server";
import { Button } from "~/ui/button";
import { Field, FormAlert } from "~/ui/field";
import { Logo } from "~/ui/logo";

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
    <div className="flex min-h-screen">
      <div className="flex flex-1 flex-col justify-center px-4 py-12 sm:px-6 lg:flex-none lg:px-20 xl:px-24">
        <main className="mx-auto w-full max-w-sm">
          <div className="flex items-center gap-3">
            <Logo className="h-10 w-10" />
            <span className="text-lg font-semibold text-slate-900">Accord</span>
          </div>
          <h1 className="mt-8 text-2xl font-semibold tracking-tight text-slate-900">Sign in to your account</h1>
          <p className="mt-2 text-sm text-slate-600">Customers order and get support here; Accord staff reach the desk.</p>

          <Form method="post" className="mt-8 space-y-5" {...getFormProps(form)}>
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
              inputProps={{ ...getInputProps(fields.password, { type: "password" }), autoComplete: "current-password" }}
            />
            <Button type="submit" className="w-full" pending={pending} pendingText="Signing in…">
              Sign in
            </Button>
          </Form>
        </main>
      </div>
      <aside className="relative hidden flex-1 overflow-hidden bg-slate-900 lg:block" aria-label="About Accord">
        <div className="absolute inset-0 bg-gradient-to-br from-brand-700 via-brand-900 to-slate-900" />
        <div className="relative flex h-full flex-col justify-center px-16 text-white">
          <p className="text-sm font-semibold uppercase tracking-wider text-brand-200">Customer portal &amp; service desk</p>
          <p className="mt-4 max-w-md text-3xl font-semibold leading-tight">Your prices, your orders, your support — in one place.</p>
          <ul className="mt-10 space-y-4 text-sm text-brand-100">
            <li className="flex gap-3">
              <span aria-hidden="true">✓</span> Order with your contract prices and PO numbers, reorder in one click
            </li>
            <li className="flex gap-3">
              <span aria-hidden="true">✓</span> Follow every order from confirmation to delivery
            </li>
            <li className="flex gap-3">
              <span aria-hidden="true">✓</span> Raise tickets and see when you will get an answer
            </li>
          </ul>
        </div>
      </aside>
    </div>
  );
}
