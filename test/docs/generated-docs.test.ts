import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFactsDoc } from '../../scripts/facts-doc.js';

describe('generated docs', () => {
  it('docs/facts.md is current (run `npm run docs`)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../../docs/facts.md', import.meta.url)), 'utf8');
    expect(committed).toBe(buildFactsDoc());
  });
});
