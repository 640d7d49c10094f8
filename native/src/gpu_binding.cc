// JS surface of the GPU sampler (gpu.h): converts arguments to plain structs, results
// to plain objects. Registered from addon.cc's Init.
//
//   gpuStart({intervalUs?, pids?, includeDescendants?, deviceWide?})
//     -> {ok, reason?, library?, perProcess, memPerProcess, devices: string[],
//         sources: string[], pidNamespaceInit}
//   gpuTake() -> {t_us: number[], util: number[], mem_bytes: number[], per_process,
//                 mem_per_process, pids_seen, foreign_seen, dropped, errors}
//   gpuSetPids(pids: number[]) -> undefined
//   gpuStop() -> undefined
#include <napi.h>

#include "gpu.h"

namespace scalene_ci {
namespace {

bool ReadPids(Napi::Env env, Napi::Value v, std::vector<uint32_t>* out) {
  if (!v.IsArray()) {
    Napi::TypeError::New(env, "pids must be an array of process ids").ThrowAsJavaScriptException();
    return false;
  }
  Napi::Array a = v.As<Napi::Array>();
  for (uint32_t i = 0; i < a.Length(); ++i) {
    Napi::Value e = a.Get(i);
    double p = e.IsNumber() ? e.As<Napi::Number>().DoubleValue() : -1;
    if (!(p >= 1 && p <= 4294967295.0) || p != static_cast<double>(static_cast<uint32_t>(p))) {
      Napi::TypeError::New(env, "pids must be an array of positive integers").ThrowAsJavaScriptException();
      return false;
    }
    out->push_back(static_cast<uint32_t>(p));
  }
  return true;
}

Napi::Value GpuStart(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  GpuOptions opts;
  if (info.Length() > 0 && !info[0].IsUndefined()) {
    if (!info[0].IsObject()) {
      Napi::TypeError::New(env, "gpuStart(options) expects an object").ThrowAsJavaScriptException();
      return env.Undefined();
    }
    Napi::Object o = info[0].As<Napi::Object>();
    Napi::Value iv = o.Get("intervalUs");
    if (!iv.IsUndefined()) {
      if (!iv.IsNumber() || !(iv.As<Napi::Number>().DoubleValue() > 0)) {
        Napi::TypeError::New(env, "intervalUs must be a positive number").ThrowAsJavaScriptException();
        return env.Undefined();
      }
      double us = iv.As<Napi::Number>().DoubleValue();
      opts.interval_us = us > 1e9 ? 1000000000 : static_cast<int>(us);
    }
    Napi::Value pv = o.Get("pids");
    if (!pv.IsUndefined() && !ReadPids(env, pv, &opts.pids)) return env.Undefined();
    Napi::Value dv = o.Get("includeDescendants");
    if (!dv.IsUndefined()) opts.include_descendants = dv.ToBoolean().Value();
    Napi::Value wv = o.Get("deviceWide");
    if (!wv.IsUndefined()) opts.force_device_wide = wv.ToBoolean().Value();
  }
  GpuStartInfo r = GpuSampler::Get().Start(opts);
  Napi::Object out = Napi::Object::New(env);
  out.Set("ok", r.ok);
  if (!r.reason.empty()) out.Set("reason", r.reason);
  if (!r.library.empty()) out.Set("library", r.library);
  out.Set("perProcess", r.per_process);
  out.Set("memPerProcess", r.mem_per_process);
  Napi::Array names = Napi::Array::New(env, r.devices.size());
  Napi::Array sources = Napi::Array::New(env, r.devices.size());
  for (uint32_t i = 0; i < r.devices.size(); ++i) {
    names.Set(i, r.devices[i].name);
    sources.Set(i, GpuUtilSourceName(r.devices[i].source));
  }
  out.Set("devices", names);
  out.Set("sources", sources);
  out.Set("pidNamespaceInit", r.pid_namespace_init);
  if (r.ok) {
    // Stop the thread and NVML before this environment's teardown; Stop is idempotent.
    env.AddCleanupHook([]() { GpuSampler::Get().Stop(); });
  }
  return out;
}

Napi::Value GpuTake(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  GpuTaken t = GpuSampler::Get().Take();
  size_t n = t.readings.size();
  Napi::Array ts = Napi::Array::New(env, n), util = Napi::Array::New(env, n), mem = Napi::Array::New(env, n);
  for (size_t i = 0; i < n; ++i) {
    uint32_t k = static_cast<uint32_t>(i);
    ts.Set(k, static_cast<double>(t.readings[i].t_us));
    util.Set(k, t.readings[i].util);
    mem.Set(k, static_cast<double>(t.readings[i].mem_bytes));
  }
  Napi::Object out = Napi::Object::New(env);
  out.Set("t_us", ts);
  out.Set("util", util);
  out.Set("mem_bytes", mem);
  out.Set("per_process", t.per_process);
  out.Set("mem_per_process", t.mem_per_process);
  out.Set("pids_seen", t.pids_seen);
  out.Set("foreign_seen", t.foreign_seen);
  out.Set("dropped", static_cast<double>(t.dropped));
  out.Set("errors", static_cast<double>(t.errors));
  return out;
}

Napi::Value GpuSetPids(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::vector<uint32_t> pids;
  if (info.Length() < 1 || !ReadPids(env, info[0], &pids)) {
    if (!env.IsExceptionPending())
      Napi::TypeError::New(env, "gpuSetPids(pids) expects an array").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  GpuSampler::Get().SetPids(pids);
  return env.Undefined();
}

Napi::Value GpuStop(const Napi::CallbackInfo& info) {
  GpuSampler::Get().Stop();
  return info.Env().Undefined();
}

}  // namespace

void RegisterGpuExports(Napi::Env env, Napi::Object exports) {
  exports.Set("gpuStart", Napi::Function::New(env, GpuStart));
  exports.Set("gpuTake", Napi::Function::New(env, GpuTake));
  exports.Set("gpuSetPids", Napi::Function::New(env, GpuSetPids));
  exports.Set("gpuStop", Napi::Function::New(env, GpuStop));
}

}  // namespace scalene_ci
