// @vitest-environment jsdom
/**
 * The sanitiser's policy in Node, on jsdom (DOMPurify's supported DOM outside a browser), so that
 * mutation testing can reach it. The same policy is checked against the whole XSS corpus in real
 * Chromium by tests/e2e/render-xss.test.ts; this file pins each rule of sanitize.ts.
 */
import DOMPurify from 'dompurify';
import { describe, expect, test } from 'vitest';
import { markdownToHtml } from '../../../src/ui/render/markdown';
import { sanitizeHtml } from '../../../src/ui/render/sanitize';

/** The sanitised HTML parsed back into a detached element, to look at what survived. */
function sanitized(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = sanitizeHtml(html);
  return box;
}

/** Every attribute left in the sanitised HTML, as `element.attribute=value`. */
function attributes(html: string): string[] {
  return Array.from(sanitized(html).querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).map((a) => `${el.localName}.${a.name}=${a.value}`));
}

/** The policy's forbidden elements (sanitize.ts), each written where it would otherwise be allowed to live. */
const SVG_ELEMENTS = ['image', 'use', 'feimage', 'foreignobject', 'animate', 'animatemotion', 'animatetransform', 'set'];
const MATH_ELEMENTS = ['annotation-xml', 'maction', 'mglyph', 'malignmark'];
const HTML_ELEMENTS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'portal', 'form', 'input', 'button', 'textarea', 'select', 'option', 'datalist', 'img', 'picture', 'source',
  'video', 'audio', 'track', 'dialog',
];

/** `tag` after some text in a paragraph, inside an SVG or a formula when it belongs there. */
function inPlace(tag: string): string {
  const element = `<${tag} title="t">inside</${tag}>`;
  if (SVG_ELEMENTS.includes(tag)) return `<p>before<svg>${element}</svg></p>`;
  if (MATH_ELEMENTS.includes(tag)) return `<p>before<math><semantics><mi>x</mi>${element}</semantics></math></p>`;
  return `<p>before${element}</p>`;
}

/** The element names left in sanitised HTML (lower case: SVG keeps camelCase names). */
function elementNames(box: HTMLElement): string[] {
  return Array.from(box.querySelectorAll('*')).map((el) => el.localName.toLowerCase());
}

/** The policy's forbidden attributes, each on an element that could otherwise carry it. */
const FORBIDDEN_ATTRIBUTES = [
  ['src', 'span'], ['srcset', 'span'], ['srcdoc', 'span'], ['action', 'span'], ['formaction', 'span'], ['poster', 'span'],
  ['background', 'table'], ['ping', 'span'], ['target', 'span'], ['xlink:href', 'svg'], ['lowsrc', 'span'], ['dynsrc', 'span'],
  ['manifest', 'span'], ['autofocus', 'div'], ['tabindex', 'div'], ['contenteditable', 'div'], ['popover', 'div'], ['inert', 'div'],
] as const;

describe('sanitizeHtml', () => {
  describe('should remove elements that script, embed, load, navigate or take input', () => {
    test.for([
      ['script', '<p>a<script>alert(1)</script></p>', 'script'],
      ['an image with an error handler', '<img src=x onerror=alert(1)>', 'img'],
      ['a style sheet', '<style>body{display:none}</style><p>a</p>', 'style'],
      ['an iframe', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', 'iframe'],
      ['a form with a button', '<form action="https://evil.example"><input name=q><button>go</button></form>', 'form, input, button'],
      ['a link element', '<link rel=stylesheet href="https://evil.example/x.css">', 'link'],
      ['a base element', '<base href="https://evil.example/">', 'base'],
      ['a meta refresh', '<meta http-equiv=refresh content="0;url=https://evil.example">', 'meta'],
      ['a video', '<video><source src=x></video>', 'video, source'],
      ['an SVG use and image', '<svg><use href="#x"></use><image href="x"></image></svg>', 'use, image'],
      ['an SVG animation', '<svg><a><animate attributeName=href values="javascript:alert(1)"></animate><text>x</text></a></svg>', 'animate'],
      ['a MathML action', '<math><maction actiontype="statusline"><mi>x</mi><mtext>y</mtext></maction></math>', 'maction'],
      ['a dialog', '<dialog open>covering</dialog>', 'dialog'],
      ['a template', '<template><img src=x onerror=alert(1)></template>', 'template'],
      ['an object', '<object data="x.swf"></object>', 'object'],
    ] as const)('for %s', ([, html, selector]) => {
      expect(sanitized(html).querySelectorAll(selector)).toHaveLength(0);
    });

    test.for([...HTML_ELEMENTS, ...SVG_ELEMENTS, ...MATH_ELEMENTS])('for every element on the forbidden list, here <%s> in the place it would live', (tag) => {
      const box = sanitized(inPlace(tag));
      expect(elementNames(box)).not.toContain(tag);
      // The paragraph around it stays: the element was taken out, not the whole fragment.
      expect(box.querySelector('p')?.textContent).toMatch(/^before/);
    });

    test('for a dialog, keeping its text', () => {
      expect(sanitized('<dialog open>covering</dialog>').textContent).toBe('covering');
    });
  });

  describe('should remove attributes that run code, load, target other windows or take focus', () => {
    test.for([
      ['an event handler', '<b onclick="alert(1)" onmouseover="alert(2)">x</b>'],
      ['tab order, focus and editing', '<div tabindex=1 autofocus contenteditable popover inert>x</div>'],
      ['a ping and a target on a non-link', '<span ping="https://evil.example" target="_top">x</span>'],
      ['data attributes', '<span data-x="1" data-action="run">x</span>'],
      ['a source set', '<picture><source srcset="x.png"></picture><span srcset="x.png">x</span>'],
      ['a background and a poster', '<table background="x.png"><tr><td>x</td></tr></table><span poster="x.png">y</span>'],
      ['a scheme in a URL-like attribute', '<span lang="javascript:alert(1)">x</span>'],
      ['an unknown scheme in a URL-like attribute', '<span lang="web+evil:x">x</span>'],
      ['a value that closes a tag inside an attribute', '<span title="a/>b">x</span>'],
    ] as const)('for %s', ([, html]) => {
      expect(attributes(html)).toEqual([]);
    });

    test.for(FORBIDDEN_ATTRIBUTES)('for every attribute on the forbidden list, here %s on a %s', ([attribute, tag]) => {
      const html = tag === 'svg' ? `<svg><a ${attribute}="https://evil.example/"><text>x</text></a></svg>` : `<${tag} ${attribute}="https://evil.example/x">x</${tag}>`;
      const box = sanitized(html);
      expect(elementNames(box)).toContain(tag);
      expect(attributes(html)).toEqual([]);
    });

    test('for aria attributes, which stay', () => {
      expect(attributes('<span aria-label="sum" role="img">x</span>')).toEqual(['span.aria-label=sum', 'span.role=img']);
    });

    test('for the plain words KaTeX writes on MathML, which have no scheme and stay', () => {
      expect(attributes('<math><mi mathvariant="normal">d</mi><mo stretchy="false">(</mo></math>')).toEqual(['mi.mathvariant=normal', 'mo.stretchy=false']);
    });

    test('for SVG path data, which has no scheme and stays', () => {
      expect(attributes('<svg><path d="M0 0L10 10"></path></svg>')).toEqual(['path.d=M0 0L10 10']);
    });
  });

  describe('should keep only links to the web or to an e-mail address, opening in a new tab that cannot reach back', () => {
    test.for([
      ['https', 'https://example.org/a?b=1'],
      ['http', 'http://example.org/'],
      ['mailto', 'mailto:someone@example.org'],
      ['an upper-case scheme', 'HTTPS://example.org/'],
      ['a newline inside the scheme, which browsers drop from a URL', 'ht\ntps://example.org/'],
    ] as const)('for %s', ([, href]) => {
      const a = sanitized(`<a href="${href}" target="_self">x</a>`).querySelector('a')!;
      expect(Array.from(a.attributes).map((at) => `${at.name}=${at.value}`).sort()).toEqual(
        [`href=${href}`, 'rel=noopener noreferrer nofollow', 'referrerpolicy=no-referrer', 'target=_blank'].sort(),
      );
    });

    test.for([
      ['javascript', 'javascript:alert(1)'],
      ['javascript in mixed case', 'JaVaScRiPt:alert(1)'],
      ['javascript split by a tab and a newline', 'java\tscr\nipt:alert(1)'],
      ['javascript after a control character', '\u0001javascript:alert(1)'],
      ['data', 'data:text/html,<script>alert(1)</script>'],
      ['vbscript', 'vbscript:msgbox(1)'],
      ['a relative path', '/settings'],
      ['a fragment', '#top'],
      ['a protocol-relative address', '//evil.example/'],
      ['an address with a scheme later in it', 'x https://example.org'],
      ['a relative path with a web address in it', '/redirect?to=https://example.org'],
    ] as const)('for %s, which loses its href', ([, href]) => {
      const a = sanitized(`<a href="${href.replace(/"/g, '&quot;')}">x</a>`).querySelector('a')!;
      expect(a.hasAttribute('href')).toBe(false);
      expect(a.hasAttribute('target')).toBe(false);
      expect(a.textContent).toBe('x');
    });

    test('for an href on an element that is not an HTML link', () => {
      expect(attributes('<span href="https://example.org/">x</span>')).toEqual([]);
      expect(attributes('<svg><a href="https://example.org/"><text>x</text></a></svg><math href="https://example.org/"><mi>x</mi></math>')).toEqual([]);
    });
  });

  describe('should filter inline styles', () => {
    test('for a declaration KaTeX writes, which stays', () => {
      expect(attributes('<span style="height:0.6444em; vertical-align:-0.25em">x</span>')).toEqual(['span.style=height:0.6444em;vertical-align:-0.25em']);
    });

    test('for a style with nothing safe left, which is removed whole', () => {
      expect(attributes('<span style="position:fixed;inset:0">x</span>')).toEqual([]);
    });

    test('for a mix, keeping only the safe declarations', () => {
      expect(attributes('<span style="color:red;background-image:url(x);top:1em">x</span>')).toEqual(['span.style=color:red;top:1em']);
    });
  });

  test('should prefix ids and names so model output cannot clobber page globals', () => {
    expect(attributes('<p id="renderCheck">x</p><a name="location">y</a>')).toEqual(['p.id=user-content-renderCheck', 'a.name=user-content-location']);
  });

  test('should keep what rendered Markdown with KaTeX needs', () => {
    const box = sanitized(markdownToHtml('Let $x^2$ be **bold**, see [docs](https://example.org/).\n\n$$\\frac{1}{2}$$'));
    expect(box.querySelectorAll('.katex')).toHaveLength(2);
    expect(box.querySelectorAll('.katex-display')).toHaveLength(1);
    expect(box.querySelector('.katex-mathml math mi')?.textContent).toBe('x');
    expect(box.querySelector('strong')?.textContent).toBe('bold');
    expect(box.querySelector('a')?.getAttribute('href')).toBe('https://example.org/');
    expect(box.querySelector('.katex [style]')).not.toBeNull();
  });

  test('should use its own DOMPurify, untouched by hooks others add to the shared one', () => {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof Element) node.setAttribute('onclick', 'alert(1)');
    });
    try {
      expect(attributes('<b>x</b>')).toEqual([]);
    } finally {
      DOMPurify.removeAllHooks();
    }
  });

  test('should return a string, not a trusted-type object or a document', () => {
    expect(typeof sanitizeHtml('<b>x</b>')).toBe('string');
    expect(sanitizeHtml('<b>x</b>')).toBe('<b>x</b>');
  });
});
