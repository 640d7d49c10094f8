// Memory sampling for one isolate (issue: memory, leaks and copy volume per line).
// Created by ThreadProfiler when memory profiling is on; all V8 calls happen on the
// isolate's thread, OnTick on the sampler thread.
//
// What goes into each attribution window (WindowJson returns JSON object members, each
// starting with a comma, appended to the window's document):
//   - JS heap: GC prologue/epilogue readings (time, type, heap used before/after), so the
//     reader charges bytes allocated between GCs to the line that started the GC (named by
//     the CPU sample triggered in the prologue, site_trigger.h; a sample proportional to
//     bytes, joined with the CPU samples by CLOCK_MONOTONIC time),
//   - V8 sampling heap profiler snapshots of live sampled objects (ids, sizes, allocating
//     frames) for liveness and leak detection,
//   - native samples drained from the preloaded shim (libscalene_ci_shim.so) for this
//     thread's tid; the main thread's sampler also reports samples of threads running no JS.
//
// The members, all numbers in flattened arrays (src/collect/raw.ts RawSegment documents
// the strides; times are CLOCK_MONOTONIC µs like the CPU samples'):
//   "mem_v":2, "shim":0|1 (the shim is loaded), "hs": the heap profiler's sampling
//   interval in bytes (0: it could not start),
//   "gc":[start, end, type, js_used_before, js_used_after, native_net_before, native_net_after]*
//   "heap":[t, js_used, native_net]   reading at the window's end (native_net -1: no shim)
//   "heap0":[t, js_used, native_net]  the same reading at Start (first window only)
//   "mem":[seq, kind, t, tid, bytes, addr, aux, block]*   shim samples; kind |= 16: background
//   "shim_totals":[alloc, free, copy, dropped, malloc_window]   main thread only
//   "hs_t":t, "hs_nodes":[id, parent, line, column, "name", "url"]*,
//   "hs_new":[sample_id, node, size, count]*, "hs_gone":[sample_id]*   heap-profiler
//     snapshot (every snapshot_interval_us and in the final window)
//   "hs_settled":0|1   final window only: 1 when a full GC ran just before its snapshot
//     (so every sample still present survived one)
//   "hs_exit":[sample_id]*   final window only: samples seen at an earlier snapshot and
//     collected only by the settling GC
//   "hs_pre_t":t   final window only: the reading before the settling GC (GCs after it
//     are the settling GC's, not the program's)
//   "hs_mid":[{"t":t, "post_gc":t_gc_end, "used":JS heap used before the reading, "nodes":[...], "new":[...], "gone":[...]}*]
//     readings taken between two windows, each at the first interrupt after a GC that
//     ended at t_gc_end (members as hs_nodes, hs_new, hs_gone): what a reading shows was
//     reachable at that GC, but for what was allocated between the GC and the reading
//     (the newest samples, as many as make up used − the GC's js_used_after; the
//     interrupt can come milliseconds late on a loaded machine)
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
  int heap_stack_depth = 64;             // frames kept per heap sample (to reach user code)
  int64_t snapshot_interval_us = 100000;  // heap-profiler liveness snapshots (at least)
  // Called on the isolate's thread from the epilogue of a GC after which a liveness
  // reading is wanted: the owner calls ReadAfterGc at its next interrupt ("hs_mid").
  void (*on_gc)(void* data) = nullptr;
  void* on_gc_data = nullptr;
};

class HeapSampler {
 public:
  virtual ~HeapSampler() = default;
  virtual void Start() = 0;                     // isolate thread
  virtual void OnTick(int64_t now_us) = 0;      // sampler thread, registry lock held
  virtual std::string WindowJson(bool final) = 0;  // isolate thread
  virtual void ReadAfterGc() = 0;               // isolate thread, at an interrupt
  virtual void Stop() = 0;                      // isolate thread
};

std::unique_ptr<HeapSampler> CreateHeapSampler(v8::Isolate* isolate, pid_t tid, const HeapOptions& options);

}  // namespace scalene_ci
