/** The one error type that crosses layers. `kind` decides the HTTP status; `message` is safe to show users. */
export type AppErrorKind =
  | 'bad-request'
  | 'not-found'
  | 'index-missing'
  | 'index-corrupt'
  | 'index-mismatch'
  | 'rate-limited'
  | 'llm-failed'
  | 'internal';

const STATUS: Record<AppErrorKind, number> = {
  'bad-request': 400,
  'not-found': 404,
  'index-missing': 503,
  'index-corrupt': 503,
  'index-mismatch': 503,
  'rate-limited': 429,
  'llm-failed': 502,
  internal: 500,
};

export class AppError extends Error {
  readonly kind: AppErrorKind;
  readonly details?: unknown;

  constructor(kind: AppErrorKind, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.kind = kind;
    this.details = details;
  }

  get status(): number {
    return STATUS[this.kind];
  }

  toJSON(): { error: { kind: AppErrorKind; message: string; details?: unknown } } {
    return { error: { kind: this.kind, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }
}

/** Normalises anything thrown into an AppError without leaking stack traces or internals. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return new AppError('internal', 'Internal error. Check the server log for details.');
}
