// npm run --silent api-token:create -- --name NAME --scopes orders:read,tickets:read [--account ACCOUNT_ID]
// Prints only the token on stdout (errors on stderr, exit code 1).
import { parseArgs } from "node:util";
import { getDatabase } from "~db/client";
import { createApiToken, parseScopes } from "./tokens.server";

const { values } = parseArgs({ options: { name: { type: "string" }, scopes: { type: "string" }, account: { type: "string" } } });
try {
  if (!values.name) throw new Error("Give the token a --name.");
  const handle = getDatabase();
  await handle.migrate();
  const { token } = await createApiToken({ name: values.name, scopes: parseScopes(values.scopes ?? ""), accountId: values.account ?? null, createdBy: null });
  process.stdout.write(`${token}\n`);
  await handle.close();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
