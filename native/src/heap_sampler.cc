// Memory sampling for one isolate: GC readings, V8's sampling heap profiler, and the
// native allocation/copy samples of the preloaded shim (see heap_sampler.h for what each
// window carries and docs/MEMORY.md for how the reader turns it into per-line figures).
//
// Threads:
//  - GC callbacks, Start, Stop and WindowJson run on the isolate's thread; the GC series
//    and the heap-profiler state are touched only there, so they need no lock.
//  - OnTick runs on the clock sampler thread. The shim's ring has a single consumer, so
//    one process-wide Demux drains it (from whichever sampler ticks first) and routes each
//    sample by tid to the registered JS thread that took it; samples of threads that run
//    no JavaScript (libuv pool, V8 helpers, the sampler itself) go to the main thread's
//    windows flagged as background. Everything the demux touches is under its mutex.
#include "heap_sampler.h"

#include <dlfcn.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cinttypes>
#include <cstdio>
#include <mutex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "../shim/shim_api.h"
#include "clock_sampler.h"
#include "compat.h"
#include "json_out.h"
#include "site_trigger.h"

namespace scalene_ci {
namespace {

// Held around a GC request made with --expose-gc set for it (SettleGarbage).
std::mutex g_expose_gc_mu;

// Mean bytes between two samples of V8's sampling heap profiler. 512 KiB (V8's default):
// ~2 samples per MB, so a line retaining 10 MB of JS objects has ~20 live samples,
// enough for the rule of succession to pass 0.95 (1 - 1/22), at a cost per sample of one
// stack walk (~µs) — noise next to the 512 KiB of allocation each sample stands for.
constexpr int kDefaultHeapSamplingBytes = 512 * 1024;
// How often the liveness of the heap profiler's samples is snapshotted: every window
// (100 ms) while a reading is cheap, so even a program of a fraction of a second has
// readings before its end (a leak is told from churn by samples seen alive and then
// either kept or freed). An object must survive until a snapshot to be seen at all;
// short-lived garbage never is, which is fine (liveness matters for what stays). A
// reading copies the sample tree, so its cost grows with the live heap: the period
// stretches to keep it under 0.5% of the time (kSnapshotCostFactor times the last one).
// The cost is the JS thread's CPU time, not wall time: on a loaded runner a reading that
// was preempted for 5 ms would otherwise stretch the period to a second, and the run's
// last readings (the ones that tell a kept sample from one freed) would never be taken.
constexpr int64_t kSnapshotIntervalUs = 100000;
constexpr int64_t kSnapshotCostFactor = 200;
// Right after a GC, what a reading shows was reachable at that GC (garbage of the
// collected generation is gone), which is what tells a leak from garbage that no GC has
// reached yet; readings at windows' ends cannot tell the two apart, and a program's
// module-level bindings are already dead at exit. So the first interrupt after a GC takes
// a reading when the last one is at least 10 ms old, within the same cost budget as the
// periodic ones (a reading costs ~0.1 ms per thousand live samples).
constexpr int64_t kPostGcMinGapUs = 10000;
// The shim's ring holds 65 536 samples: draining every 10 ms keeps up with ~6 TB/s of
// net allocation at the default 1 MB window, so the ring never fills because of us.
constexpr int64_t kDrainIntervalUs = 10000;
constexpr uint32_t kBackgroundFlag = 16;  // OR'ed into the kind of a non-JS-thread sample
// The final window's full GC is skipped above this much live JS heap (see SettleGarbage).
constexpr size_t kFullGcAtExitMaxBytes = size_t{1} << 30;
constexpr double kFullGcUsPerByte = 0.3e3 / 1e6;  // 0.3 ms per MB
constexpr double kSettleBudgetFraction = 0.10;
constexpr double kSettleMinBudgetUs = 20000;

// CPU time of the calling thread (a reading's cost, free of preemption).
int64_t ThreadCpuNowUs() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
}

struct ShimApi {
  scalene_ci_shim_drain_fn drain = nullptr;
  scalene_ci_shim_totals_fn totals = nullptr;
  bool ok = false;
};

const ShimApi& Shim() {
  static const ShimApi api = [] {
    ShimApi a;
    auto version = reinterpret_cast<scalene_ci_shim_version_fn>(dlsym(RTLD_DEFAULT, "scalene_ci_shim_version"));
    if (version == nullptr || version() != SCALENE_CI_SHIM_API_VERSION) return a;
    a.drain = reinterpret_cast<scalene_ci_shim_drain_fn>(dlsym(RTLD_DEFAULT, "scalene_ci_shim_drain"));
    a.totals = reinterpret_cast<scalene_ci_shim_totals_fn>(dlsym(RTLD_DEFAULT, "scalene_ci_shim_totals"));
    a.ok = a.drain != nullptr && a.totals != nullptr;
    return a;
  }();
  return api;
}

// Net native bytes of the process (allocated − freed usable bytes), or -1 without the shim.
int64_t NativeNet() {
  const ShimApi& s = Shim();
  if (!s.ok) return -1;
  scalene_ci_totals t;
  s.totals(&t);
  return static_cast<int64_t>(t.alloc_bytes) - static_cast<int64_t>(t.free_bytes);
}

struct MemSample {
  uint64_t seq;  // drain order: the order the ring linearised the pushes in
  uint32_t kind;
  int32_t tid;
  uint64_t mono_us, bytes, addr, aux, block_bytes;
};

class Impl;

// Process-wide: the registry of JS threads (by tid) and the single consumer of the ring.
struct Demux {
  std::mutex mu;
  std::unordered_map<pid_t, Impl*> threads;
  Impl* main = nullptr;
  uint64_t seq = 0;
  uint64_t lost = 0;  // drained while no thread could take them (main already stopped)
  int64_t last_drain_us = 0;
  std::vector<scalene_ci_sample> buf = std::vector<scalene_ci_sample>(4096);
};

// Leaked on purpose: the sampler thread may drain while static destructors run at exit.
Demux& demux() {
  static Demux* d = new Demux();
  return *d;
}

void DrainLocked(Demux& d);
void NoteUserGc(v8::Isolate* isolate);
bool UserExposesGc();




void AppendV8String(std::string* out, v8::Isolate* isolate, v8::Local<v8::String> s) {
  if (s.IsEmpty()) {
    out->append("\"\"");
    return;
  }
  v8::String::Utf8Value utf8(isolate, s);
  AppendJsonString(out, *utf8 ? *utf8 : "");
}

class Impl : public HeapSampler {
 public:
  Impl(v8::Isolate* isolate, pid_t tid, const HeapOptions& options) : isolate_(isolate), tid_(tid), opts_(options) {}

  void Start() override {
    NoteUserGc(isolate_);
    gc_.reserve(7 * 256);
    isolate_->AddGCPrologueCallback(&Impl::Prologue, this, compat::AllocationGCTypes());
    isolate_->AddGCEpilogueCallback(&Impl::Epilogue, this, compat::AllocationGCTypes());
    int bytes = opts_.heap_sampling_bytes > 0 ? opts_.heap_sampling_bytes : kDefaultHeapSamplingBytes;
    heap_sampling_bytes_ = bytes;
    // Fails when someone else (--heap-prof, an inspector session) already runs it: then
    // JS volume still comes from the GC readings, only liveness is missing.
    heap_profiler_on_ = isolate_->GetHeapProfiler()->StartSamplingHeapProfiler(static_cast<uint64_t>(bytes), opts_.heap_stack_depth);
    last_snapshot_us_ = MonotonicNowUs();
    start_us_ = last_snapshot_us_;
    // The baseline: JS bytes allocated before the first GC are measured from here.
    v8::HeapStatistics hs;
    isolate_->GetHeapStatistics(&hs);
    heap0_ = {last_snapshot_us_, static_cast<int64_t>(hs.used_heap_size()), NativeNet()};
    Demux& d = demux();
    std::lock_guard<std::mutex> lock(d.mu);
    d.threads[tid_] = this;
    if (opts_.main_thread) d.main = this;
  }

  void OnTick(int64_t now_us) override {
    if (!Shim().ok) return;
    Demux& d = demux();
    std::lock_guard<std::mutex> lock(d.mu);
    if (now_us - d.last_drain_us < kDrainIntervalUs) return;
    d.last_drain_us = now_us;
    DrainLocked(d);
  }

  std::string WindowJson(bool final) override {
    std::string out;
    int64_t now = MonotonicNowUs();
    // GCs from here on are the window's own bookkeeping (the reading allocates) or the
    // settling GC: no post-GC reading for them.
    in_window_ = true;
    post_gc_end_us_ = 0;
    if (!mid_.empty()) {
      out.append(",\"hs_mid\":[");
      out.append(mid_);
      out.append("]");
      mid_.clear();
    }
    out.append(",\"mem_v\":2,\"shim\":");
    out.append(Shim().ok ? "1" : "0");
    out.append(",\"hs\":");
    AppendInt(&out, heap_profiler_on_ ? heap_sampling_bytes_ : 0);
    if (!heap0_.empty()) {
      out.append(",\"heap0\":[");
      for (size_t i = 0; i < heap0_.size(); ++i) {
        if (i) out.push_back(',');
        AppendInt(&out, heap0_[i]);
      }
      out.append("]");
      heap0_.clear();
    }
    // The heap profiler snapshot first: it allocates on the JS heap and may itself cause
    // a GC, which then lands in this window's GC series rather than the next one's.
    int64_t period = opts_.snapshot_interval_us > 0 ? opts_.snapshot_interval_us : kSnapshotIntervalUs;
    period = std::max(period, kSnapshotCostFactor * last_read_us_);
    if (heap_profiler_on_ && (final || now - last_snapshot_us_ >= period)) {
      int64_t cpu0 = ThreadCpuNowUs();
      Snapshot(&out, final);  // the final one settles garbage in between its two readings
      last_snapshot_us_ = now;
      last_read_us_ = ThreadCpuNowUs() - cpu0;
    } else if (final) {
      SettleGarbage();
    }
    std::vector<int64_t> gc;
    gc.swap(gc_);
    gc_.reserve(7 * 256);
    out.append(",\"gc\":[");
    for (size_t i = 0; i < gc.size(); ++i) {
      if (i) out.push_back(',');
      AppendInt(&out, gc[i]);
    }
    // A reading at the window's end: the footprint between GCs, and the JS bytes
    // allocated since the last GC (charged when the next GC comes, or spread at the end).
    v8::HeapStatistics hs;
    isolate_->GetHeapStatistics(&hs);
    out.append("],\"heap\":[");
    AppendInt(&out, MonotonicNowUs());
    out.push_back(',');
    AppendInt(&out, static_cast<int64_t>(hs.used_heap_size()));
    out.push_back(',');
    AppendInt(&out, NativeNet());
    out.append("]");

    std::vector<MemSample> mem;
    {
      Demux& d = demux();
      std::lock_guard<std::mutex> lock(d.mu);
      // The last window must not leave samples in the ring; other windows take what the
      // sampler thread has routed so far.
      if (final && Shim().ok) DrainLocked(d);
      mem.swap(pending_);
      if (opts_.main_thread && Shim().ok) {
        scalene_ci_totals t;
        Shim().totals(&t);
        out.append(",\"shim_totals\":[");
        AppendU64(&out, t.alloc_bytes);
        out.push_back(',');
        AppendU64(&out, t.free_bytes);
        out.push_back(',');
        AppendU64(&out, t.copy_bytes);
        out.push_back(',');
        AppendU64(&out, t.dropped_samples + d.lost);
        out.push_back(',');
        AppendU64(&out, t.malloc_window_bytes);
        out.push_back(']');
      }
    }
    out.append(",\"mem\":[");
    bool first = true;
    for (const MemSample& s : mem) {
      if (!first) out.push_back(',');
      first = false;
      AppendU64(&out, s.seq);
      out.push_back(',');
      AppendU64(&out, s.kind);
      out.push_back(',');
      AppendU64(&out, s.mono_us);
      out.push_back(',');
      AppendInt(&out, s.tid);
      out.push_back(',');
      AppendU64(&out, s.bytes);
      out.push_back(',');
      AppendU64(&out, s.addr);
      out.push_back(',');
      AppendU64(&out, s.aux);
      out.push_back(',');
      AppendU64(&out, s.block_bytes);
    }
    out.append("]");
    in_window_ = false;
    return out;
  }

  void ReadAfterGc() override {
    int64_t gc_end = post_gc_end_us_;
    post_gc_end_us_ = 0;
    if (gc_end == 0 || stopped_ || !heap_profiler_on_) return;
    int64_t now = MonotonicNowUs();
    int64_t cpu0 = ThreadCpuNowUs();
    in_window_ = true;  // a GC the reading causes is ours
    // What was allocated since the GC (the interrupt can come late) was never seen by it:
    // the reader tells those samples apart by this reading's used heap.
    v8::HeapStatistics hs;
    isolate_->GetHeapStatistics(&hs);
    Reading r;
    Read(&r);
    if (!mid_.empty()) mid_.push_back(',');
    mid_.append("{\"t\":");
    AppendInt(&mid_, now);
    mid_.append(",\"post_gc\":");
    AppendInt(&mid_, gc_end);
    mid_.append(",\"used\":");
    AppendU64(&mid_, hs.used_heap_size());
    AppendReading(&mid_, r, "");
    mid_.append("}");
    in_window_ = false;
    last_snapshot_us_ = now;
    last_read_us_ = ThreadCpuNowUs() - cpu0;
  }

  void Stop() override {
    stopped_ = true;
    {
      Demux& d = demux();
      std::lock_guard<std::mutex> lock(d.mu);
      auto it = d.threads.find(tid_);
      if (it != d.threads.end() && it->second == this) d.threads.erase(it);
      if (d.main == this) d.main = nullptr;
      pending_.clear();
    }
    isolate_->RemoveGCPrologueCallback(&Impl::Prologue, this);
    isolate_->RemoveGCEpilogueCallback(&Impl::Epilogue, this);
    if (heap_profiler_on_) isolate_->GetHeapProfiler()->StopSamplingHeapProfiler();
    heap_profiler_on_ = false;
  }

  // Demux side (d.mu held).
  void Route(const MemSample& s) { pending_.push_back(s); }

 private:
  // GC readings, [start µs, end µs, type, JS used before, JS used after, native net
  // before, native net after] per GC. GetHeapStatistics is what Node's own GCProfiler
  // reads in these callbacks; NativeNet is a handful of atomic loads.
  static void Prologue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags, void* data) {
    auto* self = static_cast<Impl*>(data);
    {
      // Our bookkeeping's mallocs are not the GC's site (the sample below is).
      TriggerSuppress quiet(CurrentTriggerLog());
      v8::HeapStatistics hs;
      isolate->GetHeapStatistics(&hs);
      self->gc_.push_back(MonotonicNowUs());
      self->gc_.push_back(0);
      self->gc_.push_back(static_cast<int64_t>(type));
      self->gc_.push_back(static_cast<int64_t>(hs.used_heap_size()));
      self->gc_.push_back(0);
      self->gc_.push_back(NativeNet());
      self->gc_.push_back(-1);
      self->open_gc_ = true;
    }
    // The allocating line: V8 calls the prologue from inside the allocation that found the
    // young generation full (or the old generation past its limit), so a stack sampled now
    // is the code that allocated. The allocation that triggers a GC is drawn with
    // probability proportional to its bytes, so these sites are a byte-weighted sample of
    // the allocating lines, and the reader charges the bytes since the previous GC to it.
    // Keyed by the GC's start time. Then no triggers until the epilogue: memcpy inside the
    // collector is V8's, not the code's.
    TriggerSample(kTriggerGc, self->gc_[self->gc_.size() - 7]);
    if (TriggerLog* log = CurrentTriggerLog(); log != nullptr && !self->gc_suppressing_) {
      log->suppress++;
      self->gc_suppressing_ = true;
    }
  }

  static void Epilogue(v8::Isolate* isolate, v8::GCType type, v8::GCCallbackFlags, void* data) {
    auto* self = static_cast<Impl*>(data);
    if (self->gc_suppressing_) {
      if (TriggerLog* log = CurrentTriggerLog()) log->suppress--;
      self->gc_suppressing_ = false;
    }
    if (!self->open_gc_ || self->gc_.size() < 7) return;  // started before we registered
    self->open_gc_ = false;
    v8::HeapStatistics hs;
    isolate->GetHeapStatistics(&hs);
    size_t base = self->gc_.size() - 7;
    self->gc_[base + 1] = MonotonicNowUs();
    self->gc_[base + 4] = static_cast<int64_t>(hs.used_heap_size());
    self->gc_[base + 6] = NativeNet();
    if (type & v8::kGCTypeMarkSweepCompact) {
      self->last_full_gc_us_ = self->gc_[base + 1] - self->gc_[base];
      self->last_full_gc_bytes_ = self->gc_[base + 3];
    }
    int64_t end = self->gc_[base + 1];
    int64_t gap = std::max(kPostGcMinGapUs, kSnapshotCostFactor * self->last_read_us_);
    if (!self->in_window_ && !self->stopped_ && self->heap_profiler_on_ && self->opts_.on_gc != nullptr && self->post_gc_end_us_ == 0 && end - self->last_snapshot_us_ >= gap) {
      self->post_gc_end_us_ = end;
      self->opts_.on_gc(self->opts_.on_gc_data);
    }
  }

  // Before the last window: garbage that no GC has reached yet would read as still held
  // at exit (heap-profiler samples alive, sampled Buffers never freed), and a line that
  // churned until the end would look like a leak. So one full GC settles it when that is
  // cheap next to the run: its cost estimated from this isolate's last full GC (or
  // 0.3 ms per MB, what one takes on a slow runner) within 10% of the time profiled, or
  // 20 ms; otherwise one scavenge (milliseconds) settles the young generation, and the
  // reader treats samples younger than the last full GC as of unknown fate. V8 takes the request only
  // with --expose-gc: the flag is set around the call, and cleared again unless the
  // program itself runs with it (flags are process-wide; Node leaves them unfrozen).
  // Frees of Buffers' memory happen after the GC, on V8's ArrayBuffer sweeper thread: a
  // second, minor GC right after it makes V8 finish that sweeping first (before collecting
  // again it completes the sweeping the previous GC started), so those blocks are freed when
  // it returns. Measured on a program that drops twenty 1 MiB Buffers just before its exit
  // (Node 20, 22, 24, 26; 20 exits each): frees of sampled pointers still came after the
  // GC in 48 of 80 exits with one GC, in 0 of 80 with the second. It replaces a wait until the
  // shim's count of such frees stood still for 3 ms, which every exit holding a sampled native
  // block paid (most of them: a CA store, a cache), and which a slow sweeper could outlast.
  void SettleGarbage() {
    v8::HeapStatistics hs;
    isolate_->GetHeapStatistics(&hs);
    double used = static_cast<double>(hs.used_heap_size());
    double us_per_byte = last_full_gc_bytes_ > 0 ? static_cast<double>(last_full_gc_us_) / static_cast<double>(last_full_gc_bytes_) : kFullGcUsPerByte;
    double budget_us = std::max(kSettleMinBudgetUs, kSettleBudgetFraction * static_cast<double>(MonotonicNowUs() - start_us_));
    bool full = hs.used_heap_size() < kFullGcAtExitMaxBytes && used * us_per_byte <= budget_us;
    settled_full_ = full;
    // The flag is process-wide and threads settle at once (workers ending together): one
    // thread's clearing it between another's set and request aborted the process ("Must use
    // --expose-gc", Node 26, a tree of workers under full profiling). One at a time.
    std::lock_guard<std::mutex> lock(g_expose_gc_mu);
    v8::V8::SetFlagsFromString("--expose-gc");
    isolate_->RequestGarbageCollectionForTesting(full ? v8::Isolate::kFullGarbageCollection : v8::Isolate::kMinorGarbageCollection);
    isolate_->RequestGarbageCollectionForTesting(v8::Isolate::kMinorGarbageCollection);
    if (!UserExposesGc()) v8::V8::SetFlagsFromString("--no-expose-gc");
  }

  // One reading of the sampling heap profiler's live samples, as differences from the
  // previous one: new sample ids (with their allocation stack, by node) and ids that
  // disappeared (their object was collected).
  struct Reading {
    std::string nodes;  // flattened [id, parent, line, column, "name", "url"] rows
    std::vector<std::array<uint64_t, 4>> added;  // [sample id, node, size, count]
    std::vector<uint64_t> gone;
  };

  void Read(Reading* r) {
    v8::HandleScope scope(isolate_);
    std::unique_ptr<v8::AllocationProfile> profile(isolate_->GetHeapProfiler()->GetAllocationProfile());
    if (!profile) return;
    // Nodes not reported yet, parents before children.
    std::vector<std::pair<v8::AllocationProfile::Node*, uint32_t>> stack;
    if (v8::AllocationProfile::Node* root = profile->GetRootNode()) stack.emplace_back(root, 0);
    while (!stack.empty()) {
      auto [n, parent] = stack.back();
      stack.pop_back();
      if (emitted_nodes_.insert(n->node_id).second) {
        if (!r->nodes.empty()) r->nodes.push_back(',');
        AppendInt(&r->nodes, n->node_id);
        r->nodes.push_back(',');
        AppendInt(&r->nodes, parent);
        r->nodes.push_back(',');
        AppendInt(&r->nodes, n->line_number);
        r->nodes.push_back(',');
        AppendInt(&r->nodes, n->column_number);
        r->nodes.push_back(',');
        AppendV8String(&r->nodes, isolate_, n->name);
        r->nodes.push_back(',');
        AppendV8String(&r->nodes, isolate_, n->script_name);
      }
      for (v8::AllocationProfile::Node* c : n->children) stack.emplace_back(c, n->node_id);
    }
    // count is V8's scaled estimate of how many objects of this size the sample stands
    // for, so size × count estimates bytes.
    std::unordered_set<uint64_t> now;
    now.reserve(profile->GetSamples().size() * 2);
    for (const auto& s : profile->GetSamples()) {
      now.insert(s.sample_id);
      if (!live_.count(s.sample_id)) r->added.push_back({s.sample_id, s.node_id, s.size, s.count});
    }
    for (uint64_t id : live_) {
      if (!now.count(id)) r->gone.push_back(id);
    }
    live_.swap(now);
  }

  // Appends the snapshot members. In the final window the profile is read twice, around
  // SettleGarbage: before it, because a full GC at exit collects the Script objects of
  // modules that are done, and nodes read afterwards would have lost their script and
  // line; after it, for liveness ("hs_settled": everything still present survived a full
  // GC). A sample born in the first reading and gone in the second is garbage at exit and
  // is left out of both lists.
  void Snapshot(std::string* out, bool final) {
    Reading r;
    Read(&r);
    if (final) {
      out->append(",\"hs_pre_t\":");
      AppendInt(out, MonotonicNowUs());
      SettleGarbage();
      Reading after;
      Read(&after);
      std::unordered_set<uint64_t> born;
      for (const auto& a : r.added) born.insert(a[0]);
      std::unordered_set<uint64_t> died;
      std::vector<uint64_t> at_exit;
      for (uint64_t id : after.gone) {
        if (born.count(id)) died.insert(id);
        else at_exit.push_back(id);
      }
      if (!died.empty()) {
        r.added.erase(std::remove_if(r.added.begin(), r.added.end(), [&](const auto& a) { return died.count(a[0]) > 0; }), r.added.end());
      }
      r.added.insert(r.added.end(), after.added.begin(), after.added.end());
      if (!after.nodes.empty()) {
        if (!r.nodes.empty()) r.nodes.push_back(',');
        r.nodes.append(after.nodes);
      }
      out->append(",\"hs_settled\":");
      out->append(settled_full_ ? "1" : "0");
      // Seen alive at an earlier reading and collected only by the settling GC, kept apart
      // from hs_gone so the reader can tell them from frees during the run (held until the
      // end if a GC of the run proved them reachable: see memory.ts trackLiveness).
      out->append(",\"hs_exit\":[");
      for (size_t i = 0; i < at_exit.size(); ++i) {
        if (i) out->push_back(',');
        AppendU64(out, at_exit[i]);
      }
      out->append("]");
    }
    out->append(",\"hs_t\":");
    AppendInt(out, MonotonicNowUs());
    AppendReading(out, r, "hs_");
  }

  // A reading's members, each name after `prefix`: ,"nodes":[...],"new":[...],"gone":[...]
  static void AppendReading(std::string* out, const Reading& r, const char* prefix) {
    out->append(",\"").append(prefix).append("nodes\":[");
    out->append(r.nodes);
    out->append("],\"").append(prefix).append("new\":[");
    for (size_t i = 0; i < r.added.size(); ++i) {
      if (i) out->push_back(',');
      for (int k = 0; k < 4; ++k) {
        if (k) out->push_back(',');
        AppendU64(out, r.added[i][k]);
      }
    }
    out->append("],\"").append(prefix).append("gone\":[");
    for (size_t i = 0; i < r.gone.size(); ++i) {
      if (i) out->push_back(',');
      AppendU64(out, r.gone[i]);
    }
    out->append("]");
  }

  v8::Isolate* isolate_;
  pid_t tid_;
  HeapOptions opts_;
  bool heap_profiler_on_ = false;
  bool settled_full_ = false;
  int64_t start_us_ = 0;
  int64_t last_full_gc_us_ = 0;     // duration of the isolate's last mark-compact
  int64_t last_full_gc_bytes_ = 0;  // JS heap used when it started
  int heap_sampling_bytes_ = 0;
  bool open_gc_ = false;
  bool gc_suppressing_ = false;  // this GC holds a TriggerSuppress count (prologue → epilogue)
  bool stopped_ = false;
  bool in_window_ = false;      // WindowJson is running (its GCs are not the program's)
  int64_t post_gc_end_us_ = 0;  // a GC ended then and asked for a reading (0: none pending)
  std::string mid_;             // readings after GCs since the last window ("hs_mid" items)
  std::vector<int64_t> gc_;
  std::vector<int64_t> heap0_;  // [t, js_used, native_net] at Start, sent with the first window
  int64_t last_snapshot_us_ = 0;
  int64_t last_read_us_ = 0;  // what the last snapshot cost
  std::unordered_set<uint32_t> emitted_nodes_;
  std::unordered_set<uint64_t> live_;
  std::vector<MemSample> pending_;  // guarded by demux().mu
};

// Whether the program runs with --expose-gc (so our flag toggling must leave it on): the
// first sampler to start (preload time, before user code) looks for the global gc().
std::atomic<int> g_user_gc{-1};

void NoteUserGc(v8::Isolate* isolate) {
  if (g_user_gc.load() != -1 || !isolate->InContext()) return;
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> ctx = isolate->GetCurrentContext();
  v8::Local<v8::Value> gc;
  bool has = ctx->Global()->Get(ctx, v8::String::NewFromUtf8Literal(isolate, "gc")).ToLocal(&gc) && gc->IsFunction();
  int expected = -1;
  g_user_gc.compare_exchange_strong(expected, has ? 1 : 0);
}

bool UserExposesGc() { return g_user_gc.load() == 1; }

void DrainLocked(Demux& d) {
  const ShimApi& shim = Shim();
  for (;;) {
    size_t n = shim.drain(d.buf.data(), d.buf.size());
    for (size_t i = 0; i < n; ++i) {
      const scalene_ci_sample& s = d.buf[i];
      MemSample m{d.seq++, s.kind, s.tid, s.mono_us, s.bytes, s.addr, s.aux, s.block_bytes};
      auto it = d.threads.find(s.tid);
      if (it != d.threads.end()) {
        it->second->Route(m);
      } else if (d.main != nullptr) {
        m.kind |= kBackgroundFlag;
        d.main->Route(m);
      } else {
        d.lost++;
      }
    }
    if (n < d.buf.size()) break;
  }
}

}  // namespace

std::unique_ptr<HeapSampler> CreateHeapSampler(v8::Isolate* isolate, pid_t tid, const HeapOptions& options) {
  return std::make_unique<Impl>(isolate, tid, options);
}

}  // namespace scalene_ci
