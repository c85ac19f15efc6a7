import { version } from '../package.json';

/** This library's version, stamped on every report. */
export const LIBRARY_VERSION: string = version;
