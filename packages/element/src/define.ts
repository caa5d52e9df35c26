import { defineMlsdDiagram } from "./index.js";

// `import "@mlsd/element/define"` registers <mlsd-diagram>: the one module with a side effect.
defineMlsdDiagram();
