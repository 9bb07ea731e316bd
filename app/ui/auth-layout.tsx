import type { ReactNode } from "react";
import { Logo } from "./logo";

/** Sign-in, forgotten and reset password: a form on the left, the promise on the right. */
export function AuthLayout({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <div className="flex flex-1 flex-col justify-center px-4 py-12 sm:px-6 lg:flex-none lg:px-20 xl:px-24">
        <main className="mx-auto w-full max-w-sm">
          <div className="flex items-center gap-3">
            <Logo className="h-10 w-10" />
            <span className="text-lg font-semibold text-slate-900">Accord</span>
          </div>
          <h1 className="mt-8 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          <p className="mt-2 text-sm text-slate-600">{description}</p>
          {children}
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
