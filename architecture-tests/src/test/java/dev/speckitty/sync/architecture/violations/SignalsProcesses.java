package dev.speckitty.sync.architecture.violations;

/** Signals processes outside the Signals adapter, once by method reference and once by call. */
final class SignalsProcesses {
    void terminateParent() {
        ProcessHandle.current().parent().ifPresent(ProcessHandle::destroy);
    }

    void killChild(Process child) {
        child.destroyForcibly();
    }
}
