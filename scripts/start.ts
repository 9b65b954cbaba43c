/** `npm start`: fresh claims, a fresh build, and the site served on localhost. */
import { spawnSync } from 'node:child_process';
import { ensureClaims } from './ensure-claims';
import { serve } from './serve';

ensureClaims();
const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const { url } = await serve('build', Number(process.env.PORT ?? 4173));
console.log(`Claimscope is running at ${url}`);
