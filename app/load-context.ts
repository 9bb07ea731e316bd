/** What the HTTP server hands every loader and action. */
export type AccordLoadContext = {
  /** The client's IP (behind TRUST_PROXY proxies), for throttling and audit. */
  clientIp: string | null;
};

declare module "@remix-run/node" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends AccordLoadContext {}
}
