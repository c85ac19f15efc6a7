// A StrykerJS ignorer plugin (`ignorers` in stryker.config.mjs): the `description` each fact file
// exports is documentation text for docs/facts.md, which only the docs tooling imports and
// test/docs/generated-docs.test.ts pins; mutating its words tests nothing the library does, and
// each such mutant, run at import, would cost a whole run of the area's tests.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const factDescriptions = {
  shouldIgnore(path) {
    const declaration = path.node.type === 'ExportNamedDeclaration' ? path.node.declaration : undefined;
    if (declaration?.type !== 'VariableDeclaration') return undefined;
    const named = declaration.declarations.some((declarator) => declarator.id.type === 'Identifier' && declarator.id.name === 'description');
    return named ? 'A fact description is documentation text (docs/facts.md), pinned by test/docs/generated-docs.test.ts' : undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'fact-descriptions', factDescriptions)];
