import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { DomainError } from "~/domain/errors";
import { rateByToken } from "~/domain/support/rating.server";
import { ratingSchema } from "~/domain/support/support.schema";
import { AuthLayout } from "~/ui/auth-layout";
import { Button } from "~/ui/button";
import { FormAlert, inputClass } from "~/ui/field";

export const meta: MetaFunction = () => [{ title: "Rate our help · Accord" }, { name: "referrer", content: "no-referrer" }];

/** One click from the "solved" e-mail records the score; the page then offers a comment. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const parsed = ratingSchema.safeParse({ score: new URL(request.url).searchParams.get("score") });
  if (!parsed.success) return { ok: false as const, message: "Choose a rating from 1 to 5 in the e-mail." };
  try {
    const ticket = await rateByToken(params.token ?? "", { score: parsed.data.score });
    return { ok: true as const, score: parsed.data.score, ticket };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false as const, message: "This rating link does not work any more. You can rate the ticket from its page in the portal." };
    throw error;
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const parsed = ratingSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: parsed.error.issues[0].message, saved: false }, { status: 400 });
  try {
    await rateByToken(params.token ?? "", parsed.data);
  } catch (error) {
    if (error instanceof DomainError) return data({ error: "This rating link does not work any more.", saved: false }, { status: 404 });
    throw error;
  }
  return { error: null, saved: true };
}

export default function RatePage() {
  const result = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  if (!result.ok) {
    return (
      <AuthLayout title="We couldn't record that" description={result.message}>
        <p className="mt-8 text-sm"><Link to="/login" className="font-medium text-brand-700 hover:underline">Sign in to the portal</Link></p>
      </AuthLayout>
    );
  }
  return (
    <AuthLayout title="Thank you for your rating" description={`You rated ticket #${result.ticket.number} “${result.ticket.subject}” ${result.score} out of 5.`}>
      {actionData?.saved ? (
        <div className="mt-8"><FormAlert tone="success" errors={["Thank you — your comment reached the team."]} /></div>
      ) : (
        <Form method="post" className="mt-8 space-y-4">
          {actionData?.error ? <FormAlert errors={[actionData.error]} /> : null}
          <input type="hidden" name="score" value={result.score} />
          <label htmlFor="comment" className="block text-sm font-medium text-slate-800">Anything to add? (optional)</label>
          <textarea id="comment" name="comment" rows={4} maxLength={2000} className={inputClass} />
          <Button type="submit" pending={navigation.state === "submitting"} pendingText="Sending…">Send comment</Button>
        </Form>
      )}
    </AuthLayout>
  );
}
