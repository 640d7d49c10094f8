#include "site_trigger.h"

#include <dlfcn.h>
#include <v8-internal.h>
#include <v8-isolate.h>
#include <v8-profiler.h>
#include <v8-unwinder.h>

#include <atomic>

#include "../shim/shim_api.h"
#include "clock_sampler.h"
#include "code_map.h"
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

// How deep a stack we symbolize ourselves: the innermost profiled frame is rarely far in.
constexpr int kMaxRawFrames = 32;

// Whether CollectSample can walk the stack from here. It starts from the isolate's last
// exit frame, which is this call only when JS left through an API call or a GC callback
// (VM state EXTERNAL). Two other ways into C code crash it (both seen on Node 20):
//  - a "fast C call" from a builtin (TypedArray.prototype.set's memmove: Buffer.copy,
//    Buffer.concat): no exit frame, V8 records the caller in the isolate's fast-C-call
//    slot, and CollectSample pairs it with a stale stack pointer;
//  - a runtime call without isolate slots (irregexp's stack growth), where no exit frame
//    is known at all.
// V8's signal-safe walker (GetStackSample, with our own registers, as a SIGPROF would see
// them) handles both: it starts from the fast-C-call slot or the exit frame when there is
// one, and validates every frame it reads. Its raw frames go to the code map instead.
__attribute__((noinline)) void TakeSample(TriggerLog* log, uint32_t kind, int64_t key_us) {
  v8::Isolate* isolate = log->isolate;
  using I = v8::internal::Internals;
  uintptr_t fast_c_fp = *reinterpret_cast<const uintptr_t*>(reinterpret_cast<const char*>(isolate) + I::kIsolateFastCCallCallerFpOffset);
  v8::RegisterState regs;
  regs.pc = __builtin_return_address(0);
  regs.sp = __builtin_frame_address(0);
  regs.fp = __builtin_frame_address(0);
  v8::SampleInfo info{};
  void* frames[kMaxRawFrames];
  isolate->GetStackSample(regs, frames, kMaxRawFrames, &info);
  if (fast_c_fp == 0 && info.vm_state == v8::StateTag::EXTERNAL) {
    int64_t t0 = MonotonicNowUs();
    v8::CpuProfiler::CollectSample(isolate);
    int64_t t1 = MonotonicNowUs();
    log->rows.insert(log->rows.end(), {key_us, t0, t1, static_cast<int64_t>(kind)});
    return;
  }
  const size_t head = log->stacks.size();
  log->stacks.insert(log->stacks.end(), {key_us, static_cast<int64_t>(kind), 0});
  int64_t n = 0;
  CodePosition pos;
  for (size_t i = 0; i < info.frames_count && i < static_cast<size_t>(kMaxRawFrames); ++i) {
    if (!LookupCodePosition(isolate, reinterpret_cast<uintptr_t>(frames[i]), true, &pos)) continue;
    auto id = log->name_ids.try_emplace(pos.name, static_cast<int64_t>(log->names.size()));
    if (id.second) log->names.emplace_back(pos.name);
    log->stacks.insert(log->stacks.end(), {pos.script_id, pos.position, pos.fn_line, id.first->second, pos.preceding_count});
    log->stacks.insert(log->stacks.end(), pos.preceding, pos.preceding + pos.preceding_count);
    n++;
  }
  if (n == 0) {
    log->stacks.resize(head);
    log->skipped++;
    return;
  }
  log->stacks[head + 2] = n;
}
}  // namespace

TriggerLog* CurrentTriggerLog() { return t_log; }
void InstallTriggerLog(TriggerLog* log) { t_log = log; }

void TriggerSample(uint32_t kind, int64_t key_us) {
  TriggerLog* log = t_log;
  if (log == nullptr || !log->active || log->suppress > 0 || log->isolate == nullptr) return;
  // No trigger from inside this one: CollectSample copies and allocates, and so does growing
  // `rows`. A GC prologue calls us outside the shim's own hook guard, so a sampled malloc of
  // that growth would come back here and insert into the vector while it is reallocating
  // (a double free, seen as a crash in AppendTriggers on Node 22 in CI).
  log->suppress++;
  TakeSample(log, kind, key_us);
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
  out->append("],\"trig_stacks\":[");
  for (size_t i = 0; i < log->stacks.size(); ++i) {
    if (i) out->push_back(',');
    AppendInt(out, log->stacks[i]);
  }
  out->append("],\"trig_names\":[");
  for (size_t i = 0; i < log->names.size(); ++i) {
    if (i) out->push_back(',');
    AppendJsonString(out, log->names[i].c_str());
  }
  out->append("],\"trig_skipped\":");
  AppendInt(out, log->skipped);
  log->rows.clear();
  log->stacks.clear();
  log->names.clear();
  log->name_ids.clear();
  log->skipped = 0;
}

}  // namespace scalene_ci
