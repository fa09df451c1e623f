import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. What is logged is chosen field by field (method, route pattern, status,
 * time, error class); redaction is only the backstop for a field someone adds by mistake. Route
 * patterns are logged instead of URLs, and bodies, headers and query strings never are.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'peerkeep' },
      redact: {
        paths: [
          'password',
          '*.password',
          'body',
          '*.body',
          'profile',
          '*.profile',
          'headers',
          '*.headers',
          'cookie',
          '*.cookie',
          'authorization',
          '*.authorization',
          'token',
          '*.token',
          'code',
          '*.code',
          'url',
          '*.url',
          'query',
          '*.query',
        ],
        censor: '[redacted]',
      },
      serializers: {
        err: (e: unknown) => ({ type: e instanceof Error ? e.name : typeof e, code: (e as { code?: unknown })?.code ?? null }),
      },
    },
    destination,
  );
}
