/** Every refusal of the engine: a code for programs, a plain Chinese message for people. */

export type ErrorCode = 'invalid-input' | 'no-version' | 'no-benefit' | 'unknown-parameter' | 'mixed-versions';

export class EstimateError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'EstimateError';
  }
}
