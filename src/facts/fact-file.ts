/*
 * Where a catalogue fact lives: src/facts/<topic>/<fact-name-in-kebab-case>.ts,
 * which exports the definition as `fact` and its documentation as `description`.
 */

/** The file name of a fact's module: `supportOverCap` → `support-over-cap.ts`. */
export function factFileName(name: string): string {
  return `${name.replace(/[A-Z]/g, (capital) => `-${capital.toLowerCase()}`)}.ts`;
}
