// @vitest-environment jsdom
/**
 * In Chromium the page has Trusted Types, and DOMPurify could then return a TrustedHTML object
 * instead of a string. Callers treat the result as a string (memo, comparisons, concatenation), so
 * the policy must never ask for one. jsdom has no Trusted Types: this file puts in a minimal stand-in
 * before the sanitiser builds its DOMPurify (the first call), which reads it then.
 */
import { expect, test } from 'vitest';
import { sanitizeHtml } from '../../../src/ui/render/sanitize';

/** What a TrustedHTML looks like to code that expects a string: an object that prints as HTML. */
class TrustedHtmlStandIn {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

test('should return a plain string on a page that has Trusted Types', () => {
  const policies: string[] = [];
  Object.defineProperty(window, 'trustedTypes', {
    configurable: true,
    value: {
      createPolicy(name: string, rules: { createHTML: (s: string) => string; createScriptURL: (s: string) => string }) {
        policies.push(name);
        return { createHTML: (s: string) => new TrustedHtmlStandIn(rules.createHTML(s)), createScriptURL: rules.createScriptURL };
      },
    },
  });
  const html = sanitizeHtml('<b onclick="alert(1)">x</b>');
  // The stand-in was in use (DOMPurify made its policy), and still a string came back.
  expect(policies).toHaveLength(1);
  expect(html).toBe('<b>x</b>');
});
