// Validates a SARIF log against the official SARIF 2.1.0 JSON schema (draft-04), which the dev package
// @microsoft/jest-sarif ships together with the ajv 6 build that understands draft-04.
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';

interface AjvError {
  dataPath?: string;
  message?: string;
}
interface Ajv {
  addMetaSchema(schema: object): void;
  compile(schema: object): ((data: unknown) => boolean) & { errors?: AjvError[] | null };
}
type AjvCtor = new (opts: object) => Ajv;

let validator: (((data: unknown) => boolean) & { errors?: AjvError[] | null }) | undefined;

function load(): NonNullable<typeof validator> {
  if (validator) return validator;
  const pkgJson = require.resolve('@microsoft/jest-sarif/package.json');
  const fromPkg = createRequire(pkgJson);
  const AjvClass = fromPkg('ajv') as AjvCtor;
  const schemaFile = path.join(path.dirname(pkgJson), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as object;
  const ajv = new AjvClass({ schemaId: 'auto', allErrors: true, validateSchema: false });
  ajv.addMetaSchema(fromPkg('ajv/lib/refs/json-schema-draft-04.json') as object);
  validator = ajv.compile(schema);
  return validator;
}

/** The schema errors of `log`, as readable lines; empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  const v = load();
  if (v(log)) return [];
  return (v.errors ?? []).map((e) => `${e.dataPath ?? ''} ${e.message ?? ''}`.trim());
}
