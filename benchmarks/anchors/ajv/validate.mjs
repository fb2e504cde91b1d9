// The start-up anchor of docs/performance.md: validates every line of a JSON Lines file against
// the profile JSON Schema with ajv, as `clusterdata validate` does with its schema and rules.
// Usage: node validate.mjs SCHEMA FILE.jsonl
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const [schemaFile, dataFile] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
// ajv-formats has no "iri"; an absolute IRI: a scheme, a colon, no space or excluded character.
ajv.addFormat("iri", /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/u);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")));

let documents = 0;
let invalid = 0;
for (const line of readFileSync(dataFile, "utf8").split("\n")) {
  if (!line.trim()) continue;
  documents++;
  if (!validate(JSON.parse(line))) {
    invalid++;
    console.error(`line ${documents}: ${ajv.errorsText(validate.errors)}`);
  }
}
console.log(`${documents} documents, ${invalid} invalid`);
process.exit(invalid ? 1 : 0);
