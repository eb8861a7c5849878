import { describe, expect, it } from 'vitest';
import { splitRun } from '../../../lib/detect/names';

describe('a plural possessive before a name', () => {
  it('starts the name after the possessive with a straight or a curly apostrophe', () => {
    expect(splitRun(['Democrats\'', 'Nancy', 'Pelosi'])).toMatchObject({ name: ['Nancy', 'Pelosi'], org: false });
    expect(splitRun(['Democrats\u2019', 'Nancy', 'Pelosi'])).toMatchObject({ name: ['Nancy', 'Pelosi'], org: false });
  });

  it('keeps a plural possessive inside an organisation name, either apostrophe', () => {
    expect(splitRun(['Anglers\'', 'Federation'])).toMatchObject({ org: true });
    expect(splitRun(['Anglers\u2019', 'Federation'])).toMatchObject({ org: true });
  });
});
