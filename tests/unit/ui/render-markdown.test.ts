import { describe, expect, test } from 'vitest';
import { markdownToHtml } from '../../../src/ui/render/markdown';
import { filterStyle } from '../../../src/ui/render/sanitize';

/** The TeX sources KaTeX was asked to render, read back from its MathML annotations. */
function texOf(html: string): string[] {
  return [...html.matchAll(/<annotation encoding="application\/x-tex">([\s\S]*?)<\/annotation>/g)].map((m) => m[1]!.trim());
}

describe('markdownToHtml', () => {
  describe('should render every math delimiter with KaTeX', () => {
    test.for([
      ['inline dollars', 'Let $x^2$ be', ['x^2']],
      ['inline parens', 'Find \\( a + b \\).', ['a + b']],
      ['display dollars', '$$\n\\frac{1}{2}\n$$', ['\\frac{1}{2}']],
      ['display brackets', 'so\n\n\\[\ny = 3\n\\]\n\ndone', ['y = 3']],
      ['boxed answer', 'The answer is $\\boxed{42}$.', ['\\boxed{42}']],
    ] as const)('for %s', ([, src, tex]) => {
      expect(texOf(markdownToHtml(src))).toEqual(tex);
    });
  });

  test.for([
    ['inline math one character into a line', 'a$x$ b', ['x']],
    ['display math on the second line of a paragraph', 'a\n$$y$$', ['y']],
  ] as const)('should find math wherever it starts, for %s', ([, src, tex]) => {
    expect(texOf(markdownToHtml(src))).toEqual(tex);
  });

  test('should keep prices and escaped dollars as text', () => {
    const html = markdownToHtml('It costs $5 and $10, or \\$3.');
    expect(texOf(html)).toEqual([]);
    expect(html).toContain('$5 and $10, or $3.');
  });

  test.for([
    ['*a $x*y$ b*', 'em', ['x*y']],
    ['**a $x**2$ b**', 'strong', ['x**2']],
    ['x *$a*b$* y', 'em', ['a*b']],
  ] as const)('should never pair an emphasis mark of the text with one inside math, for %j', ([src, tag, tex]) => {
    const html = markdownToHtml(src);
    expect(texOf(html)).toEqual(tex);
    expect(html).toMatch(new RegExp(`<${tag}>[^<]*<span class="katex">`));
  });

  test('should keep a single line break inside a paragraph as a soft break', () => {
    expect(markdownToHtml('a\nb')).toBe('<p>a\nb</p>\n');
  });

  test('should not treat math inside code as math', () => {
    expect(texOf(markdownToHtml('`$x$` and\n\n```\n$y$\n```'))).toEqual([]);
  });

  test('should not let emphasis pair across a formula', () => {
    const html = markdownToHtml('_a $x_1$ b_ and $y_2$');
    expect(texOf(html)).toEqual(['x_1', 'y_2']);
  });

  test('should render inline math inline, with no display wrapper', () => {
    const html = markdownToHtml('Let $x$ be');
    expect(html).toMatch(/^<p>Let <span class="katex">/);
    expect(html).not.toContain('math-display');
  });

  test('should render display math standing alone as a block of its own', () => {
    expect(markdownToHtml('$$x$$\n\nafter')).toMatch(/^<div class="math-display"><span class="katex-display">[\s\S]*<\/div>\n<p>after<\/p>\n$/);
  });

  test('should render GitHub-flavoured tables and strikethrough, which models write', () => {
    const html = markdownToHtml('| n | n² |\n| --- | --- |\n| 3 | 9 |\n\n~~wrong~~ right');
    expect(html).toContain('<table>');
    expect(html).toContain('<td>9</td>');
    expect(html).toContain('<del>wrong</del> right');
  });

  test('should keep display math inside a paragraph as phrasing content', () => {
    expect(markdownToHtml('inline $$x$$ here')).toMatch(/^<p>inline <span class="math-display">/);
  });

  test('should show raw HTML as text', () => {
    const html = markdownToHtml('<script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&#60;script&#62;');
  });

  describe('should render a link with an unsafe scheme as plain text', () => {
    test.for([
      ['javascript', 'javascript:alert(1)'],
      ['javascript with a web address later in it', 'javascript:alert(%22https://example.com%22)'],
      ['a relative path', '/settings'],
    ] as const)('for %s', ([, href]) => {
      expect(markdownToHtml(`[x](${href})`)).toBe('<p><span class="md-link">x</span></p>\n');
    });
  });

  describe('should keep a link to the web or to an e-mail address', () => {
    test.for(['https://example.com', 'http://example.com', 'mailto:someone@example.com', 'HTTP://EXAMPLE.COM'])('for %s', (href) => {
      expect(markdownToHtml(`[x](${href})`)).toBe(`<p><a href="${href}">x</a></p>\n`);
    });
  });

  test('should replace images by their alt text', () => {
    expect(markdownToHtml('![plot](https://example.com/p.png)')).toBe('<p><span class="md-image">[image: plot]</span></p>\n');
  });

  test('should highlight fenced Python and escape everything else', () => {
    expect(markdownToHtml('```python\nprint("<b>")\n```')).toContain('<span class="hljs-built_in">print</span>(<span class="hljs-string">&quot;&lt;b&gt;&quot;</span>)');
    expect(markdownToHtml('```html\n<b>x</b>\n```')).toContain('&#60;b&#62;x&#60;/b&#62;');
  });

  describe('should label a fenced block with its language, cleaned for a class name', () => {
    test.for([
      ['a Python block', '```python\nx\n```', '<pre class="md-code"><code class="hljs language-python">x</code></pre>\n'],
      ['a block with no language, escaped as plain text', '```\nx < 1\n```', '<pre class="md-code"><code class="hljs">x &#60; 1</code></pre>\n'],
      ['a language with symbols and words after it', '```c++" onclick=x more\nx\n```', '<pre class="md-code"><code class="hljs language-c">x</code></pre>\n'],
      ['a language with a dash and digits', '```objective-c2\nx\n```', '<pre class="md-code"><code class="hljs language-objective-c2">x</code></pre>\n'],
    ] as const)('for %s', ([, src, html]) => {
      expect(markdownToHtml(src)).toBe(html);
    });
  });

  test('should keep a link whose address in angle brackets has spaces around it', () => {
    expect(markdownToHtml('[x](<  https://example.com  >)')).toBe('<p><a href="  https://example.com  ">x</a></p>\n');
  });

  test('should keep a link title, escaped', () => {
    expect(markdownToHtml('[x](https://example.com "A <b>")')).toBe('<p><a href="https://example.com" title="A &#60;b&#62;">x</a></p>\n');
  });

  test('should drop an image with no alt text', () => {
    expect(markdownToHtml('![](https://example.com/p.png)')).toBe('<p></p>\n');
  });

  test('should show a formula KaTeX gives up on (nested past its stack) as escaped source in the error style', () => {
    const tex = `${'{'.repeat(50_000)}<x>${'}'.repeat(50_000)}`;
    expect(markdownToHtml(`$${tex}$`)).toBe(`<p><code class="math-error">${'{'.repeat(50_000)}&#60;x&#62;${'}'.repeat(50_000)}</code></p>\n`);
  });

  test('should show TeX that does not parse as KaTeX\'s own error text', () => {
    expect(markdownToHtml('$\\frac{1$')).toMatch(/^<p><span class="katex-error" title="ParseError: KaTeX parse error: [^"]+" style="color:#c0392b">\\frac\{1<\/span><\/p>\n$/);
  });

  describe('should render KaTeX commands that need trust as inert text', () => {
    test.for(['\\href{javascript:alert(1)}{x}', '\\url{javascript:alert(1)}', '\\htmlClass{x}{y}', '\\includegraphics{a.png}'])('for %s', (tex) => {
      const html = markdownToHtml(`$${tex}$`);
      expect(html).not.toMatch(/href=|<img|class="x"/);
    });
  });
});

describe('filterStyle', () => {
  test('should keep the plain lengths KaTeX writes', () => {
    expect(filterStyle('height:0.6444em; vertical-align:-0.25em;top:-3.3244em;color:#c0392b')).toBe(
      'height:0.6444em;vertical-align:-0.25em;top:-3.3244em;color:#c0392b',
    );
  });

  test.for([
    'height', 'width', 'min-width', 'max-width', 'vertical-align', 'top', 'bottom', 'left', 'right',
    'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-left', 'padding-right',
    'border-width', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
    'border-style', 'border-right-style', 'border-color', 'color', 'background-color', 'text-shadow',
  ])('should keep each property KaTeX writes, for %s', (property) => {
    expect(filterStyle(`${property}: 0.5em`)).toBe(`${property}:0.5em`);
  });

  test.for([
    ['a length with five decimals', 'height:0.69444em'],
    ['a hex colour whose digits read as a big number', 'color:#123456'],
  ] as const)('should keep %s', ([, style]) => {
    expect(filterStyle(style)).toBe(style);
  });

  test.for(['relative', 'absolute'])('should keep the positions KaTeX writes, for %s', (position) => {
    expect(filterStyle(`position:${position}`)).toBe(`position:${position}`);
  });

  describe('should drop declarations that reach outside the formula', () => {
    test.for([
      'position:fixed',
      'background-image:url(https://example.com/x)',
      'background:red',
      'width:expression(alert(1))',
      'height:100000em',
      'color:var(--x)',
      'color:red\\;',
      'z-index:9999',
      'color:red !important',
      'width:calc(1em*2)',
      "margin:'1em'",
      'color:var (--x)',
      'color:attr (x)',
      'color:env (x)',
      'color:attr(x)',
      'margin-left:env(safe-area-inset-left)',
      'height:1#a.5000em',
      'height:1000em',
      'colors',
    ])('for %s', (style) => {
      expect(filterStyle(style)).toBe('');
    });
  });
});
