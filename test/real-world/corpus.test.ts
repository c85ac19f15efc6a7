import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRealWorldSection, REAL_WORLD_END, REAL_WORLD_START, withSidecarBullets } from '../../scripts/real-world-doc.js';
import { corpusFiles, corpusRunDates, evaluateEntry, loadCorpus } from '../../scripts/real-world-corpus.js';

const corpus = loadCorpus();

describe('the real-world corpus', () => {
  it('has at least ten dossiers, each with its source sidecar', () => {
    const { dossiers, sidecars } = corpusFiles();
    expect(dossiers.length).toBeGreaterThanOrEqual(10);
    expect(sidecars).toEqual(dossiers);
  });

  it.each(corpus.map((entry) => [entry.slug, entry] as const))('%s: names each rule it expects once, and every one has a finding', async (_slug, entry) => {
    const named = entry.sidecar.expectations.map((expectation) => expectation.rule);
    expect(new Set(named).size).toBe(named.length);
    const report = await evaluateEntry(entry, entry.sidecar.referenceDate);
    expect(named.filter((rule) => !report.findings.some((finding) => finding.ruleId === rule))).toEqual([]);
  });
});

const runs = corpus.flatMap((entry) => corpusRunDates(entry.sidecar).map((date) => [entry.slug, date ?? 'default', entry, date] as const));

describe.each(runs)('%s on %s', (_slug, _label, entry, date) => {
  it('meets the expectation of every rule its source bears on', async () => {
    const report = await evaluateEntry(entry, date);
    const found = entry.sidecar.expectations.map(({ rule }) => ({ rule, status: report.findings.find((finding) => finding.ruleId === rule)?.status }));
    expect(found).toEqual(entry.sidecar.expectations.map(({ rule, status }) => ({ rule, status })));
  });

  it('carries the warnings its source calls for, and reference-date-defaulted exactly when no date was given', async () => {
    const report = await evaluateEntry(entry, date);
    const codes = report.warnings.map((warning) => warning.code);
    expect(codes).toEqual(expect.arrayContaining(entry.sidecar.expectedWarnings ?? []));
    expect(codes.includes('reference-date-defaulted')).toBe(date === null);
  });
});

describe('docs/real-world.md', () => {
  it('shows the scores and findings of the corpus as the library gives them now (run `npm run docs`)', async () => {
    const page = readFileSync(new URL('../../docs/real-world.md', import.meta.url), 'utf8');
    const section = page.slice(page.indexOf(REAL_WORLD_START), page.indexOf(REAL_WORLD_END) + REAL_WORLD_END.length);
    expect(section).toBe(await buildRealWorldSection());
  });

  it('restates each sidecar (reference date, not stated, cannot hold, expectations) under "Per dossier"', () => {
    const page = readFileSync(new URL('../../docs/real-world.md', import.meta.url), 'utf8');
    expect(withSidecarBullets(page, corpus)).toBe(page);
    for (const { slug } of corpus) expect(page).toContain(`### \`${slug}\``);
  });
});
