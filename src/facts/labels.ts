import { displayPath } from '../schema/paths.js';

/** How a dossier item is named in a message: its own name, else its place in the dossier. */
export function itemLabel(name: string | undefined, dottedPath: string): string {
  return name && name.trim() ? name : displayPath(dottedPath);
}
