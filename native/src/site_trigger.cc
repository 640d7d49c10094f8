#include "site_trigger.h"

#include <dlfcn.h>
#include <v8-internal.h>
#include <v8-isolate.h>
#include <v8-profiler.h>
#include <v8-unwinder.h>

#include <atomic>

#include "../shim/shim_api.h"
#include "clock_sampler.h"
#include "json_out.h"

namespace scalene_ci {
namespace {
// Why a plain thread_local pointer is fine here: the shim calls the hook inside malloc and
// memcpy, never from a signal handler, and any allocation the first TLS access makes goes
// straight to libc (the shim marks the thread busy while the hook runs).
thread_local TriggerLog* t_log = nullptr;

void ShimHook(uint32_t kind, uint64_t mono_us) {
  TriggerSample(kind == SCALENE_CI_SAMPLE_COPY ? kTriggerCopy : kTriggerAlloc, static_cast<int64_t>(mono_us));
}
}  // namespace

TriggerLog* CurrentTriggerLog() { return t_log; }
void InstallTriggerLog(TriggerLog* log) { t_log = log; }

// Whether CollectSample can walk the stack from here. It starts from the isolate's last
// exit frame, which is this call only when JS left through an API call or a GC callback
// (VM state EXTERNAL). Two other ways into C code crash it (both seen on Node 20):
//  - a "fast C call" from a builtin (TypedArray.prototype.set's memmove: Buffer.copy,
//    Buffer.concat): no exit frame, V8 records the caller in the isolate's fast-C-call
//    slot, and CollectSample pairs it with a stale stack pointer;
//  - a runtime call without isolate slots (irregexp's stack growth), where no exit frame
//    is known at all.
// The VM state comes from V8's signal-safe sampler (GetStackSample with our own registers,
// as a SIGPROF would see them), the fast-C-call slot from its public offset.
__attribute__((noinline)) bool CanCollectHere(v8::Isolate* isolate) {
  using I = v8::internal::Internals;
  uintptr_t fast_c_fp = *reinterpret_cast<const uintptr_t*>(reinterpret_cast<const char*>(isolate) + I::kIsolateFastCCallCallerFpOffset);
  if (fast_c_fp != 0) return false;
  v8::RegisterState regs;
  regs.pc = __builtin_return_address(0);
  regs.sp = __builtin_frame_address(0);
  regs.fp = __builtin_frame_address(0);
  v8::SampleInfo info{};
  void* frames[1];
  isolate->GetStackSample(regs, frames, 0, &info);
  return info.vm_state == v8::StateTag::EXTERNAL;
}

void TriggerSample(uint32_t kind, int64_t key_us) {
  TriggerLog* log = t_log;
  if (log == nullptr || !log->active || log->suppress > 0 || log->isolate == nullptr) return;
  if (!CanCollectHere(log->isolate)) {
    log->skipped++;
    return;
  }
  // No trigger from inside this one: CollectSample copies and allocates, and so does growing
  // `rows`. A GC prologue calls us outside the shim's own hook guard, so a sampled malloc of
  // that growth would come back here and insert into the vector while it is reallocating
  // (a double free, seen as a crash in AppendTriggers on Node 22 in CI).
  log->suppress++;
  int64_t t0 = MonotonicNowUs();
  v8::CpuProfiler::CollectSample(log->isolate);
  int64_t t1 = MonotonicNowUs();
  log->rows.insert(log->rows.end(), {key_us, t0, t1, static_cast<int64_t>(kind)});
  log->suppress--;
}

void HookShim() {
  static std::atomic<bool> done{false};
  if (done.exchange(true)) return;
  auto version = reinterpret_cast<scalene_ci_shim_version_fn>(dlsym(RTLD_DEFAULT, "scalene_ci_shim_version"));
  if (version == nullptr || version() != SCALENE_CI_SHIM_API_VERSION) return;
  auto set_hook = reinterpret_cast<scalene_ci_shim_set_hook_fn>(dlsym(RTLD_DEFAULT, "scalene_ci_shim_set_hook"));
  if (set_hook != nullptr) set_hook(&ShimHook);
}

void AppendTriggers(TriggerLog* log, std::string* out) {
  if (log == nullptr) return;
  out->append(",\"trig\":[");
  for (size_t i = 0; i < log->rows.size(); ++i) {
    if (i) out->push_back(',');
    AppendInt(out, log->rows[i]);
  }
  out->append("],\"trig_skipped\":");
  AppendInt(out, log->skipped);
  log->rows.clear();
  log->skipped = 0;
}

}  // namespace scalene_ci
