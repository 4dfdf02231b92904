import { z } from "zod";
import {
  MAX_BODY_BYTES,
  incompleteResponseSchema,
  invalidInputResponseSchema,
  routeRequestSchema,
  routeResponseSchema,
  tooLargeResponseSchema,
} from "./route-contract";
import { MAX_VOTE_BODY_BYTES, roomErrorSchema, roomStateSchema, voteSchema } from "../training/room/room-input";
import { unsupportedMediaTypeSchema } from "../http/json-request";
import { directorySnapshotSchema, directoryUnavailableSchema } from "../directory/directory-snapshot";

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaId(schema)}` } } },
});

function schemaId(schema: z.ZodType): string {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error("Every schema in the API document needs a meta id.");
  return id;
}

const SCHEMAS = [
  routeRequestSchema,
  routeResponseSchema,
  incompleteResponseSchema,
  invalidInputResponseSchema,
  tooLargeResponseSchema,
  voteSchema,
  roomStateSchema,
  roomErrorSchema,
  directorySnapshotSchema,
  directoryUnavailableSchema,
];

const ROOM_CODE = {
  name: "code",
  in: "path",
  required: true,
  description: "The session's join code: six letters and digits (lower case, spaces and hyphens are forgiven).",
  schema: { type: "string" },
};

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
      title: "Henvis API",
      version: "1.0.0",
      description:
        "Routes a concern about radicalisation to the right body of the Danish prevention model. Send only what you know; the API answers 422 with the next answer the route needs. Nothing sent is stored. The directory endpoint gives the whole directory, which the app keeps for use offline. The training room's two endpoints serve the projector and the participants' phones of a group session.",
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
            "415": json(unsupportedMediaTypeSchema, "The body is not sent as application/json."),
            "422": json(incompleteResponseSchema, "The route needs another answer."),
          },
        },
      },
      "/api/v1/directory": {
        get: {
          operationId: "directory",
          summary: "The whole directory, for use offline",
          responses: {
            "200": json(
              directorySnapshotSchema,
              "Every municipality with its police district, and every verified contact with the unit it belongs to, each with its source. `asOf` is the day of the copy.",
            ),
            "503": json(directoryUnavailableSchema, "The database cannot be reached."),
          },
        },
      },
      "/api/v1/traening/{code}": {
        get: {
          operationId: "roomState",
          summary: "A group session's stage and vote counts",
          parameters: [ROOM_CODE],
          responses: {
            "200": json(roomStateSchema, "The stage and the anonymous counts."),
            "404": json(roomErrorSchema, "No session has this code, or it has expired."),
            "503": json(roomErrorSchema, "The database cannot be reached."),
          },
        },
      },
      "/api/v1/traening/{code}/stemmer": {
        post: {
          operationId: "vote",
          summary: "Vote for the body to contact first",
          parameters: [ROOM_CODE],
          requestBody: { required: true, ...json(voteSchema, "The vote.") },
          responses: {
            "201": { description: "The vote is counted." },
            "400": json(roomErrorSchema, "Not JSON, or not a vote: the issues say what is wrong."),
            "403": json(roomErrorSchema, "The session has the most voters it can take on this question."),
            "404": json(roomErrorSchema, "No session has this code, or it has expired."),
            "409": json(roomErrorSchema, "This page has voted on the question already, or the trainer has closed the vote."),
            "413": json(roomErrorSchema, `The body is larger than ${MAX_VOTE_BODY_BYTES} bytes.`),
            "415": json(unsupportedMediaTypeSchema, "The body is not sent as application/json."),
            "429": json(roomErrorSchema, "Too many votes from one address; Retry-After says when to try again."),
            "503": json(roomErrorSchema, "The database cannot be reached."),
          },
        },
      },
    },
    components: { schemas: components },
  };
}
