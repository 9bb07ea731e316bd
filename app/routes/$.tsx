import { GeneralErrorBoundary } from "~/ui/error-boundary";

// Any path no route claims is a 404 rendered by the shared error page.
export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
