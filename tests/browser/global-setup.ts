import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { ensureClaims } from '../../scripts/ensure-claims';
import { serve } from '../../scripts/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the site exactly as `npm start` does and serves build/ on a free localhost port. */
export default async function setup(project: TestProject) {
  ensureClaims();
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, CLAIMS_CSV: '' } });
  const { server, url } = await serve('build');
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
