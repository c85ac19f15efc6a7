import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dossier } from '../../src/index.js';

const EXAMPLE_PATH = fileURLToPath(new URL('../../examples/dossier-example.json', import.meta.url));

/** A fresh, deep copy of the spec's example dossier (a completed 2024 national machinery project in Thái Bình). */
export function exampleDossier(): Dossier & Record<string, unknown> {
  return JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8')) as Dossier & Record<string, unknown>;
}

/** The example dossier with changes applied by a function that may mutate the copy. */
export function exampleWith(change: (dossier: any) => void): Dossier {
  const dossier = exampleDossier();
  change(dossier);
  return dossier;
}
