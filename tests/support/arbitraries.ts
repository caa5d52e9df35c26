import type { Document } from "@mlsd/core";
import type fc from "fast-check";
import * as core from "../../packages/core/src/testing/arbitraries.js";

/**
 * Core's test-only generators of documents (not part of its published package), typed
 * against @mlsd/core as the tests import it: the branded ids of core's sources and of its
 * built types are distinct to the compiler, though the values are the same.
 */
export const extremeDocumentArb = core.extremeDocumentArb as unknown as fc.Arbitrary<Document>;
