import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";
import { Logo } from "./logo";

const COPY: Record<number, { title: string; text: string }> = {
  400: { title: "That request didn't make sense", text: "Something in the request was not valid. Go back and try again." },
  403: { title: "You don't have access to this page", text: "Your sign-in doesn't include this area. If you think it should, ask your administrator." },
  404: { title: "Page not found", text: "The page you were looking for doesn't exist, or it isn't yours to see." },
  413: { title: "That was too large", text: "The form or file you sent is larger than we accept." },
  429: { title: "Slow down a little", text: "Too many requests in a short time. Wait a moment and try again." },
  500: { title: "Something went wrong on our side", text: "We have been notified. Try again in a moment." },
};

/** One error page for every status: 404, 403, 500 and the rest. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const copy = COPY[status] ?? COPY[status >= 500 ? 500 : 400];
  // The 403 message from a guard is written for the user; other bodies are not shown.
  const detail = isRouteErrorResponse(error) && status === 403 && typeof error.data === "string" ? error.data : null;
  if (!isRouteErrorResponse(error) && typeof console !== "undefined" && import.meta.env?.DEV) console.warn(error);
  return (
    <div className="flex min-h-[70vh] items-center justify-center px-4 py-16">
      <div className="max-w-md text-center">
        <div className="flex justify-center">
          <Logo className="h-10 w-10" />
        </div>
        <p className="mt-6 text-sm font-semibold text-brand-700">Error {status}</p>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">{copy.title}</h1>
        <p className="mt-3 text-sm text-slate-600">{detail ?? copy.text}</p>
        <div className="mt-8 flex justify-center gap-3">
          <Link to="/" className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">
            Go to your home page
          </Link>
        </div>
      </div>
    </div>
  );
}
