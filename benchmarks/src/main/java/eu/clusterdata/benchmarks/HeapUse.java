package eu.clusterdata.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/** The heap a harness run used, for the lines the memory harnesses print. */
final class HeapUse {

  private HeapUse() {}

  /** Forgets the peaks so far, so that a run measures only itself. */
  static void reset() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap in use at any moment. */
  static long peak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Prints what a step did, how long it took, and the heap it had and used. */
  static void print(String step, String result, long startNanos) {
    System.out.printf(
        Locale.ROOT,
        "%s: %s in %.1f s; max heap %d MiB, peak heap used %d MiB%n",
        step,
        result,
        (System.nanoTime() - startNanos) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20,
        peak() >> 20);
  }
}
