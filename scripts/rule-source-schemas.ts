import * as z from 'zod/mini';
import { RuleSchema, RuleSetSchema } from '../src/schema/rule-set.js';

/*
 * The formats of the files a rule set is written in (rules/<lesson>/), for editors: a rule file is
 * one rule of the rule-set format with its own "$schema"; the header is the rule set's own
 * fields with the rule ids in order. Neither is a library format: the library reads only the
 * assembled rule sets, validated by RuleSetSchema.
 */

/** One rule file, rules/<lesson>/<rule-id>.json. */
export const RuleSourceSchema = z.extend(RuleSchema, { $schema: z.optional(z.string()) });

/** A rule set's header, rules/<lesson>/rule-set.json: its own fields, and its rule ids in order. */
export const RuleSetHeaderSchema = z.extend(RuleSetSchema, { rules: z.array(z.string()) });

/** What each kind of source file names as its "$schema", relative to where it lives. */
export const SOURCE_SCHEMA_REFERENCES = {
  rule: '../../schemas/rule.schema.json',
  header: '../../schemas/rule-set-header.schema.json',
  /** The assembled rule set's own, written by the assembler whatever the header says. */
  assembled: '../schemas/rule-set.schema.json',
} as const;
