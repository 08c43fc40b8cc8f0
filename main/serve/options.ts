/** Default port of browser mode; `--port` or PASSERELLE_PORT chooses another, 0 a free one. */
export const DEFAULT_PORT = 4710;

/** Reads `--port <n>` / `--port=<n>` or PASSERELLE_PORT; refuses anything that is not a TCP port. */
export function resolvePort(argv: readonly string[], env: NodeJS.ProcessEnv): number {
  let text: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--port') text = argv[index + 1];
    else if (arg.startsWith('--port=')) text = arg.slice('--port='.length);
  }
  text ??= env.PASSERELLE_PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Invalid port "${text}": use a number between 0 and 65535 (0 picks a free port).`);
  }
  return port;
}
