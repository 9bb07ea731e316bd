import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Logo } from "./logo";

/** Pages anyone may read without signing in (the public help centre). */
export function PublicShell({ children, signedInHome }: { children: ReactNode; signedInHome: string | null }) {
  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only z-50 rounded bg-white px-3 py-2 text-sm font-medium text-brand-700 focus:not-sr-only focus:absolute focus:left-3 focus:top-3">Skip to content</a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Link to="/kb" className="flex items-center gap-3">
            <Logo />
            <span className="leading-tight">
              <span className="block text-sm font-semibold text-slate-900">Accord</span>
              <span className="block text-xs text-slate-500">Help centre</span>
            </span>
          </Link>
          {signedInHome ? (
            <Link to={signedInHome} className="text-sm font-medium text-brand-700 hover:underline">Back to {signedInHome === "/desk" ? "the desk" : "your portal"}</Link>
          ) : (
            <Link to="/login" className="text-sm font-medium text-brand-700 hover:underline">Sign in</Link>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">{children}</main>
    </div>
  );
}
