export { type Io, main } from "./main.js";
