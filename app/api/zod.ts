import { extendZodWithOpenApi } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";

// zod with `.openapi()`, so the schemas that validate requests also describe them.
extendZodWithOpenApi(z);

export { z };
