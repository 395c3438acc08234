#!/usr/bin/env python3
"""Kernel speed against ipykernel in the same run (issue 2, "Speed"), through jupyter_client:

  startup     process start to the first kernel_info_reply
  roundtrip   a trivial execute_request ("1") to its execute_reply, median of 200
  idle RSS    resident memory of the kernel process after startup and one execute

Targets: startup <= 1/20 of ipykernel's, round trip <= 1/2, idle RSS <= 1/2.
Usage: bench_kernel.py [--runs 5]   (needs the cellgrad and python3 kernelspecs in the venv)
"""
import argparse
import statistics
import time

from jupyter_client.manager import KernelManager


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def startup_time(name):
    """Process spawn to the first kernel_info_reply (jupyter_client, no ready-wait sleeps), and
    the part of it spent in jupyter_client's own start_kernel (ports, connection file, Popen),
    which no kernel can go below."""
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    launched = time.perf_counter() - t0
    kc = km.client()
    kc.start_channels()
    kc.kernel_info(reply=True, timeout=60)
    elapsed = time.perf_counter() - t0
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    return elapsed, launched


def measure(name, runs):
    startups, trips, rss = [], [], []
    for _ in range(runs):
        startups.append(startup_time(name))
        km = KernelManager(kernel_name=name)
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=60)
        for _ in range(200):
            t = time.perf_counter()
            kc.execute_interactive("1", timeout=10, output_hook=lambda m: None)
            trips.append(time.perf_counter() - t)
        time.sleep(0.5)
        rss.append(rss_kib(km.provisioner.process.pid))
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    best = min(startups)
    return best[0], statistics.median(trips), statistics.median(rss), best[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    c = measure("cellgrad", args.runs)
    p = measure("python3", args.runs)
    print("| metric | ipykernel | cellgrad | ratio | target |")
    print("|---|---:|---:|---:|---|")
    print(f"| startup to kernel_info_reply | {p[0]*1000:.0f} ms | {c[0]*1000:.0f} ms | {c[0]/p[0]:.3f} | <= 0.05 |")
    print(f"| execute round trip (median) | {p[1]*1000:.2f} ms | {c[1]*1000:.2f} ms | {c[1]/p[1]:.2f} | <= 0.5 |")
    print(f"| idle RSS | {p[2]/1024:.1f} MiB | {c[2]/1024:.1f} MiB | {c[2]/p[2]:.2f} | <= 0.5 |")
    print()
    print(f"Of the startup, jupyter_client's own start_kernel (ports, connection file, Popen) took "
          f"{p[3]*1000:.1f} ms for ipykernel and {c[3]*1000:.1f} ms for cellgrad: a floor no kernel goes below "
          f"({c[3]/p[0]:.3f} of ipykernel's startup).")


if __name__ == "__main__":
    main()
