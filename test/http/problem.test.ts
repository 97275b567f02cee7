import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../src/http/problem.js';

describe('performance trick: a problem captures no stack trace (docs/architecture.md)', () => {
  it('leaves Error.stackTraceLimit as it found it, and other errors keep their stack', () => {
    const before = Error.stackTraceLimit;
    Error.stackTraceLimit = 7;
    try {
      const problem = new HttpProblem('notFound');
      expect(Error.stackTraceLimit).toBe(7);
      expect(problem.stack).not.toMatch(/\n\s+at /);
      expect(problem.statusCode).toBe(404);
      expect(new Error('a fault').stack).toMatch(/\n\s+at /);
    } finally {
      Error.stackTraceLimit = before;
    }
  });
});
