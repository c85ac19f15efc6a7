// The policy table of docs/versioning.md, generated from VERSIONING_POLICY (src/diff/policy.ts) so the
// contract the docs state is the one `rules diff` and `checkVersionBump` apply.
// Usage: npm run docs   (rewrites the section between the markers)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHANGE_REASON_KINDS, VERSIONING_POLICY, type ChangeReasonKind, type VersioningPolicy } from '../src/diff/policy.js';
import { sayDiff } from '../src/i18n/catalogue/diff.js';

export const POLICY_START = '<!-- policy-table:start (generated from src/diff/policy.ts: npm run docs) -->';
export const POLICY_END = '<!-- policy-table:end -->';

type Source = Exclude<keyof VersioningPolicy, 'reasons'>;

/** The nouns the docs use for each part of the policy: the files' fields, or items added and removed. */
const FIELDS_OF: Partial<Record<Source, string>> = {
  ruleSetMetadata: 'rule set',
  ruleAspect: 'rule',
  parameterField: 'parameter',
  referenceField: 'reference',
  legalEntryField: 'legal entry',
};
const ITEMS_OF: Partial<Record<Source, string>> = { ruleSet: 'a rule set', rule: 'a rule', parameter: 'a parameter', reference: 'a reference' };
const LEGAL_ENTRY: Record<keyof VersioningPolicy['legalEntry'], string> = {
  added: 'a legal entry added',
  removed: 'a legal entry removed or re-dated while its key keeps others',
  keyRemoved: 'a legal key left with no entry',
};
/** Names that stand for several JSON fields. */
const FIELD_NAMES: Readonly<Record<string, string>> = { effective: 'effectiveFrom`, `effectiveTo', bounds: 'minimum`, `maximum' };

function describe(source: Source, keys: readonly string[]): string {
  const fieldsOf = FIELDS_OF[source];
  if (fieldsOf !== undefined) return `${fieldsOf} ${keys.map((key) => `\`${FIELD_NAMES[key] ?? key}\``).join(', ')}`;
  const itemsOf = ITEMS_OF[source];
  if (itemsOf !== undefined) return `${itemsOf} ${keys.join(' or ')}`;
  return keys.map((key) => LEGAL_ENTRY[key as keyof typeof LEGAL_ENTRY]).join('; ');
}

const SOURCES = Object.keys(VERSIONING_POLICY).filter((key): key is Source => key !== 'reasons');

function sourcesOf(kind: ChangeReasonKind): string[] {
  return SOURCES.flatMap((source) => {
    const keys = Object.entries(VERSIONING_POLICY[source] as Readonly<Record<string, ChangeReasonKind>>)
      .filter(([, given]) => given === kind)
      .map(([key]) => key);
    return keys.length > 0 ? [describe(source, keys)] : [];
  });
}

/** The generated table: one row per change reason kind, the most severe first. */
export function buildPolicyTable(): string {
  const rows = CHANGE_REASON_KINDS.map((kind) => {
    const { level, message } = VERSIONING_POLICY.reasons[kind];
    return `| **${level}** | \`${kind}\` | ${sayDiff('en', message)} | ${sourcesOf(kind).join('; ')} |`;
  });
  return ['| release | reason | reported as | given by |', '|---|---|---|---|', ...rows].join('\n');
}

/** `doc` with the text between the policy markers replaced by the generated table. */
export function withPolicyTable(doc: string): string {
  const start = doc.indexOf(POLICY_START);
  const end = doc.indexOf(POLICY_END);
  if (start < 0 || end < start) throw new Error(`docs/versioning.md lacks the markers ${POLICY_START} … ${POLICY_END}`);
  return `${doc.slice(0, start + POLICY_START.length)}\n${buildPolicyTable()}\n${doc.slice(end)}`;
}

/** Rewrites the policy table of docs/versioning.md in place (`npm run docs`). */
export function writeVersioningDoc(): void {
  const file = fileURLToPath(new URL('../docs/versioning.md', import.meta.url));
  writeFileSync(file, withPolicyTable(readFileSync(file, 'utf8')));
}
