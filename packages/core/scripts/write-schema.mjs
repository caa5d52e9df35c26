// Regenerates schema/mlsd.schema.json from the zod schema (run after `tsc -b`).
import { writeFileSync } from "node:fs";
import { documentJsonSchema } from "../dist/index.js";

writeFileSync(new URL("../schema/mlsd.schema.json", import.meta.url), `${JSON.stringify(documentJsonSchema(), null, 2)}\n`);
console.log("wrote schema/mlsd.schema.json");
