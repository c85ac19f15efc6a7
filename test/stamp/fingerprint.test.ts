import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/stamp/canonical-json.js';
import { fingerprint } from '../../src/stamp/fingerprint.js';
import { sha256Hex } from '../../src/stamp/sha256.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const L5_TEXT = readFileSync(fileURLToPath(new URL('../../rules/L5.json', import.meta.url)), 'utf8');

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('matches the FIPS 180-4 test vector for %j', (input, digest) => {
    expect(sha256Hex(utf8(input))).toBe(digest);
  });

  it('agrees with node:crypto on inputs around the 64-byte block boundaries and on Vietnamese text', () => {
    for (const length of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(sha256Hex(bytes), `length ${length}`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(sha256Hex(utf8(L5_TEXT))).toBe(createHash('sha256').update(L5_TEXT, 'utf8').digest('hex'));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { f: 1, e: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"e":2,"f":1}]},"b":1}');
  });

  it('writes strings and numbers as JSON does, keeping Vietnamese characters', () => {
    expect(canonicalJson({ s: 'Bài học "5"\n', n: 300000000, f: 0.3, z: -0 })).toBe('{"f":0.3,"n":300000000,"s":"Bài học \\"5\\"\\n","z":0}');
  });

  it('leaves out undefined fields and writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it('refuses non-finite numbers', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
  });
});

describe('fingerprint', () => {
  const ruleSet = JSON.parse(L5_TEXT) as Record<string, any>;

  it('is sha256: and 64 hex digits', () => {
    expect(fingerprint(ruleSet)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('does not change when the file is reformatted or its keys reordered', () => {
    const reformatted = JSON.parse(JSON.stringify(ruleSet, null, 7));
    const reordered = Object.fromEntries(Object.entries(ruleSet).reverse());
    expect(fingerprint(reformatted)).toBe(fingerprint(ruleSet));
    expect(fingerprint(reordered)).toBe(fingerprint(ruleSet));
  });

  it('ignores the $schema editor hint', () => {
    const { $schema: _hint, ...withoutHint } = ruleSet;
    expect(fingerprint(withoutHint)).toBe(fingerprint(ruleSet));
  });

  it.each([
    ['a parameter default', (copy: any) => (copy.rules.find((r: any) => r.id === 'L5-market-prices').parameters.minPriceQuotes.default = 2)],
    ['a severity', (copy: any) => (copy.rules[0].severity = 'minor')],
    ['one letter of a message', (copy: any) => (copy.rules[0].messages.fail.vi += '!')],
    ['a condition value', (copy: any) => (copy.rules[0].applicability.all[0].value = ['completed'])],
  ])('changes when a rule changes: %s', (_what, change) => {
    const copy = structuredClone(ruleSet);
    change(copy);
    expect(fingerprint(copy)).not.toBe(fingerprint(ruleSet));
  });
});
