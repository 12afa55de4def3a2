package dev.speckitty.sync.cli.bench;

/**
 * Approximate heap use of one measured step ({@link HeapProbe}), in bytes: used before (after a GC hint), the
 * summed pool peaks during the step, used after (after a GC hint).
 */
public record HeapUse(long beforeBytes, long peakBytes, long afterBytes) {

    public HeapUse {
        if (beforeBytes < 0 || peakBytes < 0 || afterBytes < 0) {
            throw new IllegalArgumentException("heap figures are never negative");
        }
    }

    /** Peak minus the baseline: roughly what the step itself needed. */
    public long peakAboveBaselineBytes() {
        return Math.max(0, peakBytes - beforeBytes);
    }
}
