import * as z from 'zod/mini';
import { DossierSchema } from '../src/schema/dossier.js';
import { LegalDataSchema } from '../src/schema/legal-data.js';
import { LocalNormsSchema } from '../src/schema/local-norms.js';
import { ReportSchema } from '../src/schema/report.js';
import { RuleSetSchema } from '../src/schema/rule-set.js';
import { RuleSetHeaderSchema, RuleSourceSchema } from './rule-source-schemas.js';

const BASE_ID = 'https://unpkg.com/khuyencong/schemas/';

/** The JSON Schemas published in schemas/, generated from the zod schemas (the single source). */
export function buildJsonSchemas(): Record<string, object> {
  const schemas = {
    'dossier.schema.json': { schema: DossierSchema, title: 'khuyencong.dossier/1 — hồ sơ đề án khuyến công / khuyến công project dossier' },
    'rule-set.schema.json': { schema: RuleSetSchema, title: 'khuyencong.rule-set/1 — bộ quy tắc / rule set' },
    'rule.schema.json': { schema: RuleSourceSchema, title: 'khuyencong rule file — một quy tắc (rules/<lesson>/<rule-id>.json) / one rule' },
    'rule-set-header.schema.json': {
      schema: RuleSetHeaderSchema,
      title: 'khuyencong rule-set header — thông tin bộ quy tắc và thứ tự quy tắc (rules/<lesson>/rule-set.json) / rule-set fields and rule order',
    },
    'legal-data.schema.json': { schema: LegalDataSchema, title: 'khuyencong.legal-data/1 — dữ liệu pháp lý / legal data' },
    'local-norms.schema.json': {
      schema: LocalNormsSchema,
      title: 'khuyencong.local-norms/1 — định mức chi khuyến công địa phương của tỉnh / provincial cost norms',
    },
    'report.schema.json': { schema: ReportSchema, title: 'khuyencong.report/1 — báo cáo đánh giá / evaluation report' },
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([file, { schema, title }]) => [
      file,
      { $id: `${BASE_ID}${file}`, title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) },
    ]),
  );
}

/** How a generated schema is written to disk: stable key order from the generator, two-space indent, final newline. */
export function serialise(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
