// Triggered CPU samples: a stack sample taken the moment something worth placing happens on
// a JS thread (a GC starts, the shim samples a malloc or a memcpy), through V8's own CPU
// profiler (CpuProfiler::CollectSample), so it is symbolized with the same code map and
// caller lines as the timer samples.
//
// Why not a stack trace of our own: inside a GC prologue or a malloc the JS stack may end in
// a builtin halfway through an allocation, where v8::StackTrace::CurrentStackTrace crashes
// (seen on Node 20: VisitStack from Heap::CollectGarbage); CollectSample walks with the
// signal-safe iterator the timer samples use. And why not the next safe point (an
// interrupt): that is the loop's back edge, which names the loop, not the line.
//
// Each trigger is recorded as [key µs, t0 µs, t1 µs, kind]: key joins it with its event (the
// GC's start time, the shim sample's time), and the one CPU sample V8 stamped inside
// [t0, t1] is the triggered one. The reader takes it out of the CPU figures (V8 counts no
// tick for it either) and uses its stack as the event's site.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace v8 {
class Isolate;
}

namespace scalene_ci {

enum TriggerKind : uint32_t { kTriggerAlloc = 1, kTriggerCopy = 3, kTriggerGc = 8 };

struct TriggerLog {
  v8::Isolate* isolate = nullptr;
  bool active = false;   // a profile is running on this thread
  int suppress = 0;      // >0 while V8 profiler calls or a GC are in progress on this thread
  std::vector<int64_t> rows;  // [key, t0, t1, kind]*
  // Stacks V8's profiler could not take, walked by GetStackSample and symbolized through the
  // code map (code_map.h): [key, kind, n, frame * n]*, a frame being [script id, source
  // position, function line, name index, k, k preceding positions] (CodePosition), innermost
  // first, frames in no known JavaScript code left out; names interned per window.
  std::vector<int64_t> stacks;
  std::vector<std::string> names;
  std::unordered_map<std::string, int64_t> name_ids;
  int64_t skipped = 0;        // triggers with neither: no JavaScript frame could be named
};

// The calling thread's log (the one its ThreadProfiler installed), or null.
TriggerLog* CurrentTriggerLog();
void InstallTriggerLog(TriggerLog* log);  // on the isolate's thread; null to remove

// Takes a triggered sample on the calling thread if it runs a profiled isolate and nothing
// forbids it right now. Safe to call from any thread (a thread without a log returns).
void TriggerSample(uint32_t kind, int64_t key_us);

// Registers TriggerSample with the preloaded shim (no-op without it). Once per process.
void HookShim();

// Appends ,"trig":[...],"trig_stacks":[...] for the rows since the last call and clears them.
void AppendTriggers(TriggerLog* log, std::string* out);

// RAII: no triggers on this thread while V8's profiler is created, started, stopped or
// disposed (CollectSample takes a lock those hold while they allocate).
class TriggerSuppress {
 public:
  explicit TriggerSuppress(TriggerLog* log) : log_(log) {
    if (log_) log_->suppress++;
  }
  ~TriggerSuppress() {
    if (log_) log_->suppress--;
  }
  TriggerSuppress(const TriggerSuppress&) = delete;
  TriggerSuppress& operator=(const TriggerSuppress&) = delete;

 private:
  TriggerLog* log_;
};

}  // namespace scalene_ci
