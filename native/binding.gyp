# Built by `npm run build:native` (node-gyp --directory=native) and scripts/prebuild-all.sh.
# Not at the package root on purpose: npm runs `node-gyp rebuild` on install for a root
# binding.gyp, and the published package must never compile (it ships prebuilds in dist/).
{
  "targets": [
    {
      "target_name": "scalene_ci",
      "sources": [
        "src/addon.cc",
        "src/cpu_profiler.cc",
        "src/clock_sampler.cc",
        "src/raw_writer.cc",
        "src/signal_guard.cc",
        "src/heap_sampler.cc",
        "src/site_trigger.cc",
        "src/code_map.cc",
        "src/gpu.cc",
        "src/gpu_binding.cc"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_DISABLE_CPP_EXCEPTIONS", "NODE_ADDON_API_DISABLE_DEPRECATED"],
      "cflags_cc": ["-std=c++20", "-O2", "-fvisibility=hidden", "-Wall", "-Wno-unused-parameter"],
      "cflags_cc!": ["-fno-rtti", "-std=gnu++17", "-std=gnu++20"],
      "libraries": ["-lpthread", "-ldl"]
    }
  ]
}
