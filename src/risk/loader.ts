// The only module of src/risk that touches the file system: read a facts file (YAML or JSON) and
// validate it. Errors name the file as well as the subject, list, field and value.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { FactsFile } from './facts.js';
import { parseFacts } from './facts-parse.js';
import type { RiskEditionDecl } from './model.js';

export function loadFacts(path: string, edition: RiskEditionDecl): FactsFile {
  const text = readFileSync(path, 'utf8');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new Error(`${path}: not valid YAML: ${(e as Error).message}`);
  }
  return parseFacts(doc, edition, path);
}
