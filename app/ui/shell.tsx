import { Form, NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { cx } from "./cx";
import { Logo } from "./logo";

export type NavItem = { to: string; label: string; end?: boolean };

type ShellUser = { name: string; email: string; subtitle: string; profilePath: string };

function initials(name: string) {
  return name
    .split(/\s+/)
    .map((part) => part[0])
    .slice(0, 2)
    .join("")
    .toUpperCase();
}

/** A menu that opens without JavaScript (<details>), with sign-out as a real form. */
function UserMenu({ user, dark }: { user: ShellUser; dark?: boolean }) {
  return (
    <details className="group relative">
      <summary
        className={cx(
          "flex cursor-pointer list-none items-center gap-2 rounded-md px-2 py-1.5 text-sm [&::-webkit-details-marker]:hidden",
          dark ? "text-slate-200 hover:bg-slate-800" : "text-slate-700 hover:bg-slate-100",
        )}
        aria-label={`Account menu for ${user.name}`}
      >
        <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-800">{initials(user.name)}</span>
        <span className="hidden text-left leading-tight sm:block">
          <span className="block font-medium">{user.name}</span>
          <span className={cx("block text-xs", dark ? "text-slate-400" : "text-slate-500")}>{user.subtitle}</span>
        </span>
      </summary>
      <div className="absolute right-0 z-30 mt-2 w-60 rounded-md bg-white py-1 text-sm text-slate-700 shadow-lg ring-1 ring-slate-200">
        <p className="truncate border-b border-slate-100 px-4 py-2 text-xs text-slate-500">{user.email}</p>
        <a href={user.profilePath} className="block px-4 py-2 hover:bg-slate-50">
          Profile and password
        </a>
        <Form method="post" action="/logout">
          <button type="submit" className="block w-full px-4 py-2 text-left hover:bg-slate-50">
            Sign out
          </button>
        </Form>
      </div>
    </details>
  );
}

function SkipLink() {
  return (
    <a href="#main" className="sr-only z-50 rounded bg-white px-3 py-2 text-sm font-medium text-brand-700 focus:not-sr-only focus:absolute focus:left-3 focus:top-3">
      Skip to content
    </a>
  );
}

function NavList({ nav, listClass, linkClass, activeClass, idleClass }: { nav: NavItem[]; listClass: string; linkClass: string; activeClass: string; idleClass: string }) {
  return (
    <ul className={listClass}>
      {nav.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end} className={({ isActive }) => cx(linkClass, isActive ? activeClass : idleClass)}>
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/** The customer portal: calm, spacious, a top bar that works on a phone. */
export function PortalShell({ accountName, nav, user, children }: { accountName: string; nav: NavItem[]; user: ShellUser; children: ReactNode }) {
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <div className="flex min-w-0 items-center gap-3">
            <Logo />
            <div className="min-w-0 leading-tight">
              <p className="text-sm font-semibold text-slate-900">Accord</p>
              <p className="truncate text-xs text-slate-500">{accountName}</p>
            </div>
          </div>
          <UserMenu user={user} />
        </div>
        <nav aria-label="Portal" className="mx-auto max-w-6xl overflow-x-auto px-4 sm:px-6">
          <NavList
            nav={nav}
            listClass="flex gap-1"
            linkClass="inline-block whitespace-nowrap border-b-2 px-3 py-2.5 text-sm font-medium"
            activeClass="border-brand-600 text-brand-700"
            idleClass="border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900"
          />
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}

/** The staff desk: dense, a sidebar for all-day work. */
export function DeskShell({ nav, user, children }: { nav: NavItem[]; user: ShellUser; children: ReactNode }) {
  return (
    <div className="min-h-screen lg:flex">
      <SkipLink />
      <aside className="bg-slate-900 text-slate-300 lg:fixed lg:inset-y-0 lg:flex lg:w-56 lg:flex-col">
        <div className="flex items-center justify-between gap-2 px-4 py-3 lg:py-4">
          <div className="flex items-center gap-2.5">
            <Logo />
            <div className="leading-tight">
              <p className="text-sm font-semibold text-white">Accord</p>
              <p className="text-xs text-slate-400">Desk</p>
            </div>
          </div>
          <div className="lg:hidden">
            <UserMenu user={user} dark />
          </div>
        </div>
        <form method="get" action="/desk/search" role="search" className="px-3 pb-3">
          <label htmlFor="desk-search" className="sr-only">
            Search accounts, contacts, products, orders and tickets
          </label>
          <input
            id="desk-search"
            name="q"
            type="search"
            placeholder="Search records…"
            className="block w-full rounded-md border-0 bg-slate-800 px-3 py-1.5 text-sm text-white placeholder:text-slate-400 focus:ring-2 focus:ring-brand-500"
          />
        </form>
        <nav aria-label="Desk" className="overflow-x-auto px-2 pb-2 lg:flex-1 lg:pb-4">
          <NavList
            nav={nav}
            listClass="flex gap-1 lg:flex-col"
            linkClass="block whitespace-nowrap rounded-md px-3 py-2 text-sm font-medium"
            activeClass="bg-slate-800 text-white"
            idleClass="text-slate-300 hover:bg-slate-800/60 hover:text-white"
          />
        </nav>
        <div className="hidden border-t border-slate-800 p-2 lg:block">
          <UserMenu user={user} dark />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:ml-56 lg:px-8">
        {children}
      </main>
    </div>
  );
}
