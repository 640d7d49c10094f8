// Everything `scalene-ci run` needs only after the command has started: loaded with a
// dynamic import once the child is running, so the CLI's start-up cost overlaps the
// program's instead of delaying it (a fixed cost users would otherwise see in every run).
export { attribute, createAttributor, isProfiledPath, sourceAccess, urlToPath } from './attribute.js';
export { buildProfile } from './build-profile.js';
export { readSession, takeCheckpoints, checkpointHeaders, checkpointForMemory, newLoadAnswers, readLoadAnswers } from './raw.js';
export { attributeMemory } from './memory.js';
export { applyGpuSession, readGpuSession } from './gpu-apply.js';
export { gpuStatusLine } from './gpu.js';
export { mapperFromDisk, mapperFromPayload } from './sourcemap.js';
export { sourceLines } from './functions.js';
export { analyseSource, loadTypeScriptParsers } from './ts-functions.js';
export { renderText } from '../report/text.js';
export { mergeRuns } from '../model/merge.js';
export { compactProfile } from '../model/profile.js';
