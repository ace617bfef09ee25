/**
 * The last gate before model output touches the DOM: DOMPurify with a policy narrowed to what the
 * Markdown + KaTeX + highlight.js output needs. See docs/readme/render.md for the policy in words.
 */
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/** Elements no rendered answer needs: scripting, embedding, navigation, forms, remote media, SVG tricks. */
const FORBID_TAGS = [
  'script', 'style', 'link', 'meta', 'base', 'title', 'template', 'noscript', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'applet', 'portal', 'form', 'input', 'button', 'textarea', 'select', 'option', 'datalist',
  'img', 'picture', 'source', 'video', 'audio', 'track', 'image', 'use', 'feimage', 'foreignobject', 'animate',
  'animatemotion', 'animatetransform', 'set', 'annotation-xml', 'maction', 'mglyph', 'malignmark', 'dialog',
];

/** Attributes that load, navigate, submit or target other windows. Event handlers are always removed. */
const FORBID_ATTR = [
  'src', 'srcset', 'srcdoc', 'action', 'formaction', 'poster', 'background', 'ping', 'target', 'xlink:href',
  'lowsrc', 'dynsrc', 'manifest', 'autofocus', 'tabindex', 'contenteditable', 'popover', 'inert',
];

/** CSS properties KaTeX writes inline; any other property in a `style` attribute is dropped. */
const STYLE_PROPERTIES = new Set([
  'height', 'width', 'min-width', 'max-width', 'vertical-align', 'top', 'bottom', 'left', 'right',
  'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-left', 'padding-right',
  'border-width', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-style', 'border-right-style', 'border-color', 'color', 'background-color', 'position', 'text-shadow',
]);

/** Plain lengths, numbers and colours only: no url(), image-set(), var(), escapes or comments. */
const SAFE_STYLE_VALUE = /^[-+#.,%\w ()]*$/;
const UNSAFE_STYLE_WORD = /url|image|var\s*\(|expression|attr\s*\(|env\s*\(|@|\\/i;

/** A length of 1000 or more (units aside) — no rendered formula needs one; an overlay does. Hex colours don't count. */
function hasHugeNumber(value: string): boolean {
  // A space, not nothing, in place of the colour, so the digits on either side never join into one number.
  const numbers = value.replace(/#[0-9a-f]+/gi, ' ').match(/\d+(?:\.\d+)?/g) ?? [];
  return numbers.some((n) => Number(n) >= 1000);
}

/** Keeps only whitelisted, plain declarations; a huge length (page-covering box) is dropped too. */
export function filterStyle(style: string): string {
  const kept: string[] = [];
  for (const decl of style.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    const value = decl.slice(colon + 1).trim();
    if (!STYLE_PROPERTIES.has(prop) || !value) continue;
    if (!SAFE_STYLE_VALUE.test(value) || UNSAFE_STYLE_WORD.test(value)) continue;
    if (prop === 'position' && value !== 'relative' && value !== 'absolute') continue;
    if (hasHugeNumber(value)) continue;
    kept.push(`${prop}:${value}`);
  }
  return kept.join(';');
}

/**
 * DOMPurify tests every attribute value that may hold a URL against this: a value with a scheme
 * must be http(s) or mailto; scheme-less values (SVG path data, sizes) pass. Links are narrowed further below.
 */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** The only link targets kept: absolute web and mail addresses (no relative, `javascript:`, `data:`…). */
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

const CONFIG: Config = {
  USE_PROFILES: { html: true, mathMl: true, svg: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  // Prefixes id/name with "user-content-" so model output cannot clobber window/document properties.
  SANITIZE_DOM: true,
  SANITIZE_NAMED_PROPS: true,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};

let purifier: DOMPurify | undefined;

function createPurifier(): DOMPurify {
  // Our own instance, so hooks set by any other code on the default export never touch this policy.
  const p = createDOMPurify(window);
  p.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'style') {
      const filtered = filterStyle(data.attrValue);
      if (filtered) data.attrValue = filtered;
      else data.keepAttr = false;
    }
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    if (!(node instanceof Element)) return;
    if (node.hasAttribute('href')) {
      const href = node.getAttribute('href')!.replace(/[\s\u0000-\u001f]/g, '');
      if (node.localName !== 'a' || node.namespaceURI !== 'http://www.w3.org/1999/xhtml' || !SAFE_HREF.test(href)) {
        node.removeAttribute('href');
      } else {
        // A model-written link opens in a new tab that cannot reach back into this page.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer nofollow');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    }
  });
  return p;
}

/** Sanitises HTML for insertion with innerHTML. Needs a DOM (browser only). */
export function sanitizeHtml(html: string): string {
  purifier ??= createPurifier();
  return purifier.sanitize(html, CONFIG) as string;
}
