import { appUrl } from "~/env.server";
import { accountOperations } from "./resources/accounts";
import { commerceOperations } from "./resources/commerce";
import { serviceOperations } from "./resources/service";
import { webhookOperations } from "./resources/webhooks";
import { orderWriteOperations } from "./resources/order-writes";
import { moreOperations } from "./resources/more";
import { analyticsOperations } from "./resources/analytics";
import { createRouter, openApiDocument, type Operation } from "./router.server";

/** Every endpoint of /api/v1, in the order the reference lists them. */
export const OPERATIONS: Operation[] = [...accountOperations, ...commerceOperations, ...orderWriteOperations, ...serviceOperations, ...moreOperations, ...analyticsOperations, ...webhookOperations];

export const handleApi = createRouter(OPERATIONS);

let cached: ReturnType<typeof openApiDocument> | undefined;
export function openApi() {
  cached ??= openApiDocument(OPERATIONS, appUrl());
  return cached;
}
