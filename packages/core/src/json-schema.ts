import { z } from "zod";
import { DocumentSchema, SCHEMA_URL } from "./schema.js";

/**
 * The JSON Schema of a `.mlsd.json` file, generated from the zod schema (committed as schema/mlsd.schema.json).
 * @public
 */
export const documentJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(DocumentSchema, { target: "draft-2020-12", unrepresentable: "throw" }),
  $id: SCHEMA_URL,
  title: "mlsd document",
  description: "A machine-learning system design: stages, components, edges and notes.",
});
