import { DrizzlePostgreSQLAdapter } from "@lucia-auth/adapter-drizzle";
import { Lucia, TimeSpan } from "lucia";
import { getDb } from "~db/client";
import { sessions, users } from "~db/schema";
import { secureCookies } from "~/env.server";

export const SESSION_COOKIE = "accord_session";

function createLucia() {
  const adapter = new DrizzlePostgreSQLAdapter(getDb() as never, sessions, users);
  return new Lucia(adapter, {
    sessionExpiresIn: new TimeSpan(30, "d"),
    sessionCookie: {
      name: SESSION_COOKIE,
      attributes: { secure: secureCookies(), sameSite: "lax" },
    },
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      name: attributes.name,
      kind: attributes.kind,
      staffRole: attributes.staffRole,
      disabledAt: attributes.disabledAt,
      timezone: attributes.timezone,
    }),
    getSessionAttributes: () => ({}),
  });
}

type AccordLucia = ReturnType<typeof createLucia>;

declare module "lucia" {
  interface Register {
    Lucia: AccordLucia;
    DatabaseUserAttributes: {
      email: string;
      name: string;
      kind: "customer" | "staff";
      staffRole: "agent" | "account_manager" | "admin" | null;
      disabledAt: Date | null;
      timezone: string;
    };
    DatabaseSessionAttributes: {
      ipAddress: string | null;
      userAgent: string | null;
    };
  }
}

// One per database: tests swap the database per file.
const cache = new WeakMap<object, AccordLucia>();

export function lucia(): AccordLucia {
  const db = getDb();
  let instance = cache.get(db);
  if (!instance) {
    instance = createLucia();
    cache.set(db, instance);
  }
  return instance;
}
