package dev.speckitty.sync.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Approximate heap use around one measured step, from the platform MX beans: the used heap after a GC hint
 * before the step, the sum of the heap pools' peak usage during it (pools peak at different moments and hold
 * garbage not yet collected, so this over-estimates the live peak), and the used heap after a GC hint after it.
 */
final class HeapProbe {

    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
    private long before;

    /** Collects (a hint), records the used heap and restarts every pool's peak. */
    void start() {
        before = usedAfterGcHint();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The heap figures of the step since {@link #start()}. */
    HeapUse stop() {
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new HeapUse(before, Math.max(peak, before), usedAfterGcHint());
    }

    private static long usedAfterGcHint() {
        System.gc(); // a hint only: the figures are approximate, and say so in the report
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
