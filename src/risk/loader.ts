// The only module of src/risk that touches the file system: read a facts file (YAML or JSON) and
// validate it. Errors name the file as well as the subject, list, field and value.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { FactsFile } from './facts.js';
import { FactsError, parseFacts } from './facts-parse.js';
import type { RiskEditionDecl } from './model.js';

export function loadFacts(path: string, edition: RiskEditionDecl): FactsFile {
  const text = readFileSync(path, 'utf8');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new Error(`${path}: not valid YAML: ${(e as Error).message}`);
  }
  try {
    return parseFacts(doc, edition, path);
  } catch (e) {
    // Name the file too: an inspector may be juggling several facts files.
    if (e instanceof FactsError && !e.where.startsWith(path)) throw new FactsError(`${path}: ${e.where}`, e.field, e.value, e.problem);
    throw e;
  }
}
