// The binding surface: converts JS arguments to plain structs and registers exports.
// Collection lives in cpu_profiler.cc, translation in raw_writer.cc.
#include <errno.h>
#include <fcntl.h>
#include <napi.h>
#include <signal.h>
#include <spawn.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "clock_sampler.h"
#include "compat.h"
#include "cpu_profiler.h"
#include "signal_guard.h"

namespace scalene_ci {
void RegisterGpuExports(Napi::Env env, Napi::Object exports);  // gpu_binding.cc
namespace {

struct Instance {
  // Never deleted: V8 may still hold an interrupt whose data points at it while the
  // environment tears down. One small object per thread is the price of never racing.
  ThreadProfiler* profiler = nullptr;
};

void KeepInstance(Napi::Env, Instance*) {}

Instance* GetInstance(Napi::Env env) {
  Instance* inst = env.GetInstanceData<Instance>();
  if (inst == nullptr) {
    inst = new Instance();
    env.SetInstanceData<Instance, KeepInstance>(inst);
  }
  return inst;
}

std::string GetString(const Napi::Object& o, const char* key) {
  Napi::Value v = o.Get(key);
  return v.IsString() ? v.As<Napi::String>().Utf8Value() : std::string();
}

double GetNumber(const Napi::Object& o, const char* key, double fallback) {
  Napi::Value v = o.Get(key);
  return v.IsNumber() ? v.As<Napi::Number>().DoubleValue() : fallback;
}

Napi::Value Start(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsObject()) {
    Napi::TypeError::New(env, "start(options) expects an object").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  Instance* inst = GetInstance(env);
  if (inst->profiler != nullptr) return Napi::Boolean::New(env, false);
  Napi::Object o = info[0].As<Napi::Object>();
  ProfilerOptions opts;
  opts.interval_us = static_cast<int>(GetNumber(o, "intervalUs", 1000));
  opts.out_prefix = GetString(o, "outPrefix");
  opts.checkpoint_us = static_cast<int64_t>(GetNumber(o, "checkpointMs", 0) * 1000);
  opts.control_file = GetString(o, "controlFile");
  opts.thread_id = static_cast<int>(GetNumber(o, "threadId", 0));
  opts.window_us = static_cast<int64_t>(GetNumber(o, "windowMs", 100) * 1000);
  opts.memory = o.Get("memory").ToBoolean().Value();
  if (opts.out_prefix.empty()) {
    Napi::TypeError::New(env, "start: outPrefix is required").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  auto* p = new ThreadProfiler(v8::Isolate::GetCurrent(), opts);
  std::string err;
  if (!p->Start(&err)) {
    delete p;
    Napi::Error::New(env, err).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  inst->profiler = p;
  // Workers torn down by terminate() may never run 'exit' handlers: the cleanup hook
  // is the last point where the isolate still exists, so write the final profile there.
  env.AddCleanupHook([inst]() {
    std::string e;
    if (inst->profiler) inst->profiler->Checkpoint(true, &e);
  });
  return Napi::Boolean::New(env, true);
}

Napi::Value Checkpoint(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Instance* inst = GetInstance(env);
  if (inst->profiler == nullptr) return env.Null();
  bool final = info.Length() > 0 && info[0].ToBoolean().Value();
  std::string err;
  std::string path = inst->profiler->Checkpoint(final, &err);
  if (!err.empty()) {
    Napi::Error::New(env, err).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return path.empty() ? env.Null() : Napi::String::New(env, path);
}

Napi::Value TakeScriptNames(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Instance* inst = GetInstance(env);
  Napi::Array out = Napi::Array::New(env);
  if (inst->profiler == nullptr) return out;
  std::vector<std::string> names = inst->profiler->TakeScriptNames();
  for (size_t i = 0; i < names.size(); ++i) out.Set(static_cast<uint32_t>(i), Napi::String::New(env, names[i]));
  return out;
}

Napi::Value SetPaused(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Instance* inst = GetInstance(env);
  if (inst->profiler != nullptr) inst->profiler->SetPaused(info.Length() > 0 && info[0].ToBoolean().Value());
  return env.Undefined();
}

// napi_value is a v8::Local<v8::Value> under the hood in Node (node_api.cc's
// V8LocalValueFromJsValue); the cast is how N-API addons reach V8-only APIs.
v8::Local<v8::Value> ToV8(napi_value v) {
  v8::Local<v8::Value> local;
  static_assert(sizeof(local) == sizeof(v));
  memcpy(static_cast<void*>(&local), &v, sizeof(v));
  return local;
}

// Where a function was defined, for the profile(fn) / @profile API: the report then
// keeps only samples inside registered functions.
Napi::Value FunctionLocation(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsFunction()) return env.Null();
  v8::Local<v8::Value> v = ToV8(info[0]);
  v8::Local<v8::Function> fn = v.As<v8::Function>();
  v8::Isolate* isolate = v8::Isolate::GetCurrent();
  v8::ScriptOrigin origin = fn->GetScriptOrigin();
  v8::Local<v8::Value> name = origin.ResourceName();
  Napi::Object out = Napi::Object::New(env);
  if (!name.IsEmpty() && name->IsString()) {
    v8::String::Utf8Value utf8(isolate, name);
    out.Set("url", Napi::String::New(env, *utf8 ? *utf8 : ""));
  } else {
    out.Set("url", Napi::String::New(env, ""));
  }
  out.Set("line", Napi::Number::New(env, fn->GetScriptLineNumber() + 1));
  out.Set("column", Napi::Number::New(env, fn->GetScriptColumnNumber() + 1));
  return out;
}

Napi::Value GuardSignals(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Instance* inst = GetInstance(env);
  if (inst->profiler == nullptr || info.Length() < 1 || !info[0].IsFunction()) return env.Undefined();
  InstallSignalGuard(env, inst->profiler, info[0].As<Napi::Function>());
  return env.Undefined();
}

Napi::Value DieBySignalJs(const Napi::CallbackInfo& info) {
  if (info.Length() > 0 && info[0].IsNumber()) DieBySignal(info[0].As<Napi::Number>().Int32Value());
  return info.Env().Undefined();
}

Napi::Value NowUs(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(MonotonicNowUs()));
}

Napi::Value ThreadCpuUs(const Napi::CallbackInfo& info) {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return Napi::Number::New(info.Env(), ts.tv_sec * 1e6 + ts.tv_nsec / 1e3);
}

// The CLI's own exit, once its profile and report are written. Why not Node's: its exit joins
// V8's worker threads, so it waits for a TurboFan job still compiling the attribution's hot
// functions (90-150 ms in half the `run`s on Node 20), then tears the isolate down (~20 ms);
// none of that is work for the user. C stdio is flushed; Node's own writes to files, pipes
// and terminals are synchronous on Linux, and the caller checks that none is pending.
Napi::Value QuickExit(const Napi::CallbackInfo& info) {
  int code = info.Length() > 0 && info[0].IsNumber() ? info[0].As<Napi::Number>().Int32Value() : 0;
  fflush(nullptr);
  _exit(code);
  return info.Env().Undefined();  // not reached
}

// The CLI's word to the launcher that it is done (cli/exit.ts releaseLauncher): stdout and
// stderr are pointed at /dev/null, then `line` is written to `fd` and `fd` closed.
// Why: the launcher (native/launch/launch.c) returns the exit status in that line at once,
// instead of waiting ~3 ms more for this process's own exit (Node's exit path and the
// kernel's teardown of a 50 MB process); and whoever reads the run's output (a pipe, a CI
// step, spawnSync) sees its end only once every holder of stdout and stderr has let go of
// them. dup2 and not close: a file opened later must not land on fd 1 or 2. Stdin stays: it
// is the launcher's pipe, which libuv may still watch. The caller checks that no write to
// stdout or stderr is pending. Returns whether the whole line was written (false, changing
// nothing, where /dev/null cannot be opened).
Napi::Value ReleaseStdio(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsNumber() || !info[1].IsString()) return Napi::Boolean::New(env, false);
  int fd = info[0].As<Napi::Number>().Int32Value();
  std::string line = info[1].As<Napi::String>().Utf8Value();
  fflush(nullptr);
  int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (null_fd < 0) return Napi::Boolean::New(env, false);
  for (int std_fd = 1; std_fd <= 2; std_fd++) dup2(null_fd, std_fd);
  close(null_fd);
  size_t off = 0;
  while (off < line.size()) {
    ssize_t n = write(fd, line.data() + off, line.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    off += static_cast<size_t>(n);
  }
  close(fd);
  return Napi::Boolean::New(env, off == line.size());
}

// The CLI's watchdog (cli/session.ts): spawnWatchdog(argv, env) starts argv[0] with a pipe
// on its stdin and /dev/null for stdout and stderr, and returns {pid, fd}, fd the pipe's
// write end (close-on-exec), or null. posix_spawn, not Node's child_process: that forks, and
// a fork of the CLI (~40 MB mapped right after its snapshot is read) copies its page tables
// and makes each page the CLI writes afterwards fault once more: ~10 ms of CPU at every run's
// start, on the core beside the program. posix_spawn's child shares the memory until its exec.
// Signals: default dispositions and no mask in the child (Node ignores SIGPIPE, blocks some).
// fd 3 (the launcher's pipe, cli/run.ts) is closed in the child: the launcher reads its end
// to learn that the CLI is gone.
// (Linux only, as the watchdog is: pipe2; elsewhere null, and the CLI spawns it from Node.)
Napi::Value SpawnWatchdog(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
#ifndef __linux__
  return env.Null();
#else
  if (info.Length() < 2 || !info[0].IsArray() || !info[1].IsArray()) return env.Null();
  auto strings = [](Napi::Array a) {
    std::vector<std::string> out;
    for (uint32_t i = 0; i < a.Length(); i++) out.push_back(a.Get(i).ToString().Utf8Value());
    return out;
  };
  std::vector<std::string> args = strings(info[0].As<Napi::Array>()), vars = strings(info[1].As<Napi::Array>());
  if (args.empty()) return env.Null();
  std::vector<char*> argv, envp;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  for (auto& v : vars) envp.push_back(v.data());
  envp.push_back(nullptr);
  int p[2];
  if (pipe2(p, O_CLOEXEC) != 0) return env.Null();
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attr);
  posix_spawn_file_actions_adddup2(&actions, p[0], 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  posix_spawn_file_actions_addclose(&actions, 3);
  sigset_t none, all;
  sigemptyset(&none);
  sigfillset(&all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setsigdefault(&attr, &all);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attr);
  close(p[0]);
  if (rc != 0) {
    close(p[1]);
    return env.Null();
  }
  Napi::Object out = Napi::Object::New(env);
  out.Set("pid", Napi::Number::New(env, pid));
  out.Set("fd", Napi::Number::New(env, p[1]));
  return out;
#endif
}

}  // namespace

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("start", Napi::Function::New(env, Start));
  exports.Set("checkpoint", Napi::Function::New(env, Checkpoint));
  exports.Set("takeScriptNames", Napi::Function::New(env, TakeScriptNames));
  exports.Set("setPaused", Napi::Function::New(env, SetPaused));
  exports.Set("functionLocation", Napi::Function::New(env, FunctionLocation));
  exports.Set("guardSignals", Napi::Function::New(env, GuardSignals));
  exports.Set("dieBySignal", Napi::Function::New(env, DieBySignalJs));
  exports.Set("nowUs", Napi::Function::New(env, NowUs));
  exports.Set("threadCpuUs", Napi::Function::New(env, ThreadCpuUs));
  exports.Set("quickExit", Napi::Function::New(env, QuickExit));
  exports.Set("releaseStdio", Napi::Function::New(env, ReleaseStdio));
  exports.Set("spawnWatchdog", Napi::Function::New(env, SpawnWatchdog));
  exports.Set("v8Version", Napi::String::New(env, v8::V8::GetVersion()));
  RegisterGpuExports(env, exports);
  return exports;
}

}  // namespace scalene_ci

static Napi::Object InitAll(Napi::Env env, Napi::Object exports) { return scalene_ci::Init(env, exports); }

NODE_API_MODULE(scalene_ci, InitAll)
