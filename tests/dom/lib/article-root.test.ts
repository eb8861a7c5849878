import { describe, expect, test } from 'vitest';
import { findArticleRoot } from '../../../lib/dom/article-root';

const para = (s: string) => `<p>${s} ${'Body text that is long enough to count as a paragraph of the story. '.repeat(2)}</p>`;

describe('findArticleRoot', () => {
  test('prefers the article element when it holds the story', () => {
    document.body.innerHTML = `<nav>${para('nav')}</nav><article id="a">${para('one')}${para('two')}</article><footer>${para('f')}</footer>`;
    expect(findArticleRoot(document).id).toBe('a');
  });

  test('finds the densest container when there is no semantic markup', () => {
    document.body.innerHTML = `<div id="teasers"><p>short</p></div><div id="story">${para('a')}${para('b')}${para('c')}</div><div class="sidebar">${para('s')}</div>`;
    expect(findArticleRoot(document).id).toBe('story');
  });

  test('ignores an <article> teaser that holds little of the text', () => {
    document.body.innerHTML = `<article id="teaser">${para('t')}</article><div id="story">${para('a')}${para('b')}${para('c')}${para('d')}</div>`;
    expect(findArticleRoot(document).id).toBe('story');
  });

  test('an empty page gives the body', () => {
    document.body.innerHTML = '';
    expect(findArticleRoot(document)).toBe(document.body);
  });
});
