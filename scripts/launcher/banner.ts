import type { SeedResult } from '@wsp/demo-data';

const bold = (s: string) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${s}\x1b[0m` : s);

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('   ').trimEnd());
}

/** What the launcher prints once the API and the worker are healthy. */
export function printBanner(info: {
  seconds: number;
  urls: { graphql: string; apiHealth: string; workerHealth: string };
  database: string;
  redis: string;
  seed: SeedResult;
}): void {
  const line = '─'.repeat(78);
  const out = [
    '',
    line,
    bold(`  WSP platform is running (ready in ${info.seconds.toFixed(1)} s)`),
    '',
    `  GraphQL API     ${info.urls.graphql}`,
    `  API health      ${info.urls.apiHealth}`,
    `  Worker health   ${info.urls.workerHealth}`,
    `  Database        ${info.database}`,
    `  Redis           ${info.redis}`,
    '',
    bold('  Demo accounts') + (info.seed.created ? ' (just created)' : ''),
    ...table([['ROLE', 'E-MAIL', 'PASSWORD'], ...info.seed.accounts.map((a) => [a.role, a.email, a.password])]).map((l) => `    ${l}`),
    '',
    '  Log in with the GraphQL mutation:',
    '    mutation { login(input: { email: "…", password: "…" }) { accessToken } }',
    '  and send the token as "Authorization: Bearer <accessToken>".',
    '',
    '  Press Ctrl-C to stop.',
    line,
    '',
  ];
  console.log(out.join('\n'));
}
