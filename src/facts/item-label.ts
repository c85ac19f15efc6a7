/*
 * Items that facts return carry a `path` in the form people read
 * (`budget.lines[1]`), the same form as report evidence paths.
 */

/** How a dossier item is named in a message: its own name, else its place in the dossier. */
export function itemLabel(name: string | undefined, path: string): string {
  return name && name.trim() ? name : path;
}
