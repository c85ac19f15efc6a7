import legalData from '../rules/legal-data.json';
import lesson1 from '../rules/L1.json';
import lesson2 from '../rules/L2.json';
import lesson3 from '../rules/L3.json';
import lesson4 from '../rules/L4.json';
import lesson5 from '../rules/L5.json';

/** The rule sets shipped with the library, one per lesson, as raw JSON (validated when an evaluator loads them). */
export const BUNDLED_RULE_SETS: readonly unknown[] = [lesson1, lesson2, lesson3, lesson4, lesson5];

/** The legal-data table shipped with the library, as raw JSON. */
export const BUNDLED_LEGAL_DATA: unknown = legalData;
