import type * as z from 'zod/mini';
import { DossierSchema } from './dossier.js';

/*
 * Dossier paths are written as plain dotted paths: `budget.lines.1.amount`
 * in rules and evidence; `budget.lines[1].amount` when shown to people.
 * The list of valid paths is derived from DossierSchema, so a rule that names
 * a field the format does not have fails at load time.
 */

interface SchemaDefinition {
  type: string;
  shape?: Record<string, z.core.SomeType>;
  innerType?: z.core.SomeType;
  element?: z.core.SomeType;
}

function definitionOf(schema: z.core.SomeType): SchemaDefinition {
  return (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
}

function collectPaths(schema: z.core.SomeType, prefix: string, into: Set<string>): void {
  const definition = definitionOf(schema);
  if (definition.type === 'optional' || definition.type === 'nullable') {
    collectPaths(definition.innerType!, prefix, into);
  } else if (definition.type === 'object') {
    for (const [key, child] of Object.entries(definition.shape ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      into.add(path);
      collectPaths(child, path, into);
    }
  } else if (definition.type === 'array') {
    const path = `${prefix}.[]`;
    into.add(path);
    collectPaths(definition.element!, path, into);
  }
}

let knownPaths: Set<string> | undefined;

/** Every path of the dossier format, with `[]` standing for any list index. */
export function dossierPaths(): ReadonlySet<string> {
  if (!knownPaths) {
    knownPaths = new Set();
    collectPaths(DossierSchema, '', knownPaths);
  }
  return knownPaths;
}

function shapeOf(path: string): string {
  return path
    .split('.')
    .map((segment) => (/^\d+$/.test(segment) ? '[]' : segment))
    .join('.');
}

/** Whether a dotted path (numeric segments index lists) names a field of the dossier format. */
export function isDossierPath(path: string): boolean {
  return dossierPaths().has(shapeOf(path));
}

/** Whether a dotted path names a list of the dossier format (so `path.length` can be read). */
export function isDossierListPath(path: string): boolean {
  return dossierPaths().has(`${shapeOf(path)}.[]`);
}

// Wording paths needs no schema: it lives apart, so the schemas' own issues can use it without an import cycle.
export { displayPath, formatPath } from './path-format.js';
