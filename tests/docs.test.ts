// The docs tell the truth: every custom property and part they mention exists, as the manifest
// (made from src/) lists it.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Declaration {
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}

describe('the docs', () => {
  it('mention only custom properties and ::part() names that src/ defines', async () => {
    const docs = (await executeServerCommand('onward-docs')) as Record<string, string>;
    expect(Object.keys(docs)).to.include.members(['README.md', 'docs/theming.md']);
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const declarations: Declaration[] = manifest.modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
    const properties = new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    const parts = new Set(declarations.flatMap((d) => (d.cssParts ?? []).map((p) => p.name)));
    const unknown: string[] = [];
    for (const [file, text] of Object.entries(docs)) {
      for (const [, name] of text.matchAll(/(--(?:onward|rejection|followup|interview|stay|search|resume)-[a-z0-9-]*[a-z0-9])/g)) {
        if (!properties.has(name)) unknown.push(`${file}: ${name}`);
      }
      for (const [, name] of text.matchAll(/::part\(\s*([a-z0-9-]+)\s*\)/g)) {
        if (!parts.has(name)) unknown.push(`${file}: ::part(${name})`);
      }
    }
    expect([...new Set(unknown)]).to.deep.equal([]);
  });
});
