/** What the CLI commands share: stdin read whole, and a reader that leaves early ending the command quietly. */

/** All of stdin as text (UTF-8). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The reader of stdout went away (`| head`, `| true`): stop at once, with no stack trace, and exit
 * code 2, for not all of the answer was delivered. Any other write error is a real one.
 */
export function stopQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(2);
    throw error;
  });
}
