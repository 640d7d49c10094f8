// Children: one fork inheriting the environment, one with a custom env (which Node
// would otherwise strip of our NODE_OPTIONS), and a non-node child.
import { fork, execSync } from 'node:child_process';
const wait = (c) => new Promise((res) => c.on('exit', res));
await wait(fork(new URL('./fork-child.mjs', import.meta.url)));
await wait(fork(new URL('./fork-child2.mjs', import.meta.url), [], { env: { PATH: process.env.PATH } }));
execSync('sh -c "echo shell child"', { stdio: 'inherit' });
