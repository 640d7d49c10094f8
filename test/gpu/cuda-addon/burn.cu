// A tiny Node addon (plain N-API, so it needs only Node's own headers) that keeps the GPU
// busy for a given time: the real-GPU check of GPU time per line (docs/GPU.md).
//   burn(ms)  -> launches a kernel that spins for `ms` on the GPU's own timer, waits for it,
//                and holds 256 MiB of device memory from the first call on (for the memory
//                column); returns the milliseconds the host waited.
#include <cuda_runtime.h>
#include <node_api.h>

#include <chrono>

__global__ void spin(unsigned long long ns) {
  // %globaltimer is nanoseconds of wall time on the GPU: independent of clock rates.
  unsigned long long start, now;
  asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(start));
  do {
    asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(now));
  } while (now - start < ns);
}

static void* g_hold = nullptr;

static napi_value Burn(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  napi_get_cb_info(env, info, &argc, argv, nullptr, nullptr);
  double ms = 0;
  if (argc < 1 || napi_get_value_double(env, argv[0], &ms) != napi_ok || !(ms >= 0)) {
    napi_throw_type_error(env, nullptr, "burn(ms) expects a non-negative number");
    return nullptr;
  }
  if (!g_hold && cudaMalloc(&g_hold, 256u << 20) != cudaSuccess) g_hold = nullptr;
  int sms = 1;
  cudaDeviceGetAttribute(&sms, cudaDevAttrMultiProcessorCount, 0);
  auto t0 = std::chrono::steady_clock::now();
  spin<<<sms, 128>>>(static_cast<unsigned long long>(ms * 1e6));
  cudaError_t err = cudaDeviceSynchronize();
  if (err == cudaSuccess) err = cudaGetLastError();
  if (err != cudaSuccess) {
    napi_throw_error(env, nullptr, cudaGetErrorString(err));
    return nullptr;
  }
  double waited = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  napi_value out;
  napi_create_double(env, waited, &out);
  return out;
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "burn", NAPI_AUTO_LENGTH, Burn, nullptr, &fn);
  napi_set_named_property(env, exports, "burn", fn);
  return exports;
}
