/* How a dossier path is shown to people; paths.ts checks paths against the format. */

/** `['budget', 'lines', 1, 'amount']` → `budget.lines[1].amount`; the empty path is `rootLabel`. */
export function formatPath(segments: readonly PropertyKey[], rootLabel = '(dossier)'): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || rootLabel;
}

/** `budget.lines.1.amount` → `budget.lines[1].amount`. */
export function displayPath(dottedPath: string): string {
  return formatPath(dottedPath.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)));
}
