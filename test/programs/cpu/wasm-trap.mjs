// WebAssembly out-of-bounds loads: V8 turns each SIGSEGV into a RuntimeError (trap handler);
// the profiler's crash report must leave them alone.
// (module (memory 1) (func (export "f") (result i32) i32.const 70000 i32.load))
const bytes = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 1, 0x7f, 3, 2, 1, 0, 5, 3, 1, 0, 1, 7, 5, 1, 1, 0x66, 0, 0, 10, 11, 1, 9, 0, 0x41, 0xf0, 0xa2, 4, 0x28, 2, 0, 0x0b]);
const { f } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports;
let traps = 0;
for (let i = 0; i < 1000; i++) {
  try {
    f();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) traps++;
  }
}
console.log(`traps ${traps}`);
