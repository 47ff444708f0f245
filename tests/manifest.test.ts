// custom-elements.json is the public API's one source: editors, Storybook and the docs read it.
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../src/all.js';
import { TAGS } from './helpers.js';

interface Attribute {
  name: string;
  type?: { text?: string };
  default?: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
}

const json = async (path: string) => (await fetch(path)).json();
const declarations = async (): Promise<Declaration[]> =>
  (await json('/dist/custom-elements.json')).modules.flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? []);
const observed = (tag: string) => [...(customElements.get(tag) as unknown as typeof ReactiveElement).observedAttributes];

describe('the manifest', () => {
  it('documents every element', async () => {
    const documented = (await declarations()).filter((d) => d.tagName).map((d) => d.tagName);
    expect([...documented].sort()).to.deep.equal([...TAGS].sort());
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('lists exactly the attributes the element observes, once each, in kebab case', async () => {
        const attributes = (await declarations()).find((d) => d.tagName === tag)!.attributes!.map((a) => a.name);
        expect([...attributes].sort()).to.deep.equal(observed(tag).sort());
        expect(new Set(attributes).size).to.equal(attributes.length);
        for (const name of attributes) expect(name, `${tag} ${name}`).to.match(/^[a-z]+(-[a-z]+)*$/);
      });

      it('gives each attribute a description, a type and, unless it may be unset, a literal default', async () => {
        for (const a of (await declarations()).find((d) => d.tagName === tag)!.attributes!) {
          const type = a.type?.text ?? '';
          expect(a.description, `${tag} ${a.name}: description`).to.be.a('string').and.not.equal('');
          expect(type, `${tag} ${a.name}: type`).to.not.equal('');
          if (!/\bundefined\b/.test(type)) expect(a.default, `${tag} ${a.name}: default`).to.match(/^('[^']*'|\d+|true|false)$/);
        }
      });

      it('hands the same attributes to VS Code and JetBrains', async () => {
        const attributes = (await declarations()).find((d) => d.tagName === tag)!.attributes!.map((a) => a.name);
        const vscode = (await json('/dist/vscode.html-custom-data.json')).tags.find((t: { name: string }) => t.name === tag);
        const webTypes = (await json('/dist/web-types.json')).contributions.html.elements.find((t: { name: string }) => t.name === tag);
        expect(vscode.attributes.map((a: Attribute) => a.name)).to.deep.equal(attributes);
        expect(webTypes.attributes.map((a: Attribute) => a.name)).to.deep.equal(attributes);
      });
    });
  }
});
