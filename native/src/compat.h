// The one place where V8-version differences live. Node 20 = V8 11.3, 22 = 12.4,
// 24 = 13.6, 26 = 14.x. Everything else includes this header instead of testing
// V8_MAJOR_VERSION itself.
#pragma once
#include <v8.h>
#include <v8-profiler.h>
#include <v8-version.h>

namespace scalene_ci::compat {

inline v8::CpuProfilingOptions CallerLineOptions(int interval_us) {
  // kCallerLineNumbers splits tree nodes by the call-site line in the parent, which is
  // what lets time inside a callee be charged to the calling line (Scalene's rule).
#if V8_MAJOR_VERSION >= 14
  return v8::CpuProfilingOptions(v8::kCallerLineNumbers, v8::CpuProfilingOptions::kNoSampleLimit,
                                 interval_us, v8::MaybeLocal<v8::Context>(),
                                 v8::CpuProfileSource::kUnspecified);
#else
  return v8::CpuProfilingOptions(v8::kCallerLineNumbers, v8::CpuProfilingOptions::kNoSampleLimit,
                                 interval_us);
#endif
}

// V8 14 made StateTag a uint16_t-based enum; we store it as int either way.
inline int SampleState(const v8::CpuProfile* profile, int index) {
  return static_cast<int>(profile->GetSampleState(index));
}

}  // namespace scalene_ci::compat

namespace scalene_ci::compat {

// The GCs after which the heap has been swept of dead young or old objects: the points
// where "bytes allocated since the previous GC" is well defined. V8 12 renamed
// kGCTypeMinorMarkCompact to kGCTypeMinorMarkSweep (same bit).
inline v8::GCType AllocationGCTypes() {
#if V8_MAJOR_VERSION >= 12
  return static_cast<v8::GCType>(v8::kGCTypeScavenge | v8::kGCTypeMinorMarkSweep | v8::kGCTypeMarkSweepCompact);
#else
  return static_cast<v8::GCType>(v8::kGCTypeScavenge | v8::kGCTypeMinorMarkCompact | v8::kGCTypeMarkSweepCompact);
#endif
}

}  // namespace scalene_ci::compat
