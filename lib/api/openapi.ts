import { z } from "zod";
import {
  MAX_BODY_BYTES,
  incompleteResponseSchema,
  invalidInputResponseSchema,
  routeRequestSchema,
  routeResponseSchema,
  tooLargeResponseSchema,
} from "./route-contract";

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaId(schema)}` } } },
});

function schemaId(schema: z.ZodType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error("Every schema in the API document needs a meta id.");
  return id;
}

const SCHEMAS = [routeRequestSchema, routeResponseSchema, incompleteResponseSchema, invalidInputResponseSchema, tooLargeResponseSchema];

/** The OpenAPI 3.1 document of API version 1, generated from the schemas the handler uses. */
export function openApiDocument() {
  const registry = z.registry<{ id: string }>();
  for (const schema of SCHEMAS) registry.add(schema, { id: schemaId(schema) });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  const components = Object.fromEntries(
    Object.entries(schemas).map(([id, { $schema: _dialect, id: _id, ...jsonSchema }]) => [id, jsonSchema]),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "Henvis route API",
      version: "1.0.0",
      description:
        "Routes a concern about radicalisation to the right body of the Danish prevention model. Send only what you know; the API answers 422 with the next answer the route needs. Nothing sent is stored.",
    },
    paths: {
      "/api/v1/route": {
        post: {
          operationId: "route",
          summary: "Route a concern",
          requestBody: { required: true, ...json(routeRequestSchema, "The answers so far.") },
          responses: {
            "200": json(routeResponseSchema, "The outcome with contacts, reasons and legal basis."),
            "400": json(invalidInputResponseSchema, "Wrong types, unknown fields or values, or an unknown municipality code."),
            "413": json(tooLargeResponseSchema, `The body is larger than ${MAX_BODY_BYTES} bytes.`),
            "422": json(incompleteResponseSchema, "The route needs another answer."),
          },
        },
      },
    },
    components: { schemas: components },
  };
}
