// The isolate's code map, kept from V8's JIT code events: for each piece of JavaScript code
// (bytecode or machine code) its address range, its script and its table of source
// positions. It symbolizes the stacks that V8's own profiler cannot take.
//
// Why: a memory event inside a "fast C call" (TypedArray.prototype.set's memmove, the
// calloc under Buffer.alloc) or a runtime call leaves no exit frame that
// CpuProfiler::CollectSample can start from (site_trigger.cc). V8's signal-safe walker
// (Isolate::GetStackSample) does walk such stacks, as it must for SIGPROF at any pc, but it
// returns raw pcs: bytecode frames as BytecodeArray address + offset, machine-code frames as
// return addresses. This map turns those into (script id, source position).
//
// What it cannot do: positions inside code that TurboFan or Maglev inlined from another
// function come out as offsets in that function's script, not the frame's. The reader checks
// every position against the file's length and the frame's function (src/collect), and falls
// back to placing the event by time when they disagree.
#pragma once
#include <cstddef>
#include <cstdint>

namespace v8 {
class Isolate;
}

namespace scalene_ci {

// Starts keeping the isolate's code map. On the isolate's thread, before user code compiles
// (code compiled earlier has no position tables here). Once per isolate.
void StartCodeMap(v8::Isolate* isolate);

// Stops listening and frees the map. On the isolate's thread, while the isolate is alive.
void StopCodeMap(v8::Isolate* isolate);

// Where a stack entry is in the source, as far as the map knows.
struct CodePosition {
  int32_t script_id = 0;
  // UTF-16 offset into the script's source; -1 when V8 reported no position table for the
  // code. V8 (11 to 14) reports tables for bytecode, and for optimized code only sometimes.
  int32_t position = -1;
  // The first line of the code's function (from its name, "JS:*name file:line:column"); 0 if
  // unknown. A frame without a position names its function only.
  int32_t fn_line = 0;
  // The function's name, truncated (never allocated: the caller may be inside malloc).
  char name[72] = {0};
  // Machine code: the distinct positions before `position` in code order, nearest first.
  // Optimized code reports the positions of code inlined from other scripts as offsets into
  // those scripts; the code before an inlined call is usually the caller's own, at its call.
  // Why 64: Buffer.from inlined with its helpers puts 12 to 22 distinct positions of node's
  // buffer.js before the caller's own (12 kept them all out of reach: its events went to the
  // function's busiest allocating line).
  static constexpr int kMaxPreceding = 64;
  int32_t preceding[kMaxPreceding] = {0};
  int preceding_count = 0;
};

// Looks up a stack entry as GetStackSample returns it (a bytecode frame's BytecodeArray
// address plus offset, a machine-code frame's pc). `return_address`: a caller frame's pc,
// which points after its call. False when the pc is in no known JavaScript code, or when
// the map is busy on this thread (a code event is being recorded: the caller is inside V8's
// compiler).
bool LookupCodePosition(v8::Isolate* isolate, uintptr_t pc, bool return_address, CodePosition* out);

}  // namespace scalene_ci
