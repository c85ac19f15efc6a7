import { Operator } from 'json-rules-engine';
import { CUSTOM_OPERATOR_DEFINITIONS } from './operator-definitions.js';

export { DEFAULT_DECORATOR_NAMES, DEFAULT_OPERATOR_NAMES, isKnownOperator, operatorBeyondLimits } from './operator-definitions.js';

/** The operators this library adds, as json-rules-engine `Operator`s: registered once per engine of the json-rules-engine path. */
export const CUSTOM_OPERATORS: readonly Operator[] = CUSTOM_OPERATOR_DEFINITIONS.map(({ name, test, acceptsFact }) => new Operator(name, test, acceptsFact));
