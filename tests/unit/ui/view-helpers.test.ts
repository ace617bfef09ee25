import { describe, expect, test } from 'vitest';
import { errorSentence } from '../../../src/ui/state/error-sentence';
import { cellResultText } from '../../../src/ui/state/cell-text';
import { EngineRequestError, SandboxError } from '../../../src/core/errors';

describe('errorSentence', () => {
  test('should say nothing for a cancellation', () => {
    expect(errorSentence({ name: 'AbortError', message: 'x' })).toBeNull();
  });

  describe('should end with what to do', () => {
    test('for a bare engine reason', () => {
      expect(errorSentence(new EngineRequestError('openai', 'HTTP 502'))).toBe(
        'openai request failed: HTTP 502. Check that the server is running, its address is right and it allows this page (CORS).',
      );
    });

    test('for a refused fetch', () => {
      expect(errorSentence(new TypeError('Failed to fetch'))).toMatch(/^Failed to fetch\. The server could not be reached/);
    });
  });

  test('should not repeat advice a message already gives', () => {
    const sentence = errorSentence(new SandboxError('Python did not start. Reload the page'));
    expect(sentence).toBe('The Python sandbox failed: Python did not start. Reload the page.');
  });
});

describe('cellResultText', () => {
  test('should show output, the value and the error in order', () => {
    const text = cellResultText({
      stdout: 'a\n', stderr: '', value: '42', ms: 1, truncated: false,
      error: { type: 'ValueError', message: 'bad', traceback: '' },
    });
    expect(text).toBe('a\n42\nValueError: bad');
  });
});
