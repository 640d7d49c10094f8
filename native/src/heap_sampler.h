// Memory sampling for one isolate (issue: memory, leaks and copy volume per line).
// Created by ThreadProfiler when memory profiling is on; all V8 calls happen on the
// isolate's thread, OnTick on the sampler thread.
//
// What goes into each attribution window (WindowJson returns JSON object members, each
// starting with a comma, appended to the window's document):
//   - JS heap: GC prologue/epilogue readings (time, type, heap used before/after), so the
//     reader charges bytes allocated between GCs to the line executing when the GC started
//     (a sample proportional to bytes, joined with the CPU samples by CLOCK_MONOTONIC time),
//   - V8 sampling heap profiler snapshots of live sampled objects (ids, sizes, allocating
//     frames) for liveness and leak detection,
//   - native samples drained from the preloaded shim (libscalene_ci_shim.so) for this
//     thread's tid; the main thread's sampler also reports samples of threads running no JS.
#pragma once
#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>

namespace v8 {
class Isolate;
}

namespace scalene_ci {

struct HeapOptions {
  bool main_thread = false;       // also collects native samples of non-JS threads
  int heap_sampling_bytes = 512 * 1024;  // V8 sampling heap profiler mean interval
};

class HeapSampler {
 public:
  virtual ~HeapSampler() = default;
  virtual void Start() = 0;                     // isolate thread
  virtual void OnTick(int64_t now_us) = 0;      // sampler thread, registry lock held
  virtual std::string WindowJson(bool final) = 0;  // isolate thread
  virtual void Stop() = 0;                      // isolate thread
};

std::unique_ptr<HeapSampler> CreateHeapSampler(v8::Isolate* isolate, pid_t tid, const HeapOptions& options);

}  // namespace scalene_ci
