import fc from 'fast-check';
import { exampleDossier } from '../support/dossiers.js';
import { fixtureNames, loadFixture } from '../support/fixtures.js';

/*
 * Generators for the property suite and `npm run fuzz`: realistic dossiers (the example and every
 * fixture) changed at random places, any JavaScript value at all, and options of every shape.
 */

/** The realistic dossiers mutations start from: the example and every fixture dossier. */
export function seedDossiers(): unknown[] {
  return [exampleDossier(), ...fixtureNames().map((name) => loadFixture(name).dossier)];
}

type Step = string | number;

/** An object mutations may edit: a plain or null-prototype one (not a typed array, a Map, a Date…). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Every place in a JSON value (objects' keys and lists' indexes), the root excluded. */
function placesIn(value: unknown, prefix: Step[] = [], out: Step[][] = []): Step[][] {
  if (Array.isArray(value)) value.forEach((item, index) => {
    out.push([...prefix, index]);
    placesIn(item, [...prefix, index], out);
  });
  else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      placesIn(item, [...prefix, key], out);
    }
  }
  return out;
}

/** Keys that reach prototypes in code that indexes plain objects. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Any JavaScript value: BigInt, Date (valid or not), Map, Set, typed arrays, null-prototype objects, sparse arrays, boxed values. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withBoxedValues: true,
  withUnicodeString: true,
  maxDepth: 3,
});

/** A JSON value a mutation puts in place of a field: the kinds of mistakes hosts make. */
const jsonReplacement: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant([]),
  fc.constant({}),
  fc.constant(''),
  fc.constant(0),
  fc.constant(-1),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(1e308),
  fc.constant('2024-02-30'),
  fc.constant('+010000-01-01'),
  fc.constant(true),
  fc.string({ maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(...PROTOTYPE_KEYS).map((key) => JSON.parse(`{"${key}": {"polluted": "yes"}}`) as unknown),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A value a mutation puts in place of a field: a JSON mistake, or any JavaScript value. */
const anyReplacement: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: jsonReplacement }, { weight: 1, arbitrary: anyValue });

type Edit =
  | { kind: 'delete'; place: number }
  | { kind: 'replace'; place: number; value: unknown }
  | { kind: 'duplicate'; place: number }
  | { kind: 'add-key'; place: number; key: string; value: unknown };

const editWith = (replacement: fc.Arbitrary<unknown>): fc.Arbitrary<Edit> => fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), place: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), place: fc.nat(), value: replacement }),
  fc.record({ kind: fc.constant('duplicate' as const), place: fc.nat() }),
  fc.record({
    kind: fc.constant('add-key' as const),
    place: fc.nat(),
    key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string({ maxLength: 8 })),
    value: replacement,
  }),
);

function applyEdit(root: unknown, change: Edit): void {
  const places = placesIn(root);
  if (places.length === 0) return;
  const place = places[change.place % places.length]!;
  const parent = place.slice(0, -1).reduce<unknown>((node, step) => (node as Record<Step, unknown>)[step], root) as Record<Step, unknown> | unknown[];
  const last = place.at(-1)!;
  const target = parent as Record<Step, unknown>;
  switch (change.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete target[last];
      break;
    case 'replace':
      target[last] = change.value;
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
      break;
    case 'add-key': {
      const node = target[last];
      // defineProperty, so `__proto__` becomes an own key as JSON.parse would make it, not a prototype change.
      if (node !== null && typeof node === 'object' && !Array.isArray(node)) Object.defineProperty(node, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
      break;
    }
  }
}

/**
 * A realistic dossier with one to five random edits (deletions, replacements, duplicated items,
 * extra keys); with `json`, every value put in stays JSON (as a dossier read from a file is).
 */
export function mutatedDossier(seeds: readonly unknown[], { json = false } = {}): fc.Arbitrary<unknown> {
  const edit = editWith(json ? jsonReplacement : anyReplacement);
  return fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 })).map(([seed, edits]) => {
    const dossier = structuredClone(seeds[seed]);
    for (const change of edits) {
      // An edit the value refuses (a frozen or exotic object put there by an earlier edit) is skipped.
      try {
        applyEdit(dossier, change);
      } catch {
        continue;
      }
    }
    return dossier;
  });
}

/** A date option as hosts pass it, right or wrong. */
// Mostly valid, so most runs reach a report; the wrong ones are still tried in every tenth or so.
const dateOption: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 30, arbitrary: fc.date({ min: new Date('2010-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)) },
  fc.date(),
  fc.constantFrom('2024-12-01', '2025-10-15', '2012-07-04', '2024-02-30', '+010000-01', '', 'yesterday'),
  fc.constant(new Date(8.64e15)),
  fc.constant(new Date(Number.NaN)),
  anyValue,
);

/** Per-call options: mostly well-formed, sometimes anything. */
export const callOptions: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ asOf: dateOption, referenceDate: dateOption, locale: fc.constantFrom('vi', 'en', 'vi', 'en', 'fr', undefined) }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: anyValue },
);

/** A number a host may give as a weight or threshold. */
const someNumber: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 100 }) },
  fc.integer({ min: -10, max: 2000 }),
  fc.double(),
  fc.constantFrom(0, 1e308, -1e308, Number.NaN, Number.POSITIVE_INFINITY),
  anyValue,
);

/** Evaluator options: scoring and lesson weights of every size, rules switched off, and anything. */
export const evaluatorOptions: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        locale: fc.constantFrom('vi', 'en', undefined),
        scoring: fc.record(
          {
            severityWeights: fc.oneof(
              { weight: 6, arbitrary: fc.dictionary(fc.constantFrom('critical', 'major', 'minor'), someNumber, { maxKeys: 3 }) },
              fc.dictionary(fc.constantFrom('critical', 'major', 'minor', 'info', 'extra', '__proto__'), someNumber, { maxKeys: 4 }),
            ),
            readyAt: someNumber,
            notReadyBelow: someNumber,
          },
          { requiredKeys: [] },
        ),
        lessonWeights: fc.oneof(
          { weight: 4, arbitrary: fc.dictionary(fc.constantFrom('L1', 'L2', 'L3', 'L4', 'L5'), someNumber, { maxKeys: 5 }) },
          fc.dictionary(fc.constantFrom('L1', 'L2', 'L3', 'L4', 'L5', 'L9', 'constructor'), someNumber, { maxKeys: 5 }),
        ),
        rules: fc.oneof(
          { weight: 4, arbitrary: fc.dictionary(fc.constantFrom('L1-ministry-agency', 'L5-support-cap', 'L3-learner-ratio'), fc.constant('off'), { maxKeys: 2 }) },
          fc.dictionary(fc.constantFrom('L1-ministry-agency', 'L5-support-cap', 'L3-learner-ratio', 'toString', 'no-such-rule'), fc.oneof(fc.constant('off'), anyValue), { maxKeys: 2 }),
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);
