import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { chosenAlternative, fieldsFrom2025, type FieldFrom2025 } from './sandbox-spec-allowances';

/**
 * Zoom's OpenAPI files as validators: each operation's response schema, converted from OpenAPI 3.0
 * to JSON Schema and "closed" (no fields beyond what Zoom documents), plus the error codes each
 * response's description lists.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Finds a spec file: ../shared/zoom beside the checkout, else tests/fixtures/zoom. */
export function specPath(file: string): string {
  const candidates = [
    path.resolve(repoRoot, '../shared/zoom', file),
    path.resolve(repoRoot, 'tests/fixtures/zoom', file),
  ];
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) throw new Error(`Zoom's ${file} is in neither ${candidates.join(' nor ')}.`);
  return found;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function loadJson(file: string): JsonObject {
  const value = JSON.parse(fs.readFileSync(specPath(file), 'utf8')) as Json;
  if (!isObject(value)) throw new Error(`${file} is not a JSON object.`);
  return value;
}

function resolvePointer(root: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: Json = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node)) throw new Error(`Broken $ref ${ref}`);
    node = node[key] ?? null;
  }
  return node;
}

const dropped = new Set([
  'example',
  'examples',
  'deprecated',
  'description',
  'xml',
  'externalDocs',
  'discriminator',
  'readOnly',
  'writeOnly',
  'title',
  'nullable',
]);

/**
 * OpenAPI 3.0 schema → JSON Schema: $refs inlined, `nullable` turned into a null type, examples
 * and x- keywords dropped, allOf merged, and `oneOf` read as `anyOf` (Zoom's file uses oneOf for
 * overlapping alternatives that no value could match exactly once). With `closed`, objects refuse
 * properties the schema does not name.
 */
export function toJsonSchema(node: Json, root: JsonObject, closed: boolean, depth = 0): Json {
  if (depth > 40) throw new Error('Schema nesting too deep (a $ref cycle?).');
  if (Array.isArray(node)) return node.map((n) => toJsonSchema(n, root, closed, depth + 1));
  if (!isObject(node)) return node;
  if (typeof node.$ref === 'string')
    return toJsonSchema(resolvePointer(root, node.$ref), root, closed, depth + 1);
  if (Array.isArray(node.allOf)) {
    const merged: JsonObject = { type: 'object', properties: {} };
    const required: Json[] = [];
    for (const part of node.allOf) {
      const converted = toJsonSchema(part, root, false, depth + 1);
      if (!isObject(converted)) continue;
      if (isObject(converted.properties))
        Object.assign(merged.properties as JsonObject, converted.properties);
      if (Array.isArray(converted.required)) required.push(...converted.required);
    }
    if (required.length) merged.required = required;
    const rest: JsonObject = { ...node };
    delete rest.allOf;
    return toJsonSchema({ ...rest, ...merged }, root, closed, depth + 1);
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (dropped.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, schema]) => [
          name,
          toJsonSchema(schema, root, closed, depth + 1),
        ]),
      );
    } else if (key === 'oneOf') {
      out.anyOf = toJsonSchema(value, root, closed, depth + 1);
    } else if (key === 'enum' || key === 'required' || key === 'default') {
      out[key] = value;
    } else {
      out[key] = toJsonSchema(value, root, closed, depth + 1);
    }
  }
  if (node.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  }
  if (closed && isObject(out.properties) && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly description: string;
  readonly responses: JsonObject;
}

function operations(spec: JsonObject): SpecOperation[] {
  const found: SpecOperation[] = [];
  const paths = spec.paths;
  if (!isObject(paths)) return found;
  for (const [p, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op) || typeof op.operationId !== 'string') continue;
      found.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        path: p,
        description: typeof op.description === 'string' ? op.description : '',
        responses: isObject(op.responses) ? op.responses : {},
      });
    }
  }
  return found;
}

function responseSchema(op: SpecOperation, status: string): Json | undefined {
  const response = op.responses[status];
  if (!isObject(response) || !isObject(response.content)) return undefined;
  const media = response.content['application/json'];
  return isObject(media) ? media.schema : undefined;
}

/** Walks `at` (property names, `[]` for array items) inside a converted schema. */
function schemaAt(schema: Json, at: ReadonlyArray<string>): JsonObject | undefined {
  let node: Json | undefined = schema;
  for (const step of at) {
    if (!isObject(node)) return undefined;
    node =
      step === '[]' ? node.items : isObject(node.properties) ? node.properties[step] : undefined;
  }
  return isObject(node) ? node : undefined;
}

const errorSchema = {
  type: 'object',
  required: ['code', 'message'],
  additionalProperties: false,
  properties: {
    code: { type: 'integer' },
    message: { type: 'string', minLength: 1 },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
};

export interface ZoomSpec {
  readonly operation: (operationId: string) => SpecOperation;
  /** The closed validator for a success status, or undefined when that status has no body. */
  readonly successValidator: (operationId: string, status: number) => ValidateFunction | undefined;
  readonly errorValidator: ValidateFunction;
  /** The error codes an operation's response description lists for a status. */
  readonly documentedCodes: (operationId: string, status: number) => ReadonlyArray<number>;
  /** True when the 2025 User API file documents `field` at `at` for the same operation. */
  readonly in2025: (operationId: string, extra: FieldFrom2025) => boolean;
}

/** Loads both Zoom files and builds validators lazily. */
export function loadZoomSpec(): ZoomSpec {
  const spec2023 = loadJson('ZoomMeetingAPISpec.json');
  const spec2025 = loadJson('ZoomUserAPISpec.2025-patched.json');
  const ops2023 = operations(spec2023);
  const ops2025 = operations(spec2025);
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  const cache = new Map<string, ValidateFunction | undefined>();

  const operation = (operationId: string): SpecOperation => {
    const op = ops2023.find((o) => o.operationId === operationId);
    if (!op) throw new Error(`Zoom's 2023 file has no operation ${operationId}.`);
    return op;
  };
  const twin2025 = (op: SpecOperation) =>
    ops2025.find((o) => o.path === op.path && o.method === op.method);

  const schema2025At = (operationId: string, extra: FieldFrom2025): JsonObject | undefined => {
    const op = operation(operationId);
    const twin = twin2025(op);
    const raw = twin && responseSchema(twin, '200');
    if (raw === undefined) return undefined;
    const converted = toJsonSchema(raw, spec2025, false);
    const parent = schemaAt(converted, extra.at);
    const props = parent && isObject(parent.properties) ? parent.properties : undefined;
    const field = props?.[extra.field];
    return isObject(field) ? field : undefined;
  };

  const successValidator = (operationId: string, status: number) => {
    const key = `${operationId}:${status}`;
    if (cache.has(key)) return cache.get(key);
    const op = operation(operationId);
    if (!isObject(op.responses[String(status)]))
      throw new Error(`${operationId} does not document a ${status} answer.`);
    const raw = responseSchema(op, String(status));
    let validator: ValidateFunction | undefined;
    if (raw !== undefined) {
      let schema = toJsonSchema(raw, spec2023, true);
      const alternative = chosenAlternative[operationId];
      if (alternative !== undefined && isObject(schema) && Array.isArray(schema.anyOf))
        schema = schema.anyOf[alternative] ?? schema;
      for (const extra of fieldsFrom2025[operationId] ?? []) {
        const parent = schemaAt(schema, extra.at);
        const fieldSchema = schema2025At(operationId, extra);
        if (!parent || !isObject(parent.properties) || !fieldSchema)
          throw new Error(`${operationId}: ${extra.field} is not in the 2025 file.`);
        parent.properties[extra.field] = fieldSchema;
      }
      validator = ajv.compile(schema as object);
    }
    cache.set(key, validator);
    return validator;
  };

  const documentedCodes = (operationId: string, status: number): number[] => {
    const response = operation(operationId).responses[String(status)];
    const text =
      isObject(response) && typeof response.description === 'string' ? response.description : '';
    return [...text.matchAll(/\*\*Error Code:?\*\*:?\s*`(\d+)`/g)].map((m) => Number(m[1]));
  };

  return {
    operation,
    successValidator,
    errorValidator: ajv.compile(errorSchema),
    documentedCodes,
    in2025: (operationId, extra) => schema2025At(operationId, extra) !== undefined,
  };
}

/**
 * Zoom's 2025 User API file alone, as a validator for the sandbox when it answers by that file
 * (`apiVersion: '2025'`): each operation's closed success schema, nothing borrowed from 2023.
 * The file as re-published has no error responses, so only Zoom's cross-cutting errors pass.
 */
export function loadZoom2025UserSpec(): ZoomSpec {
  const spec = loadJson('ZoomUserAPISpec.2025-patched.json');
  const ops = operations(spec);
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
  const cache = new Map<string, ValidateFunction | undefined>();
  const operation = (operationId: string): SpecOperation => {
    const op = ops.find((o) => o.operationId === operationId);
    if (!op) throw new Error(`Zoom's 2025 User API file has no operation ${operationId}.`);
    return op;
  };
  return {
    operation,
    successValidator: (operationId, status) => {
      const key = `${operationId}:${status}`;
      if (cache.has(key)) return cache.get(key);
      const op = operation(operationId);
      if (!isObject(op.responses[String(status)]))
        throw new Error(`${operationId} does not document a ${status} answer in 2025.`);
      const raw = responseSchema(op, String(status));
      const validator =
        raw === undefined ? undefined : ajv.compile(toJsonSchema(raw, spec, true) as object);
      cache.set(key, validator);
      return validator;
    },
    errorValidator: ajv.compile(errorSchema),
    documentedCodes: () => [],
    in2025: () => true,
  };
}
